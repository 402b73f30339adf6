/**
 * `window.__atlasBench`: the hooks bench/run.mjs times in the browser, a keystroke of search and a
 * near-me query over the whole catalogue. Each returns how many results it found, so a hook that
 * silently does nothing would show. Only a build made with `VITE_ATLAS_TEST_HOOKS=1` has them.
 */
import { exposeForTests, TEST_HOOKS_ENABLED } from '../../testing/hooks';
import type { LoadedSearch } from '../../search/lazy';
import type { AtlasState } from '../../state/atlas.svelte';

export interface AtlasBenchHooks {
  search(query: string): Promise<number>;
  nearMe(lon: number, lat: number, radiusM: number): Promise<number>;
}

export function installBenchHooks(atlas: AtlasState, load: () => Promise<LoadedSearch>): () => void {
  // A constant in each build: the page people get keeps none of what follows.
  if (!TEST_HOOKS_ENABLED) return () => {};
  const hooks: AtlasBenchHooks = {
    async search(query) {
      const { engine } = await load();
      return engine.run(query).options.length;
    },
    async nearMe(lon, lat, radiusM) {
      const { nearby } = await import('../../geo/near');
      return nearby(atlas.catalog, [lon, lat], radiusM).length;
    },
  };
  return exposeForTests('__atlasBench', hooks);
}
