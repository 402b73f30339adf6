/**
 * Selections of the report's places by where they lie: "within X km of" a shape (a place, the
 * ruler's path or closed shape, one of the planner's features, near me's point) and "inside my
 * polygon". Distances run from the place's own geometry to the shape's: between a point and a
 * line, to the line's nearest point; to an area, to its nearest edge, and 0 when they touch or
 * one lies inside the other. Geodesic metres; pure functions.
 *
 * Two large areas (a lake against a lake) have thousands of edges each, so the nearest pair of
 * edges is found in flat metres around the shape (under 0.1 % off within 50 km at this latitude)
 * and only that pair is measured on the sphere with Turf.
 */
import { distance, pointToLineDistance } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { PlaceFeature } from '../catalog/types';
import type { BBox } from './bounds';
import { boundsOf, insideAny, partsOf, vertices, type Parts } from './parts';

type XY = [number, number];

function finite(p: Position): boolean {
  return Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

function clean(parts: Parts): Parts {
  return {
    points: parts.points.filter(finite),
    paths: parts.paths.map((path) => path.filter(finite)).filter((path) => path.length > 0),
    areas: parts.areas.filter((rings) => rings.length > 0 && rings[0].length >= 4),
  };
}

function isEmpty(parts: Parts): boolean {
  return parts.points.length === 0 && parts.paths.length === 0;
}

/** Flat metres around a latitude: east and north. */
function projector(lat0: number): (p: Position) => XY {
  const rad = Math.PI / 180;
  const ky = 6_371_008.8 * rad;
  const kx = ky * Math.cos(lat0 * rad);
  return (p) => [p[0] * kx, p[1] * ky];
}

function pointSegmentM(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** The pieces of a geometry in flat metres: single points and segments (a one-point path is a point). */
function pieces(parts: Parts, project: (p: Position) => XY): { at: XY[]; segments: [XY, XY][] } {
  const at = parts.points.map(project);
  const segments: [XY, XY][] = [];
  for (const path of parts.paths) {
    const xy = path.map(project);
    if (xy.length === 1) at.push(xy[0]);
    for (let i = 1; i < xy.length; i++) segments.push([xy[i - 1], xy[i]]);
  }
  return { at, segments };
}

/**
 * The nearest pair between two geometries in flat metres, as the indices needed to measure it
 * again on the sphere: a point of one and a segment (or point) of the other.
 */
interface Nearest {
  flatM: number;
  /** The point (in degrees) and what it is nearest to: a two-point segment or a single point. */
  from: Position;
  to: Position[];
}

function nearestPair(a: Parts, b: Parts, lat0: number): Nearest | null {
  const project = projector(lat0);
  const A = pieces(a, project);
  const B = pieces(b, project);
  const aDeg = degreesOf(a);
  const bDeg = degreesOf(b);
  let best: Nearest | null = null;
  const consider = (flatM: number, from: Position, to: Position[]): void => {
    if (!best || flatM < best.flatM) best = { flatM, from, to };
  };
  const pointToPieces = (
    p: XY,
    pDeg: Position,
    other: ReturnType<typeof pieces>,
    otherDeg: ReturnType<typeof degreesOf>,
  ): void => {
    other.at.forEach((q, i) => consider(Math.hypot(q[0] - p[0], q[1] - p[1]), pDeg, [otherDeg.at[i]]));
    other.segments.forEach(([s, e], i) => consider(pointSegmentM(p, s, e), pDeg, otherDeg.segments[i]));
  };
  A.at.forEach((p, i) => pointToPieces(p, aDeg.at[i], B, bDeg));
  B.at.forEach((p, i) => pointToPieces(p, bDeg.at[i], A, aDeg));
  // Between two segments that do not cross, the nearest pair always has an end of one of them.
  for (let i = 0; i < A.segments.length; i++) {
    const [s, e] = A.segments[i];
    for (let j = 0; j < B.segments.length; j++) {
      const [u, v] = B.segments[j];
      if (segmentsCross(s, e, u, v))
        return { flatM: 0, from: aDeg.segments[i][0], to: [aDeg.segments[i][0]] };
      const candidates: [number, Position, Position[]][] = [
        [pointSegmentM(s, u, v), aDeg.segments[i][0], bDeg.segments[j]],
        [pointSegmentM(e, u, v), aDeg.segments[i][1], bDeg.segments[j]],
        [pointSegmentM(u, s, e), bDeg.segments[j][0], aDeg.segments[i]],
        [pointSegmentM(v, s, e), bDeg.segments[j][1], aDeg.segments[i]],
      ];
      for (const [m, from, to] of candidates) consider(m, from, to);
    }
  }
  return best;
}

/** The same pieces as `pieces`, in degrees, so the nearest pair can be measured again on the sphere. */
function degreesOf(parts: Parts): { at: Position[]; segments: Position[][] } {
  const at = [...parts.points];
  const segments: Position[][] = [];
  for (const path of parts.paths) {
    if (path.length === 1) at.push(path[0]);
    for (let i = 1; i < path.length; i++) segments.push([path[i - 1], path[i]]);
  }
  return { at, segments };
}

function sphereM({ from, to }: Nearest): number {
  const p: [number, number] = [from[0], from[1]];
  if (to.length === 1) return distance(p, [to[0][0], to[0][1]], { units: 'meters' });
  return pointToLineDistance(p, { type: 'LineString', coordinates: to }, { units: 'meters' });
}

/**
 * Metres between two geometries: 0 when they touch, cross or one lies inside an area of the
 * other; otherwise between their nearest points. null when either has no usable coordinates.
 */
export function geometryDistanceM(a: Geometry | null, b: Geometry | null): number | null {
  const pa = clean(partsOf(a));
  const pb = clean(partsOf(b));
  if (isEmpty(pa) || isEmpty(pb)) return null;
  const va = vertices(pa);
  const vb = vertices(pb);
  if (va.some((p) => insideAny(p, pb.areas)) || vb.some((p) => insideAny(p, pa.areas))) return 0;
  const lat0 = vb.reduce((sum, p) => sum + p[1], 0) / vb.length;
  const nearest = nearestPair(pa, pb, lat0);
  if (!nearest) return null;
  return nearest.flatM === 0 ? 0 : sphereM(nearest);
}

const boxes = new WeakMap<object, BBox | null>();

function bboxOf(g: Geometry | null): BBox | null {
  if (!g) return null;
  const cached = boxes.get(g);
  if (cached !== undefined) return cached;
  const box = computeBBox(g);
  boxes.set(g, box);
  return box;
}

function computeBBox(g: Geometry): BBox | null {
  return boundsOf(vertices(clean(partsOf(g))));
}

/** A lower bound of the metres between two boxes (a degree of longitude taken where it is shortest, less 2 %). */
function boxGapM(a: BBox, b: BBox): number {
  const dLon = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dLat = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const maxAbsLat = Math.min(89, Math.max(...[a[1], a[3], b[1], b[3]].map(Math.abs)));
  return Math.hypot(dLon * 111_300 * 0.98 * Math.cos((maxAbsLat * Math.PI) / 180), dLat * 110_500 * 0.98);
}

export interface WithinHit {
  place: PlaceFeature;
  /** Metres from the place's own geometry to the shape (0 when they touch or overlap). */
  distanceM: number;
}

/** The farthest a selection reaches: anything beyond 50 km is not "near" in a district this size. */
export const MAX_WITHIN_M = 50_000;

/**
 * Every located place within `radiusM` of the shape, nearest first (ties by id). `radiusM` 0 gives
 * the places that touch or lie in it: "inside my polygon" (an area partly inside counts). Places
 * in `exclude` (the place measured from) and unlocated places are left out. Bad input gives none.
 */
export function placesWithin(
  places: readonly PlaceFeature[],
  shape: Geometry | null,
  radiusM: number,
  exclude: readonly string[] = [],
): WithinHit[] {
  if (!Number.isFinite(radiusM) || radiusM < 0) return [];
  const radius = Math.min(radiusM, MAX_WITHIN_M);
  const shapeBox = bboxOf(shape);
  if (!shapeBox) return [];
  const hits: WithinHit[] = [];
  for (const place of places) {
    const p = place.properties;
    if (!place.geometry || p.unlocated || exclude.includes(p.id)) continue;
    const box = bboxOf(place.geometry);
    if (!box || boxGapM(box, shapeBox) > radius) continue;
    const d = geometryDistanceM(place.geometry, shape);
    if (d === null || d > radius) continue;
    hits.push({ place, distanceM: d });
  }
  return hits.sort(
    (a, b) => a.distanceM - b.distanceM || a.place.properties.id.localeCompare(b.place.properties.id),
  );
}

/** Whether a shape can hold places inside it: it has an area. */
export function hasArea(shape: Geometry | null): boolean {
  return clean(partsOf(shape)).areas.length > 0;
}
