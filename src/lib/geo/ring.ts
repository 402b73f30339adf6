/**
 * The near-me radius drawn on the map: a circle polygon around the origin. Kept apart from
 * near.ts so the map, which draws it at first load, does not pull in the distance queries.
 */
import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

/** A geodesic circle of `radiusM` metres around [lon, lat], with `steps` vertices. */
export function radiusRing(lon: number, lat: number, radiusM: number, steps = 96): Feature<Polygon> {
  return circle([lon, lat], radiusM, { units: 'meters', steps });
}
