/**
 * Keeps the address bar and the state in step: the link is read once at start and whenever the
 * user edits it, and rewritten (without adding history entries) whenever the state changes.
 */
import type { AtlasState } from './atlas.svelte';
import { parseHash } from './url';

/** Browsers throttle history updates (Safari: 100 per 30 s); a short delay keeps a pan from hitting that. */
const WRITE_DELAY_MS = 250;

export function bindUrl(atlas: AtlasState): () => void {
  /**
   * The address as the atlas last read or wrote it. Anything else in the address bar is the
   * visitor's edit, whose `hashchange` is on its way: a write still pending from before it must
   * not put the old state back over it.
   */
  let known = window.location.hash;
  const apply = () => {
    known = window.location.hash;
    const { state, problems } = parseHash(known);
    atlas.applyUrl(state, problems);
  };
  apply();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const hash = atlas.hash;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (window.location.hash !== known) return;
        const next = hash ? `#${hash}` : window.location.pathname + window.location.search;
        if (window.location.hash !== `#${hash}`) history.replaceState(null, '', next);
        known = window.location.hash;
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
