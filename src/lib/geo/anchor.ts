/**
 * A point that stands for a place or a planner's feature when measuring from it (near me) or
 * labelling it: the point itself, a vertex of a line, a point inside an area (not its centroid,
 * which can fall outside a bent shape). The map's zone labels need it before the first frame, so
 * it is Turf's pointOnFeature rule (the centre of the bounds when it lies on the shape, else the
 * nearest vertex) on Turf's light modules: pointOnFeature itself brings explode, nearest-point
 * and robust predicates (~4 kB) into the first load.
 */
import { bbox, coordAll, distance } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';

/** Even-odd ray crossing: inside the outer ring and outside its holes (a point on an edge may go either way). */
function inRings(x: number, y: number, rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  return inside;
}

/** As pointOnFeature tests a point on a segment: exactly on it, in floating point. */
function onSegment(x: number, y: number, [x1, y1]: Position, [x2, y2]: Position): boolean {
  const ab = Math.hypot(x2! - x1!, y2! - y1!);
  return ab === Math.hypot(x - x1!, y - y1!) + Math.hypot(x2! - x, y2! - y);
}

function holds(geometry: Geometry, x: number, y: number): boolean {
  const onLine = (line: Position[]) => line.slice(1).some((b, k) => onSegment(x, y, line[k]!, b));
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates[0] === x && geometry.coordinates[1] === y;
    case 'MultiPoint':
      return geometry.coordinates.some(([px, py]) => px === x && py === y);
    case 'LineString':
      return onLine(geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.some(onLine);
    case 'Polygon':
      return inRings(x, y, geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.some((rings) => inRings(x, y, rings));
    case 'GeometryCollection':
      return geometry.geometries.some((g) => holds(g, x, y));
  }
}

export function anchorOf(feature: Feature | Geometry): [lon: number, lat: number] {
  const geometry = feature.type === 'Feature' ? feature.geometry : feature;
  const [west, south, east, north] = bbox(geometry);
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  if (holds(geometry, centre[0], centre[1])) return centre;
  let best = centre;
  let bestKm = Infinity;
  for (const vertex of coordAll(geometry)) {
    const km = distance(centre, vertex);
    if (km < bestKm) [best, bestKm] = [[vertex[0]!, vertex[1]!], km];
  }
  return best;
}
