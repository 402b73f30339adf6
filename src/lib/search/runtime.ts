/**
 * The search engine as the page uses it: the index built from the loaded catalogue with the
 * build-time pinyin table. This module and everything it imports load lazily, on first use.
 */
import pinyinTable from 'virtual:atlas-pinyin';
import type { PlaceFeature } from '../catalog/types';
import { anchorOf } from '../geo/anchor';
import { buildSearchIndex, type SearchIndex, type SearchSource } from './build-index';
import { flatHits, search, type SearchHit, type SearchResults } from './search';

export interface SearchRun {
  results: SearchResults;
  /** The hits in the order the keyboard walks them (or the suggestions when nothing matched). */
  options: SearchHit[];
}

export interface SearchEngine {
  readonly index: SearchIndex;
  run(query: string): SearchRun;
  /** Where to put the pin for a found place: a point on it (inside an area, on a line), or null. */
  pinPoint(place: PlaceFeature): [lon: number, lat: number] | null;
}

export function createSearchEngine(source: SearchSource): SearchEngine {
  const index = buildSearchIndex(source, pinyinTable);
  return {
    index,
    run(query) {
      const results = search(index, query);
      return { results, options: flatHits(results) };
    },
    pinPoint(place) {
      if (!place.geometry) return null;
      if (place.geometry.type === 'Point')
        return [place.geometry.coordinates[0], place.geometry.coordinates[1]];
      try {
        return anchorOf(place.geometry);
      } catch {
        return null;
      }
    },
  };
}
