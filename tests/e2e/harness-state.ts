// Reading the atlas's state in the page, through the test hooks of a `npm run build:test` build.
import type { Page } from 'playwright-core';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';

/** The page's window in a build with test hooks. */
export type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };

/**
 * One value read from the page's atlas state. `read` runs in the page, so it may use only its
 * argument (it is sent as source text, not as a closure).
 */
export function readState<T>(page: Page, read: (atlas: AtlasState) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__atlasState)`) as Promise<T>;
}
