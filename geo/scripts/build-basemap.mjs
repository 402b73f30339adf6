#!/usr/bin/env node
/**
 * Builds geo/basemap/lakes.geojson and geo/basemap/rivers.geojson from GSHHG and WDBII at full
 * resolution, through GMT (Debian: `apt-get install gmt gmt-gshhg-full`).
 *
 *   node geo/scripts/build-basemap.mjs
 *
 * Lakes: GMT dumps each shoreline in 1-degree bin pieces; the pieces are joined into rings,
 * islands (GSHHG level 3, or level 1 rings inside the Yangtze) are cut out as holes, and each
 * water body is identified by a probe position known to lie in its open water. Rings nobody's
 * probe falls in are dropped and listed: the atlas names only water it can name with certainty.
 * Rivers: WDBII classes 1–10, joined the same way and clipped to the dump region; only the Grand
 * Canal is named, the rest are kept unnamed and unlabelled.
 *
 * No simplification: GSHHG's full resolution (≈ 600 m between positions around Taihu) is
 * already coarser than the basemap is ever drawn at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as turf from '@turf/turf';
import { AREA_BBOX, DUMP_BBOX, bboxesIntersect } from './basemap/extent.mjs';
import { closeAlongEdge, joinSegments, parseGmtDump } from './basemap/gmt-dump.mjs';
import { countPositions, makeFeature, writeFeatureCollection } from './basemap/geojson-out.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Feature} Feature */
/** @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Areal */

const LAKES_OUT = new URL('../basemap/lakes.geojson', import.meta.url).pathname;
const RIVERS_OUT = new URL('../basemap/rivers.geojson', import.meta.url).pathname;

/**
 * The water bodies the atlas names. `probe` lies in open water of the body (not on an island)
 * in GSHHG's outline; `officialAreaKm2` is the published water area, for the accuracy note.
 */
const WATER_BODIES = [
  {
    id: 'taihu',
    name_zh: '太湖',
    name_en: 'Taihu',
    aliases: ['Lake Tai'],
    kind: 'lake',
    probe: [120.25, 31.25],
    officialAreaKm2: '2,338.1',
  },
  {
    id: 'gehu',
    name_zh: '滆湖',
    name_en: 'Gehu',
    aliases: ['西太湖', 'West Taihu'],
    kind: 'lake',
    probe: [119.8, 31.58],
    officialAreaKm2: '146.5–164',
  },
  {
    id: 'changdanghu',
    name_zh: '长荡湖',
    name_en: 'Changdang Lake',
    aliases: ['洮湖', 'Taohu'],
    kind: 'lake',
    probe: [119.55, 31.6],
    officialAreaKm2: null,
  },
  {
    id: 'yangtze',
    name_zh: '长江',
    name_en: 'Yangtze River',
    aliases: ['扬子江'],
    kind: 'river',
    probe: [120.3, 31.96],
    officialAreaKm2: null,
  },
];

/** Where the Grand Canal certainly runs: through Changzhou, between the old city and Wujin. */
const GRAND_CANAL_PROBE = [119.97, 31.78];
const GRAND_CANAL_PROBE_RADIUS_KM = 3;

/** WDBII river classes as GMT documents them. */
const WDBII_CLASSES = /** @type {Record<number, { name: string, canal: boolean }>} */ ({
  1: { name: 'permanent major river', canal: false },
  2: { name: 'additional major river', canal: false },
  3: { name: 'additional river', canal: false },
  4: { name: 'minor river', canal: false },
  5: { name: 'intermittent major river', canal: false },
  6: { name: 'intermittent additional river', canal: false },
  7: { name: 'intermittent minor river', canal: false },
  8: { name: 'major canal', canal: true },
  9: { name: 'minor canal', canal: true },
  10: { name: 'irrigation canal', canal: true },
});

/**
 * Positional accuracy of GSHHG lakes and WDBII rivers here. Gehu's outline is about 0.6 km too
 * wide all round (its area exceeds the official one by ≈ 40 km² over a ≈ 70 km shore), Taihu's
 * about 0.2 km; WDBII lines are of the same source and scale.
 */
const GSHHG_PRECISION_M = 1000;

// GMT leaves a gmt.history file in its working directory: keep that out of the repository.
const gmtDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gmt-'));
process.on('exit', () => fs.rmSync(gmtDir, { recursive: true, force: true }));
/** @param {string[]} gmtArgs */
const gmt = (gmtArgs) => execFileSync('gmt', gmtArgs, { encoding: 'utf8', maxBuffer: 64 << 20, cwd: gmtDir });
const gmtVersion = gmt(['--version']).trim();
// GMT names the GSHHG version only in its verbose log.
const gshhgVersion =
  /GSHHG version ([\d.]+)/.exec(
    spawnSync('gmt', ['coast', '-R120/120.1/31.5/31.6', '-Df', '-M', '-W', '-Vl'], {
      encoding: 'utf8',
      cwd: gmtDir,
    }).stderr,
  )?.[1] ?? 'unknown';

const region = `-R${DUMP_BBOX[0]}/${DUMP_BBOX[2]}/${DUMP_BBOX[1]}/${DUMP_BBOX[3]}`;
/** @param {string[]} opts */
const gmtCoast = (opts) => parseGmtDump(gmt(['coast', region, '-Df', '-M', ...opts]));

const SOURCE_SHORE = `GSHHG ${gshhgVersion} full resolution via GMT ${gmtVersion}: gmt coast ${region} -Df -M -W`;
const SOURCE_RIVERS = `WDBII rivers in GSHHG ${gshhgVersion} via GMT ${gmtVersion}: gmt coast ${region} -Df -M -I1…-I10`;

// ---- lakes --------------------------------------------------------------------------------

/**
 * @param {{ coords: Position[], closed: boolean }} r
 * @returns {Position[]}
 */
const closedRing = (r) => (r.closed ? r.coords : closeAlongEdge(r.coords, DUMP_BBOX));

/** @type {{ origin: string, ring: Position[] }[]} */
const water = [
  ...joinSegments(gmtCoast(['-W', '-A0/2/2+l'])).map((r) => ({
    origin: 'lake, level 2, from WDBII',
    ring: closedRing(r),
  })),
  ...joinSegments(gmtCoast(['-W', '-A0/2/2+r'])).map((r) => ({
    origin: 'river-lake, level 2, from WDBII',
    ring: closedRing(r),
  })),
];
/** @type {Position[][]} */
const islands = [];
/** @type {Position[][]} */
const ponds = [];
for (const r of joinSegments(gmtCoast(['-W', '-A0/1/1']))) {
  // Closed level-1 rings are land (islands in the Yangtze); open ones are the river's banks,
  // which the region cut, and enclose water once closed along its edge.
  if (r.closed) islands.push(r.coords);
  else water.push({ origin: 'sea shoreline, level 1, from the World Vector Shoreline', ring: closedRing(r) });
}
for (const r of joinSegments(gmtCoast(['-W', '-A0/3/4']))) {
  if (!r.closed) throw new Error('an island shoreline (level 3/4) is cut by the dump region: widen it');
  (r.level === 3 ? islands : ponds).push(r.coords);
}

/** @param {Position[]} ring */
const ringBbox = (ring) => turf.bbox(turf.lineString(ring));
/** @param {Position} p @param {Position[]} ring */
const inRing = (p, ring) => turf.booleanPointInPolygon(p, turf.polygon([ring]));

/** @type {Feature[]} */
const lakeFeatures = [];
const used = new Set();
for (const body of WATER_BODIES) {
  const hits = water.filter((w) => inRing(body.probe, w.ring));
  if (hits.length !== 1)
    throw new Error(`${body.id}: probe ${body.probe} lies in ${hits.length} water rings`);
  const exterior = hits[0].ring;
  used.add(hits[0]);
  const holes = islands.filter((isl) => inRing(isl[0], exterior));
  if (holes.some((h) => inRing(body.probe, h)))
    throw new Error(`${body.id}: probe ${body.probe} lies on an island`);
  if (ponds.some((p) => inRing(p[0], exterior))) {
    throw new Error(`${body.id}: has ponds on its islands (level 4), which this script does not handle`);
  }
  if (!bboxesIntersect(ringBbox(exterior), AREA_BBOX))
    throw new Error(`${body.id}: outside the atlas's area`);
  const outline = turf.polygon([exterior]);
  const feature = makeFeature(
    body.id,
    {
      name_zh: body.name_zh,
      name_en: body.name_en,
      aliases: body.aliases,
      kind: body.kind,
      precision: 'approximate',
      precision_m: GSHHG_PRECISION_M,
      source: `${SOURCE_SHORE} (${hits[0].origin}); islands cut out as holes`,
    },
    { type: 'Polygon', coordinates: [exterior, ...holes] },
  );
  const props = /** @type {Record<string, unknown>} */ (feature.properties);
  const areaKm2 = Math.round(turf.area(/** @type {Areal} */ (feature.geometry)) / 1e5) / 10;
  props.area_km2 = areaKm2;
  props.area_incl_islands_km2 = Math.round(turf.area(outline) / 1e5) / 10;
  props.islands = holes.length;
  if (body.officialAreaKm2) {
    props.note_en = `GSHHG outline: its water area (${areaKm2} km²) differs from the official ${body.officialAreaKm2} km²`;
  }
  if (body.id === 'yangtze') {
    props.note_en =
      'GSHHG has the Yangtze as sea (level 1) from Jiangyin (120.05 E) seaward and no polygon for it ' +
      'upstream across this map, so the river starts there; closed along the data region edge at ' +
      `${DUMP_BBOX[2]} E`;
  }
  const kinks = turf.kinks(/** @type {import('geojson').Feature<Areal>} */ (feature)).features.length;
  if (kinks > 0) throw new Error(`${body.id}: ${kinks} self-intersections`);
  lakeFeatures.push(feature);
}
const dropped = water.filter((w) => !used.has(w));

// ---- rivers -------------------------------------------------------------------------------

const riverArgs = Object.keys(WDBII_CLASSES).map((c) => `-I${c}`);
const areaPolygon = turf.bboxPolygon(/** @type {[number, number, number, number]} */ ([...AREA_BBOX]));
const lines = joinSegments(gmtCoast(riverArgs))
  .flatMap((r) => {
    // Rivers come as whole bins, not cut to the region: cut them here.
    const clipped = /** @type {import('geojson').LineString | import('geojson').MultiLineString} */ (
      turf.bboxClip(turf.lineString(r.coords), /** @type {import('geojson').BBox} */ ([...DUMP_BBOX]))
        .geometry
    );
    const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    const kept = parts.filter((p) => p.length >= 2);
    return kept.length ? [{ level: r.level, parts: kept }] : [];
  })
  .filter((l) => turf.booleanIntersects(turf.multiLineString(l.parts), areaPolygon))
  .sort(
    (a, b) => a.level - b.level || a.parts[0][0][0] - b.parts[0][0][0] || a.parts[0][0][1] - b.parts[0][0][1],
  );

/** @type {Feature[]} */
const riverFeatures = [];
/** @type {Record<number, number>} */
const perClass = {};
for (const l of lines) {
  const cls = WDBII_CLASSES[l.level];
  if (!cls) throw new Error(`unexpected WDBII class ${l.level}`);
  const geometry =
    l.parts.length === 1
      ? { type: /** @type {const} */ ('LineString'), coordinates: l.parts[0] }
      : { type: /** @type {const} */ ('MultiLineString'), coordinates: l.parts };
  const nearCanalProbe = l.parts.some(
    (part) =>
      turf.pointToLineDistance(GRAND_CANAL_PROBE, turf.lineString(part), { units: 'kilometers' }) <
      GRAND_CANAL_PROBE_RADIUS_KM,
  );
  const common = {
    class: l.level,
    class_name: cls.name,
    kind: cls.canal ? 'canal' : 'river',
    precision: 'approximate',
    precision_m: GSHHG_PRECISION_M,
    source: SOURCE_RIVERS,
  };
  if (l.level === 8 && nearCanalProbe) {
    riverFeatures.push(
      makeFeature(
        'grand-canal',
        {
          name_zh: '京杭运河',
          name_en: 'Grand Canal',
          aliases: ['京杭大运河', '江南运河', 'Jiangnan Canal', 'Beijing–Hangzhou Grand Canal'],
          label: true,
          ...common,
        },
        geometry,
      ),
    );
    continue;
  }
  perClass[l.level] = (perClass[l.level] ?? 0) + 1;
  riverFeatures.push(
    makeFeature(
      `wdbii-class${l.level}-${perClass[l.level]}`,
      {
        // Not identified with certainty: a neutral description, never drawn as a label.
        name_zh: cls.canal ? '运河（未命名）' : '河流（未命名）',
        name_en: cls.canal ? 'Canal (unnamed)' : 'River (unnamed)',
        label: false,
        ...common,
      },
      geometry,
    ),
  );
}
if (!riverFeatures.some((f) => f.id === 'grand-canal')) throw new Error('the Grand Canal was not found');

// ---- write --------------------------------------------------------------------------------

const lakesBytes = writeFeatureCollection(LAKES_OUT, lakeFeatures);
const riversBytes = writeFeatureCollection(RIVERS_OUT, riverFeatures);
console.log(`GMT ${gmtVersion}, GSHHG ${gshhgVersion}, region ${region}`);
for (const f of lakeFeatures) {
  const p = /** @type {Record<string, unknown>} */ (f.properties);
  console.log(
    `  ${String(f.id).padEnd(12)} ${String(countPositions(f.geometry)).padStart(5)} positions, ` +
      `${p.islands} islands, water ${p.area_km2} km², incl. islands ${p.area_incl_islands_km2} km²`,
  );
}
for (const w of dropped) {
  const b = ringBbox(w.ring).map((v) => v.toFixed(3));
  const where = bboxesIntersect(ringBbox(w.ring), AREA_BBOX) ? 'unidentified' : 'outside the area';
  console.log(`  dropped ${w.origin}, ${w.ring.length} positions, ${b.join(',')}: ${where}`);
}
console.log(`wrote geo/basemap/lakes.geojson (${(lakesBytes / 1024).toFixed(1)} kB)`);
for (const f of riverFeatures) {
  console.log(`  ${String(f.id).padEnd(16)} ${String(countPositions(f.geometry)).padStart(5)} positions`);
}
console.log(`wrote geo/basemap/rivers.geojson (${(riversBytes / 1024).toFixed(1)} kB)`);
