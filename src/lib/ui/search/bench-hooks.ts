/**
 * `window.__atlasBench`: the hooks bench/run.mjs times in the browser, a keystroke of search and a
 * near-me query over the whole catalogue. Each returns how many results it found, so a hook that
 * silently does nothing would show.
 */
import type { LoadedSearch } from '../../search/lazy';
import type { AtlasState } from '../../state/atlas.svelte';

export interface AtlasBenchHooks {
  search(query: string): Promise<number>;
  nearMe(lon: number, lat: number, radiusM: number): Promise<number>;
}

export function installBenchHooks(atlas: AtlasState, load: () => Promise<LoadedSearch>): () => void {
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
  const target = window as unknown as { __atlasBench?: AtlasBenchHooks };
  target.__atlasBench = hooks;
  return () => {
    if (target.__atlasBench === hooks) delete target.__atlasBench;
  };
}
