/**
 * Where a pick lands on the report's lines and area edges: the nearest point of any of them, so
 * the ruler measures from the metro line or a park's edge itself, not from a pixel beside it. Pure
 * Turf; the map adapter decides which shapes are near enough on screen to be candidates.
 */
import { nearestPointOnLine } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, Position } from 'geojson';

export interface EdgeHit {
  lonLat: [lon: number, lat: number];
  /** Geodesic distance from the pick to that point. */
  distanceM: number;
}

/**
 * A shape's lines: a line as it is, an area as its rings (outline and holes). Points have none.
 * The same as `partsOf(g).paths` (parts.ts), kept here on purpose: the map loads this file on the
 * first click, and sharing parts.ts would make it a chunk of its own whose name the first load's
 * preload map then carries (measured: +16 B gzip of first-load JS).
 */
function edgesOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(edgesOf);
    default:
      return [];
  }
}

/** The nearest point on any line or area edge of `shapes` to `point`, or null when they have none. */
export function nearestOnEdges(point: [number, number], shapes: readonly Geometry[]): EdgeHit | null {
  const lines = shapes.flatMap(edgesOf).filter((line) => line.length >= 2);
  if (lines.length === 0) return null;
  const edges: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: lines },
  };
  const nearest = nearestPointOnLine(edges, point, { units: 'meters' });
  const [lon, lat] = nearest.geometry.coordinates;
  return { lonLat: [lon, lat], distanceM: nearest.properties.dist };
}
