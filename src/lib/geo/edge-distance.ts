/**
 * How far a point is from the nearest edge of a shape: the nearest point of a line, of an area's
 * outline or one of its holes — from inside an area as from outside it (the ruler asks how far the
 * shore or the boundary is, not whether the point is in). A point shape's "edge" is the point.
 * Geodesic metres; pure Turf.
 */
import { booleanPointInPolygon, distance, nearestPointOnLine } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, Position } from 'geojson';
import type { LonLat } from './near';

export interface EdgeDistance {
  /** Metres from the point to the nearest point of the shape's edges. */
  distanceM: number;
  /** That nearest point. */
  nearest: LonLat;
  /** The point lies inside an area of the shape. */
  inside: boolean;
}

function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

function pointsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
      return g.coordinates;
    case 'GeometryCollection':
      return g.geometries.flatMap(pointsOf);
    default:
      return [];
  }
}

function insideOf(p: LonLat, g: Geometry): boolean {
  switch (g.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return booleanPointInPolygon(p, g);
    case 'GeometryCollection':
      return g.geometries.some((child) => insideOf(p, child));
    default:
      return false;
  }
}

/** The nearest edge of `geometry` to `point`; null for an empty or missing geometry. */
export function distanceToEdge(point: LonLat, geometry: Geometry | null): EdgeDistance | null {
  if (!geometry) return null;
  let best: { distanceM: number; nearest: LonLat } | null = null;
  const lines = linesOf(geometry).filter((line) => line.length >= 2);
  if (lines.length > 0) {
    const edges: Feature<MultiLineString> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: lines },
    };
    const hit = nearestPointOnLine(edges, point, { units: 'meters' });
    const [lon, lat] = hit.geometry.coordinates;
    best = { distanceM: hit.properties.dist, nearest: [lon, lat] };
  }
  for (const q of [
    ...pointsOf(geometry),
    ...linesOf(geometry)
      .filter((l) => l.length === 1)
      .flat(),
  ]) {
    const d = distance(point, [q[0], q[1]], { units: 'meters' });
    if (!best || d < best.distanceM) best = { distanceM: d, nearest: [q[0], q[1]] };
  }
  if (!best) return null;
  return { ...best, inside: insideOf(point, geometry) };
}
