/**
 * A point that stands for a place or a planner's feature when measuring from it (near me): the
 * point itself, a vertex of a line, a point inside an area (not its centroid, which can fall
 * outside a bent shape). Its own small module: the cards that use it load with the page, while the
 * near-me functions (geo/near.ts) load with their panel.
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

export function anchorOf(feature: Feature | Geometry): [lon: number, lat: number] {
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
  return [lon, lat];
}
