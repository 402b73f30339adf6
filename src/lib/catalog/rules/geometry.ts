/**
 * The geometry rules of the data gate (validate.ts): RFC 7946 structure and ranges, stored
 * precision, closed and correctly wound rings, no self-intersections, and the boxes the region
 * checks compare.
 */
import * as v from 'valibot';
import { booleanClockwise, kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { boundsOf, partsOf, vertices } from '../../geo/parts';

/** RFC 7946 asks for no more precision than needed; the atlas stores 5 decimals (≈ 1 m). */
export const COORDINATE_DECIMALS = 5;

const PositionSchema = v.pipe(v.array(v.number()), v.minLength(2), v.maxLength(3));
const LineSchema = v.array(PositionSchema);
const RingsSchema = v.array(LineSchema);
export const GeometrySchema = v.variant('type', [
  v.strictObject({ type: v.literal('Point'), coordinates: PositionSchema }),
  v.strictObject({ type: v.literal('MultiPoint'), coordinates: LineSchema }),
  v.strictObject({ type: v.literal('LineString'), coordinates: LineSchema }),
  v.strictObject({ type: v.literal('MultiLineString'), coordinates: RingsSchema }),
  v.strictObject({ type: v.literal('Polygon'), coordinates: RingsSchema }),
  v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.array(RingsSchema) }),
]);

export type CheckedGeometry = v.InferOutput<typeof GeometrySchema>;

function polygonsOf(g: CheckedGeometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Checks one geometry against RFC 7946 and simple-feature validity; returns [rule, message] pairs. */
export function geometryProblems(g: CheckedGeometry, selfIntersections: boolean): [string, string][] {
  const problems: [string, string][] = [];
  const positions = vertices(partsOf(g));
  const badRange = positions.find(
    ([lon, lat]) =>
      !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90,
  );
  if (badRange) {
    problems.push([
      'coordinates',
      `position [${badRange.join(', ')}] is not [longitude, latitude] in range (RFC 7946 order is lon, lat)`,
    ]);
    return problems;
  }
  const tooFine = positions.find((p) => !p.every((n) => hasAtMostDecimals(n, COORDINATE_DECIMALS)));
  if (tooFine) {
    problems.push([
      'coordinate-decimals',
      `position [${tooFine.join(', ')}] has more than ${COORDINATE_DECIMALS} decimals`,
    ]);
  }
  if (g.type === 'LineString' && g.coordinates.length < 2) {
    problems.push(['line-too-short', 'a LineString needs at least 2 positions']);
  }
  if (g.type === 'MultiLineString' && g.coordinates.some((line) => line.length < 2)) {
    problems.push(['line-too-short', 'every line of a MultiLineString needs at least 2 positions']);
  }
  let ringsOk = true;
  polygonsOf(g).forEach((rings, pi) => {
    if (rings.length === 0) {
      problems.push(['ring-too-short', `polygon ${pi} has no rings`]);
      ringsOk = false;
    }
    rings.forEach((ring, ri) => {
      const where = `polygon ${pi} ring ${ri}`;
      if (ring.length < 4) {
        problems.push(['ring-too-short', `${where} has ${ring.length} positions; a ring needs at least 4`]);
        ringsOk = false;
        return;
      }
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(['ring-closed', `${where} is not closed (first and last positions differ)`]);
        ringsOk = false;
        return;
      }
      const clockwise = booleanClockwise(ring);
      if (ri === 0 && clockwise) {
        problems.push([
          'winding',
          `${where} (exterior) is clockwise; RFC 7946 wants exterior rings counter-clockwise`,
        ]);
      }
      if (ri > 0 && !clockwise) {
        problems.push(['winding', `${where} (hole) is counter-clockwise; RFC 7946 wants holes clockwise`]);
      }
    });
  });
  // kinks needs well-formed rings; a malformed ring was reported above.
  const lineal = g.type !== 'Point' && g.type !== 'MultiPoint';
  if (selfIntersections && lineal && ringsOk) {
    const crossings = kinks({ type: 'Feature', properties: {}, geometry: g as Geometry } as never).features;
    if (crossings.length > 0) {
      const at = crossings[0].geometry.coordinates.map((n: number) => n.toFixed(5)).join(', ');
      problems.push(['self-intersection', `${crossings.length} self-intersection(s), the first at [${at}]`]);
    }
  }
  return problems;
}

export function bboxOf(g: CheckedGeometry): [number, number, number, number] {
  // A geometry with no positions gets the empty box, which contains nothing and lies nowhere.
  return boundsOf(vertices(partsOf(g))) ?? [Infinity, Infinity, -Infinity, -Infinity];
}

export function bboxesIntersect(a: readonly number[], b: readonly number[]): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function bboxWithin(a: readonly number[], b: readonly number[]): boolean {
  return a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3];
}
