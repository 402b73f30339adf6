import { bbox } from '@turf/turf';
import type { PlaceFeature } from '../catalog/types';

export type BBox = [west: number, south: number, east: number, north: number];

/** The bounding box of a located place, or null for places that cannot be drawn. */
export function placeBounds(place: PlaceFeature): BBox | null {
  if (!place.geometry) return null;
  const [w, s, e, n] = bbox(place as Parameters<typeof bbox>[0]);
  return [w, s, e, n];
}
