/**
 * Loads the search engine on first use: its code, the pinyin table and the towns arrive as a
 * separate chunk, so none of it weighs on the atlas's first load.
 */
import type { Metric, PlaceFeature } from '../catalog/types';
import type { SearchEngine } from './runtime';
import { loadTowns, type Town } from './towns';

export interface LoadedSearch {
  engine: SearchEngine;
  towns: Town[];
}

const loaded = new WeakMap<object, Promise<LoadedSearch>>();

/** The engine for this catalogue, loaded once; later calls share the same promise. */
export function loadSearch(
  catalog: { places: PlaceFeature[]; metrics: Metric[] },
  townsUrl: string,
): Promise<LoadedSearch> {
  let pending = loaded.get(catalog);
  if (!pending) {
    pending = Promise.all([import('./runtime'), loadTowns(townsUrl)]).then(([runtime, towns]) => ({
      engine: runtime.createSearchEngine({ places: catalog.places, towns, metrics: catalog.metrics }),
      towns,
    }));
    // A failed load (offline after an update) may be retried on the next focus.
    pending.catch(() => loaded.delete(catalog));
    loaded.set(catalog, pending);
  }
  return pending;
}

/**
 * Downloads the engine's code ahead of the first search without building its index: building it
 * (pinyin for every name) is the costly part, and is left to the first focus of the search box,
 * so a visitor who never searches never pays for it.
 */
export function prefetchSearchCode(): Promise<unknown> {
  return import('./runtime');
}
