/**
 * A geometry taken apart, for the spatial functions that measure from its points, its paths (lines
 * and area outlines, holes included) or its areas, whatever GeoJSON type holds them.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { BBox } from './bounds';

/** A geometry taken apart: points, paths (lines and area outlines) and areas (for inside tests). */
export interface Parts {
  points: Position[];
  paths: Position[][];
  areas: Position[][][];
}

export function partsOf(g: Geometry | null, out: Parts = { points: [], paths: [], areas: [] }): Parts {
  if (!g) return out;
  switch (g.type) {
    // A single geometry is taken apart as the multi-geometry of one it is.
    case 'Point':
      return partsOf({ type: 'MultiPoint', coordinates: [g.coordinates] }, out);
    case 'LineString':
      return partsOf({ type: 'MultiLineString', coordinates: [g.coordinates] }, out);
    case 'Polygon':
      return partsOf({ type: 'MultiPolygon', coordinates: [g.coordinates] }, out);
    case 'MultiPoint':
      out.points.push(...g.coordinates);
      break;
    case 'MultiLineString':
      out.paths.push(...g.coordinates);
      break;
    case 'MultiPolygon':
      for (const rings of g.coordinates) {
        out.paths.push(...rings);
        out.areas.push(rings);
      }
      break;
    case 'GeometryCollection':
      for (const child of g.geometries) partsOf(child, out);
      break;
  }
  return out;
}

/** `p` lies in one of the areas (on an edge counts as in). */
export function insideAny(p: Position, areas: Position[][][]): boolean {
  return areas.some((rings) => booleanPointInPolygon([p[0], p[1]], { type: 'Polygon', coordinates: rings }));
}

/** Every position of the parts, points first. */
export function vertices(parts: Parts): Position[] {
  return [...parts.points, ...parts.paths.flat()];
}

/** The smallest box holding every position; null when there are none. A loop, not Math.min(...): a lake has too many positions to spread. */
export function boundsOf(positions: readonly Position[]): BBox | null {
  if (positions.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of positions) {
    w = Math.min(w, lon);
    s = Math.min(s, lat);
    e = Math.max(e, lon);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}
