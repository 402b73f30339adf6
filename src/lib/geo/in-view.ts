/**
 * Which features a map view shows: those whose geometry meets the view's box. A line or an area
 * whose bounding box only overlaps a corner of the view, without entering it, is not shown, so a
 * legend built from this answer names nothing that cannot be seen.
 */
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { BBox } from './bounds';

/** True when `feature`'s geometry meets the box `view` ([west, south, east, north], degrees). */
export function meetsView(feature: Feature<Geometry | null>, view: BBox): boolean {
  if (!feature.geometry) return false;
  return booleanIntersects(feature as Feature<Geometry>, bboxPolygon(view));
}

/** The features of `features` that meet the box `view`, in their order. */
export function featuresInView<F extends Feature<Geometry | null>>(features: readonly F[], view: BBox): F[] {
  return features.filter((f) => meetsView(f, view));
}
