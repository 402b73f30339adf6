/**
 * Making a selection by location: measures the report's places from the shape (geo/within.ts),
 * keeps the answer in the atlas's selection slice and opens the list, which then shows only them.
 * Loaded with the buttons that make selections, not with the page.
 */
import { placesWithin, MAX_WITHIN_M } from '../../geo/within';
import type { AtlasState } from '../../state/atlas.svelte';
import type { WithinQuery, WithinShape } from '../../state/slices/within.svelte';

/** The radii offered for a selection, in metres. */
export const WITHIN_RADII_M = [500, 1000, 3000, 5000, 10000] as const;
export const DEFAULT_WITHIN_RADIUS_M = 3000;

/**
 * Selects the places within `radiusM` of the shape, or (`'inside'`) those touching or inside its
 * area. A radius outside 0–50 km, or "inside" a shape with no area, selects nothing new (false).
 */
export function selectWithin(atlas: AtlasState, shape: WithinShape, radiusM: number | 'inside'): boolean {
  let query: WithinQuery;
  if (radiusM === 'inside') {
    const t = shape.geometry.type;
    if (t !== 'Polygon' && t !== 'MultiPolygon') return false;
    query = { mode: 'inside', shape };
  } else {
    if (!Number.isFinite(radiusM) || radiusM <= 0 || radiusM > MAX_WITHIN_M) return false;
    query = { mode: 'distance', radiusM, shape };
  }
  const hits = placesWithin(
    atlas.catalog.places,
    shape.geometry,
    query.mode === 'distance' ? query.radiusM : 0,
    shape.placeId ? [shape.placeId] : [],
  );
  atlas.within.set({ query, hits });
  atlas.view.openPanel('list');
  return true;
}
