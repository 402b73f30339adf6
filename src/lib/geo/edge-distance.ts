/**
 * How far a point is from the nearest edge of a shape: the nearest point of a line, of an area's
 * outline or one of its holes — from inside an area as from outside it (the ruler asks how far the
 * shore or the boundary is, not whether the point is in). A point shape's "edge" is the point.
 * Geodesic metres; pure Turf.
 */
import { distance } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { LonLat } from './near';
import { insideAny, partsOf } from './parts';
import { nearestOnEdges } from './snap';

export interface EdgeDistance {
  /** Metres from the point to the nearest point of the shape's edges. */
  distanceM: number;
  /** That nearest point. */
  nearest: LonLat;
  /** The point lies inside an area of the shape. */
  inside: boolean;
}

/** The nearest edge of `geometry` to `point`; null for an empty or missing geometry. */
export function distanceToEdge(point: LonLat, geometry: Geometry | null): EdgeDistance | null {
  if (!geometry) return null;
  // A line or an area's outline is measured to its nearest point; a point, or a path of one position, to itself.
  const hit = nearestOnEdges(point, [geometry]);
  let best = hit ? { distanceM: hit.distanceM, nearest: hit.lonLat } : null;
  const { points, paths, areas } = partsOf(geometry);
  for (const q of [...points, ...paths.filter((l) => l.length === 1).flat()]) {
    const d = distance(point, [q[0], q[1]], { units: 'meters' });
    if (!best || d < best.distanceM) best = { distanceM: d, nearest: [q[0], q[1]] };
  }
  if (!best) return null;
  return { ...best, inside: insideAny(point, areas) };
}
