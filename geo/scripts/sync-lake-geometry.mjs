#!/usr/bin/env node
/**
 * Keeps the report's lake places in geo/layers/water.geojson in step with the basemap.
 *
 * The lakes 太湖 (`taihu`) and 滆湖 (`gehu`) are drawn twice: as basemap water
 * (geo/basemap/lakes.geojson, derived from GSHHG) and as report places. This script copies the
 * basemap outlines into the places, so the two can never disagree, and re-derives the places
 * whose geometry is cut from a lake outline (the dredging areas, the shore restoration stretches,
 * the wetland ring round 滆湖). Every other feature and every property is left as it is.
 *
 * Usage: node geo/scripts/sync-lake-geometry.mjs [--lakes <lakes.geojson>] [--water <water.geojson>]
 * Re-run it whenever the basemap lakes change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { bboxClip, bboxPolygon, featureCollection, intersect, polygonToLine, rewind } from '@turf/turf';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
};
const lakesPath = argValue('--lakes', resolve(repoRoot, 'geo/basemap/lakes.geojson'));
const waterPath = argValue('--water', resolve(repoRoot, 'geo/layers/water.geojson'));

/** RFC 7946 recommends 6 dp at most; 5 dp (≈ 1 m) is far finer than any source used here. */
const DECIMALS = 5;

/**
 * Boxes [west, south, east, north] that cut report places out of the lake outlines.
 * They encode the facts in each place's `source`; change both together.
 */
const CUTS = {
  /** Wujin's water in 太湖: the 竺山湾 side off 雪堰, between the 宜兴 and 无锡 shores. */
  taihuWujin: [119.99, 31.4, 120.1, 31.49],
  /** Wujin's part of 滆湖: all but the south end (about one sixth, which belongs to 宜兴). */
  gehuWujin: [119.6, 31.505, 120.0, 31.8],
  /** 滆湖近岸带, 武高新片区: the east shore facing 武进国家高新区. */
  gehuShoreHitech: [119.845, 31.6, 119.95, 31.66],
  /** 滆湖近岸带, 嘉泽片区: the north-west shore facing 嘉泽镇. */
  gehuShoreJiaze: [119.7, 31.67, 119.835, 31.75],
};

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read GeoJSON (${err.message})`, { cause: err });
  }
}

function featureId(f) {
  return f.id ?? f.properties?.id;
}

function round(value) {
  if (typeof value === 'number') return Number(value.toFixed(DECIMALS));
  return value.map(round);
}

/** Rounds, drops repeated vertices that rounding creates, and winds rings as RFC 7946 asks. */
function clean(geometry) {
  const dedupe = (line) =>
    line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
  const g = { type: geometry.type, coordinates: round(geometry.coordinates) };
  if (g.type === 'Polygon') g.coordinates = g.coordinates.map(dedupe);
  if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((p) => p.map(dedupe));
  if (g.type === 'LineString') g.coordinates = dedupe(g.coordinates);
  if (g.type === 'MultiLineString') g.coordinates = g.coordinates.map(dedupe);
  return g.type.endsWith('Polygon') ? rewind(g) : g;
}

/** The largest polygon of a (Multi)Polygon, as a Polygon: the lake itself, without stray bits. */
function mainPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry;
  const ringArea = (ring) => {
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++)
      sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return Math.abs(sum / 2);
  };
  const best = geometry.coordinates.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  return { type: 'Polygon', coordinates: best };
}

/**
 * Clips a polygon (holes and all) to a box. A true polygon intersection, not a ring-by-ring box
 * clip: an island cut by the box edge must become a notch in the shore, not a crossing ring.
 */
function clipPolygon(polygon, box) {
  const boxFeature = bboxPolygon(box);
  const lake = { type: 'Feature', properties: {}, geometry: polygon };
  const clipped = intersect(featureCollection([lake, boxFeature]));
  if (!clipped) throw new Error(`clip to ${box.join(',')} left nothing`);
  return clipped.geometry;
}

/** The shore of a lake inside a box, as lines (the exterior ring only: islands are not shore). */
function clipShore(polygon, boxes) {
  const exterior = { type: 'Polygon', coordinates: [polygon.coordinates[0]] };
  const outline = polygonToLine(exterior).geometry;
  const parts = [];
  for (const box of boxes) {
    const g = bboxClip({ type: 'Feature', properties: {}, geometry: outline }, box).geometry;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    for (const line of lines) if (line.length >= 2) parts.push(line);
  }
  if (parts.length === 0) throw new Error('shore clip left nothing');
  return { type: 'MultiLineString', coordinates: parts };
}

/** Writes a FeatureCollection with one coordinate pair per line: readable diffs, small files. */
export function formatCollection(fc) {
  return (
    JSON.stringify(fc, null, 2).replace(/\[\s+(-?\d+(?:\.\d+)?),\s+(-?\d+(?:\.\d+)?)\s+\]/g, '[$1, $2]') +
    '\n'
  );
}

/**
 * Returns a copy of the water layer whose lake places carry the basemap outlines and whose
 * lake-derived places are re-cut from them. Pure: the unit tests use it to check the committed
 * layer is in sync. Throws when the basemap lacks a lake or the layer lacks a place.
 */
export function syncWaterLayer(lakes, water) {
  const byId = new Map((lakes.features ?? []).map((f) => [featureId(f), f]));
  const taihu = byId.get('taihu');
  const gehu = byId.get('gehu');
  if (!taihu?.geometry || !gehu?.geometry) {
    const found = [...byId.keys()].join(', ') || 'none';
    throw new Error(`the basemap lakes need features with ids "taihu" and "gehu" (found: ${found})`);
  }
  const taihuMain = mainPolygon(taihu.geometry);
  const gehuMain = mainPolygon(gehu.geometry);
  const derived = {
    taihu: taihu.geometry,
    gehu: gehu.geometry,
    'taihu-dredging': clipPolygon(taihuMain, CUTS.taihuWujin),
    'gehu-dredging': clipPolygon(gehuMain, CUTS.gehuWujin),
    'gehu-shore-restoration': clipShore(gehuMain, [CUTS.gehuShoreHitech, CUTS.gehuShoreJiaze]),
    'gehu-wetland-chain': polygonToLine({ type: 'Polygon', coordinates: [gehuMain.coordinates[0]] }).geometry,
  };
  const out = structuredClone(water);
  const seen = new Set();
  for (const feature of out.features) {
    const id = featureId(feature);
    if (id in derived) {
      feature.geometry = clean(derived[id]);
      seen.add(id);
    }
  }
  const missing = Object.keys(derived).filter((id) => !seen.has(id));
  if (missing.length > 0) throw new Error(`the water layer has no feature with id ${missing.join(', ')}`);
  return out;
}

function main() {
  const synced = syncWaterLayer(readJson(lakesPath), readJson(waterPath));
  writeFileSync(waterPath, formatCollection(synced));
  console.log(`synced ${waterPath} from ${lakesPath}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
