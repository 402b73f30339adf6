/**
 * Keeps the address bar and the state in step: the link is read once at start and whenever the
 * user edits it, and rewritten (without adding history entries) whenever the state changes.
 */
import type { AtlasState } from './atlas.svelte';
import { parseHash } from './url';

/** Browsers throttle history updates (Safari: 100 per 30 s); a short delay keeps a pan from hitting that. */
const WRITE_DELAY_MS = 250;

export function bindUrl(atlas: AtlasState): () => void {
  const apply = () => {
    const { state, problems } = parseHash(window.location.hash);
    atlas.applyUrl(state, problems);
  };
  apply();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const hash = atlas.hash;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = hash ? `#${hash}` : window.location.pathname + window.location.search;
        if (window.location.hash !== `#${hash}`) history.replaceState(null, '', next);
      }, WRITE_DELAY_MS);
    });
  });
  const onHashChange = () => apply();
  window.addEventListener('hashchange', onHashChange);
  return () => {
    clearTimeout(timer);
    stopEffect();
    window.removeEventListener('hashchange', onHashChange);
  };
}
