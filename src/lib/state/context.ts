/**
 * How components reach the atlas's state: the page's root sets it once (setAtlas) and every
 * component below asks for it (getAtlas), instead of each one passing it down as a prop.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { AtlasState } from './atlas.svelte';

const KEY = Symbol('atlas');

/** Makes `atlas` the state of every component below the caller. Call once, at the root. */
export function setAtlas(atlas: AtlasState): AtlasState {
  return setContext(KEY, atlas);
}

/** The atlas's state, set by the root; throws when a component is used outside it. */
export function getAtlas(): AtlasState {
  if (!hasContext(KEY)) throw new Error('getAtlas() called outside the atlas (no setAtlas above it)');
  return getContext<AtlasState>(KEY);
}

/** The context entry for `atlas`, for mounting a component on its own (tests). */
export function atlasContext(atlas: AtlasState): Map<symbol, AtlasState> {
  return new Map([[KEY, atlas]]);
}
