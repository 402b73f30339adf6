/**
 * The district outline near-me tests an origin against (geo/basemap/district.geojson, feature
 * `wujin`). Fetched once; a failure means "unknown", and the panel then says nothing about it.
 */
import type { FeatureCollection, Geometry } from 'geojson';

let pending: Promise<FeatureCollection<Geometry | null> | null> | null = null;

export function loadDistrict(url: string): Promise<FeatureCollection<Geometry | null> | null> {
  pending ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection<Geometry | null>>) : null))
    .catch(() => null);
  return pending;
}
