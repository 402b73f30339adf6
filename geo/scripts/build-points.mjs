#!/usr/bin/env node
/**
 * Builds geo/basemap/towns.geojson and geo/basemap/places.geojson from the hand-authored
 * geo/scripts/towns.source.json and geo/scripts/places.source.json, which are the source of truth.
 *
 *   node geo/scripts/build-points.mjs
 *
 * Checks what a hand-placed point can get wrong: every town seat must lie inside Wujin's outline
 * (geo/basemap/district.geojson) and on land (not in geo/basemap/lakes.geojson), a place marked
 * `within` a district inside that district, and everything inside the atlas's area. Run it after
 * build-district.mjs or build-basemap.mjs, since a new outline can move a town across it.
 */
import fs from 'node:fs';
import * as turf from '@turf/turf';
import { AREA_BBOX } from './basemap/extent.mjs';
import { makeFeature, writeFeatureCollection } from './basemap/geojson-out.mjs';

/** @typedef {import('geojson').Feature} Feature */
/** @typedef {import('geojson').Feature<import('geojson').Polygon | import('geojson').MultiPolygon>} ArealFeature */
/**
 * @typedef {{ id: string, name_zh: string, name_en: string, kind: string, lonlat: [number, number],
 *   precision?: string, precision_m?: number, source?: string, note_en?: string, within?: string,
 *   checked: { on: string, against: string, offset_m?: number } }} PointEntry
 * @typedef {{ about: string, defaults: { precision: string, precision_m: number, source: string },
 *   features: PointEntry[] }} PointSource
 */

const here = (/** @type {string} */ rel) => new URL(rel, import.meta.url).pathname;
/** @param {string} rel */
const readJson = (rel) => JSON.parse(fs.readFileSync(here(rel), 'utf8'));

const SLUG = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PRECISIONS = new Set(['surveyed', 'approximate', 'area', 'schematic']);
/** Precision classes' upper bounds in metres (geo data guide). */
const PRECISION_MAX_M = /** @type {Record<string, number>} */ ({
  surveyed: 200,
  approximate: 1500,
  area: 5000,
});

/** @type {FeatureCollectionOf<ArealFeature>} */
const districts = readJson('../basemap/district.geojson');
/** @type {FeatureCollectionOf<ArealFeature>} */
const lakes = readJson('../basemap/lakes.geojson');
/** @template F @typedef {{ type: 'FeatureCollection', features: F[] }} FeatureCollectionOf */

/** @param {string} id */
const district = (id) => {
  const f = districts.features.find((x) => x.id === id);
  if (!f) throw new Error(`geo/basemap/district.geojson has no ${id}: build it first`);
  return f;
};
const wujin = district('wujin');
/** Wujin's outline as simple lines, whatever its geometry (an official file may be a MultiPolygon). */
const wujinEdges = turf.flatten(turf.polygonToLine(wujin)).features.map((f) => f.geometry.coordinates);

/**
 * @param {PointSource} src
 * @param {string} file
 * @param {Set<string>} kinds
 * @param {(e: PointEntry, errors: string[]) => void} check
 */
function build(src, file, kinds, check) {
  /** @type {string[]} */
  const errors = [];
  const features = src.features.map((e) => {
    const precision = e.precision ?? src.defaults.precision;
    const precisionM = e.precision_m ?? src.defaults.precision_m;
    const [lon, lat] = e.lonlat;
    if (!SLUG.test(e.id)) errors.push(`${e.id}: id is not a slug`);
    if (!kinds.has(e.kind)) errors.push(`${e.id}: kind ${e.kind} is not one of ${[...kinds].join(', ')}`);
    if (!PRECISIONS.has(precision)) errors.push(`${e.id}: unknown precision ${precision}`);
    if (precisionM > (PRECISION_MAX_M[precision] ?? Infinity)) {
      errors.push(`${e.id}: ${precisionM} m is too coarse for precision '${precision}'`);
    }
    if (!(lon >= AREA_BBOX[0] && lon <= AREA_BBOX[2] && lat >= AREA_BBOX[1] && lat <= AREA_BBOX[3])) {
      errors.push(`${e.id}: ${lon}, ${lat} lies outside the atlas's area`);
    }
    // Every point says when it was last compared with a public source, which one, and how far off it
    // was (or that none was found): the record a maintainer re-checks against (geo/SOURCES.md).
    if (!e.checked || !ISO_DATE.test(e.checked.on) || !e.checked.against?.trim()) {
      errors.push(`${e.id}: needs checked: { on: YYYY-MM-DD, against: what it was compared with }`);
    } else if (e.checked.offset_m !== undefined && e.checked.offset_m > precisionM) {
      errors.push(`${e.id}: ${e.checked.offset_m} m from its reference, more than its ${precisionM} m`);
    }
    if (e.within && !turf.booleanPointInPolygon(e.lonlat, district(e.within))) {
      errors.push(`${e.id}: not inside ${e.within}'s outline`);
    }
    check(e, errors);
    return makeFeature(
      e.id,
      {
        name_zh: e.name_zh,
        name_en: e.name_en,
        kind: e.kind,
        precision,
        precision_m: precisionM,
        source: e.source ?? src.defaults.source,
        ...(e.note_en ? { note_en: e.note_en } : {}),
      },
      { type: 'Point', coordinates: e.lonlat },
    );
  });
  if (errors.length > 0) throw new Error(`${file}:\n  ${errors.join('\n  ')}`);
  const bytes = writeFeatureCollection(here(`../basemap/${file}`), features);
  console.log(`wrote geo/basemap/${file}: ${features.length} points (${(bytes / 1024).toFixed(1)} kB)`);
  return features;
}

/** @type {PointSource} */
const townSource = readJson('./towns.source.json');
/** @type {PointSource} */
const placeSource = readJson('./places.source.json');

const towns = build(townSource, 'towns.geojson', new Set(['town', 'subdistrict', 'seat']), (e, errors) => {
  if (!turf.booleanPointInPolygon(e.lonlat, wujin)) errors.push(`${e.id}: outside Wujin's outline`);
  for (const lake of lakes.features) {
    if (turf.booleanPointInPolygon(e.lonlat, lake)) errors.push(`${e.id}: in ${lake.id}`);
  }
});
for (const f of towns) {
  const point = /** @type {import('geojson').Point} */ (f.geometry).coordinates;
  const inM = Math.min(
    ...wujinEdges.map((line) => turf.pointToLineDistance(point, turf.lineString(line), { units: 'meters' })),
  );
  console.log(`  ${String(f.id).padEnd(17)} ${Math.round(inM)} m inside Wujin's outline`);
}
build(placeSource, 'places.geojson', new Set(['city', 'district']), () => {});
