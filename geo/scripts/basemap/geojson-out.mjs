/**
 * Normalising and writing the basemap's GeoJSON: fixed rounding, RFC 7946 winding, stable
 * ordering and one feature per line, so that a re-run on the same input gives the same bytes
 * and a change shows up in a diff as the features it touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COORD_DECIMALS } from './extent.mjs';
import { dropRepeats, samePosition } from './positions.mjs';
import { cleanRing } from './ring-clean.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Geometry} Geometry */
/** @typedef {import('geojson').Feature} Feature */

const SCALE = 10 ** COORD_DECIMALS;

/**
 * Rounds one coordinate to the basemap's fixed precision (also turns -0 into 0).
 * @param {number} v
 */
export function roundCoord(v) {
  return Math.round(v * SCALE) / SCALE + 0;
}

/**
 * Twice the signed planar area of a closed ring in degrees: positive when counter-clockwise.
 * Planar on purpose: it is what GeoJSON winding (and turf's booleanClockwise) means.
 * @param {Position[]} ring
 */
export function signedArea2(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

/**
 * Rounds a ring, repairs what rounding can break (two positions becoming one, a position landing
 * on a nearby segment), closes it, and orients it: exterior counter-clockwise, holes clockwise
 * (RFC 7946 section 3.1.6).
 * @param {Position[]} ring
 * @param {boolean} isHole
 * @returns {Position[]}
 */
function normaliseRing(ring, isHole) {
  const rounded = dropRepeats(ring.map((c) => [roundCoord(c[0]), roundCoord(c[1])]));
  if (!samePosition(rounded[0], rounded[rounded.length - 1])) rounded.push([...rounded[0]]);
  if (rounded.length < 4) throw new Error(`ring collapsed to ${rounded.length} positions after rounding`);
  const cleaned = cleanRing(rounded);
  const ccw = signedArea2(cleaned) > 0;
  return ccw === !isHole ? cleaned : cleaned.reverse();
}

/**
 * @param {Position[][]} rings
 */
function normalisePolygon(rings) {
  return rings.map((r, i) => normaliseRing(r, i > 0));
}

/**
 * Rounds every coordinate and fixes polygon winding. Lines lose consecutive repeats.
 * @param {Geometry} g
 * @returns {Geometry}
 */
export function normaliseGeometry(g) {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [roundCoord(g.coordinates[0]), roundCoord(g.coordinates[1])] };
    case 'LineString':
      return { type: 'LineString', coordinates: dropRepeats(g.coordinates.map((c) => c.map(roundCoord))) };
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: g.coordinates.map((l) => dropRepeats(l.map((c) => c.map(roundCoord)))),
      };
    case 'Polygon':
      return { type: 'Polygon', coordinates: normalisePolygon(g.coordinates) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map(normalisePolygon) };
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

/**
 * Number of positions in a geometry (closing positions of rings included).
 * @param {Geometry} g
 * @returns {number}
 */
export function countPositions(g) {
  /** @param {unknown} c @returns {number} */
  const count = (c) =>
    Array.isArray(c) && typeof c[0] === 'number'
      ? 1
      : /** @type {unknown[]} */ (c).reduce((/** @type {number} */ n, x) => n + count(x), 0);
  if (g.type === 'GeometryCollection') return g.geometries.reduce((n, x) => n + countPositions(x), 0);
  return count(g.coordinates);
}

/**
 * A feature with its id both at the top level and in its properties, as the atlas expects.
 * @param {string} id
 * @param {Record<string, unknown>} properties without id
 * @param {Geometry} geometry
 * @returns {Feature}
 */
export function makeFeature(id, properties, geometry) {
  return { type: 'Feature', id, properties: { id, ...properties }, geometry: normaliseGeometry(geometry) };
}

/**
 * Writes a FeatureCollection with one feature per line and returns the byte size.
 * Feature order is the caller's: callers pass a fixed order so re-runs are byte-identical.
 * @param {string} file
 * @param {Feature[]} features
 * @returns {number}
 */
export function writeFeatureCollection(file, features) {
  const ids = new Set();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`${path.basename(file)}: duplicate id ${f.id}`);
    ids.add(f.id);
  }
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}
