/**
 * A planner's own data, read for display over the report's places: checked and brought to WGS84
 * (data from Amap/Tencent is GCJ-02, from Baidu BD-09, from planning offices CGCS2000
 * Gauss–Krüger metres: converted here, never mixed silently). Every file format ends here as
 * GeoJSON-shaped features with what the file declares about its coordinates (see import/).
 * Pure: bad input becomes a problem in both languages, never an exception, and no text of a
 * JavaScript error ever reaches the planner.
 */
import gcoord from 'gcoord';
import { sanitizeProperties } from './user-attributes';
import {
  bboxOf,
  dropDegenerateRings,
  eachPosition,
  flatten,
  geoJsonFeatures,
  mapPositions,
  positionsOf,
  wellNested,
  DRAWABLE,
  DEPTH,
} from './user-geometry';
import {
  crsFromGeoJson,
  guessGaussKruger,
  toLonLat,
  type CrsDeclaration,
  type SupportedCrs,
} from './projected';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Bilingual } from '../i18n/lang';
import { FILE_REGION } from './extent';
import { importMessages } from '../i18n/messages/import';

export type UserCrs = 'WGS84' | 'GCJ02' | 'BD09';
export const USER_CRS: readonly UserCrs[] = ['WGS84', 'GCJ02', 'BD09'];

/** The formats a planner's file can come in. */
export type ImportFormat = 'geojson' | 'shapefile' | 'kml' | 'gpx' | 'csv' | 'xlsx' | 'dxf';

/**
 * More than this many features would make the map sluggish even off the main thread (MapLibre's
 * worker holds about 380 MB for 100,000 points, see the toolchain notes); the planner is told to thin them.
 */
export const MAX_USER_FEATURES = 200_000;
/** Files larger than this are refused before they are read. */
export const MAX_USER_FILE_BYTES = 100 * 1024 * 1024;
/** Where a planner's file may have data (./extent.ts): the camera can show all of it. */
export const USER_REGION = {
  west: FILE_REGION[0],
  south: FILE_REGION[1],
  east: FILE_REGION[2],
  north: FILE_REGION[3],
};

export interface UserData {
  name: string;
  /** The format the file was read as (absent in entries kept before formats were told apart). */
  format?: ImportFormat;
  data: FeatureCollection;
  counts: { points: number; lines: number; areas: number };
  /** Features without a geometry, left out. */
  skipped: number;
  bbox: [number, number, number, number];
  /** What the coordinates were converted from (EPSG:4549, EPSG:4528, GCJ02, BD09…), or null when they were WGS84. */
  convertedFrom: string | null;
  /** What the planner should know about what was loaded: features outside the region, rings dropped. */
  notices?: Bilingual[];
}

export type UserDataResult = { ok: true; value: UserData } | { ok: false; problem: Bilingual };

/** A file as a reader found it: features not yet checked, coordinates as the file has them. */
export interface RawLayer {
  name: string;
  format: ImportFormat;
  features: unknown[];
  /** What the file says its coordinates are (a GeoJSON `crs` member, a `.prj`), or null. */
  declared: CrsDeclaration | null;
  /** What the reader already knows the planner should hear (rows without coordinates…). */
  notices?: Bilingual[];
}

type ImportMessages = typeof importMessages.zh;
type Args<K extends keyof ImportMessages> = ImportMessages[K] extends (...a: infer A) => string ? A : [];

/** A message of the import catalogue in both languages. */
export function say<K extends keyof ImportMessages>(key: K, ...args: Args<K>): Bilingual {
  const text = (m: ImportMessages[K]): string =>
    typeof m === 'function' ? (m as (...a: Args<K>) => string)(...args) : (m as string);
  return { zh: text(importMessages.zh[key]), en: text(importMessages.en[key]) };
}

function fail(problem: Bilingual): UserDataResult {
  return { ok: false, problem };
}

/** A file name as a notice echoes it: printable and short. */
export function shownName(fileName: string): string {
  const clean = Array.from(fileName.replace(/[\p{C}]/gu, ''))
    .slice(0, 80)
    .join('');
  return clean.length < fileName.length ? `${clean}…` : clean || '?';
}

const isDegrees = ([x, y]: Position): boolean => Math.abs(x) <= 180 && Math.abs(y) <= 90;
/**
 * No projection the atlas reads gives a coordinate this large: Gauss–Krüger eastings with the zone
 * number in front stay under 46,000,000 m, web Mercator within ±20,037,509 m, northings within
 * ±10,002,000 m. A larger number is no position on Earth in any unit.
 */
const MAX_PROJECTED_M = 100_000_000;
/** Metres of a projection: no degree is ever this large, and no metre on Earth larger. */
const isMetres = ([x, y]: Position): boolean =>
  (Math.abs(x) > 1000 || Math.abs(y) > 1000) &&
  Math.abs(x) <= MAX_PROJECTED_M &&
  Math.abs(y) <= MAX_PROJECTED_M;

function inRegion([w, s, e, n]: readonly number[]): boolean {
  const r = USER_REGION;
  return !(e < r.west || w > r.east || n < r.south || s > r.north);
}

/**
 * Checks a reader's features and brings them to WGS84. A declared coordinate system is used when
 * the atlas supports it and refused, named, when it does not; undeclared metres are read as
 * CGCS2000 Gauss–Krüger only when the result lies in the region; degrees follow the planner's
 * word (WGS84, GCJ-02 or BD-09).
 */
export function buildUserData(
  raw: RawLayer,
  choice: UserCrs,
  onProgress?: (fraction: number) => void,
): UserDataResult {
  const file = shownName(raw.name);
  if (raw.declared && !raw.declared.ok) return fail(say('unsupportedCrs', file, raw.declared.name));
  const all = flatten(raw.features);
  const features: Feature<Geometry>[] = [];
  let skipped = 0;
  let ringsDropped = 0;
  let featuresWithRingsDropped = 0;
  let firstMetres: Position | null = null;
  let firstOdd: Position | null = null;
  let allSwapped = true;
  let anySmall = false;
  for (const [i, f] of all.entries()) {
    if (!f || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature')
      return fail(say('notFeature', file, i + 1));
    const g = (f as Feature<Geometry | null>).geometry;
    if (g === null || g === undefined) {
      skipped++;
      continue;
    }
    const type = (g as { type?: unknown }).type;
    if (typeof type !== 'string' || !DRAWABLE.has(type))
      return fail(say('unknownGeometry', file, i + 1, Array.from(String(type)).slice(0, 30).join('')));
    if (!wellNested((g as { coordinates?: unknown }).coordinates, DEPTH[type as keyof typeof DEPTH]))
      return fail(say('badCoordinates', file, i + 1));
    const { geometry, dropped } = dropDegenerateRings(g);
    if (dropped > 0) {
      ringsDropped += dropped;
      featuresWithRingsDropped++;
    }
    if (!geometry) continue;
    eachPosition(geometry, (p) => {
      if (isMetres(p)) firstMetres ??= p;
      else anySmall = true;
      if (!isMetres(p) && !isDegrees(p)) firstOdd ??= p;
      // Latitude where longitude belongs: both within ±90/±180 the other way round, latitude past 90.
      if (!(Math.abs(p[0]) <= 90 && Math.abs(p[1]) <= 180 && Math.abs(p[1]) > 90)) allSwapped = false;
    });
    features.push({
      type: 'Feature',
      properties: sanitizeProperties((f as Feature).properties),
      geometry,
    });
    if (features.length > MAX_USER_FEATURES) return fail(say('tooMany', file, MAX_USER_FEATURES));
    if (onProgress && i % 5000 === 0) onProgress((0.5 * i) / all.length);
  }
  if (features.length === 0) return fail(say('noFeatures', file));

  // Which system the coordinates are in: the file's word first, then what the numbers allow.
  let crs: SupportedCrs | null = raw.declared?.ok ? raw.declared.crs : null;
  const declaredProjected = crs?.kind === 'projected';
  const metres = firstMetres as Position | null;
  const odd = firstOdd as Position | null;
  if (!crs) {
    if (metres) {
      // Degrees beside metres: no single system fits the file.
      crs = anySmall ? null : guessGaussKruger(features.flatMap((f) => positionsOf(f.geometry, 1)));
      if (!crs) return fail(say('projectedUnknown', file, Math.round(metres[0]), Math.round(metres[1])));
    } else if (odd) {
      return fail(allSwapped ? say('swappedDegrees', file) : say('outOfRange', file, odd[0], odd[1]));
    }
  } else if (crs.kind === 'geographic' && (metres || odd)) {
    const p = (metres ?? odd) as Position;
    return fail(allSwapped ? say('swappedDegrees', file) : say('outOfRange', file, p[0], p[1]));
  }

  const convert: ((p: Position) => Position) | null =
    crs?.kind === 'projected'
      ? toLonLat(crs)
      : choice === 'WGS84'
        ? null
        : ([x, y, ...rest]) => [
            ...(gcoord.transform([x, y], gcoord[choice], gcoord.WGS84) as number[]),
            ...rest,
          ];
  const wgs84 = convert
    ? features.map((f) => ({ ...f, geometry: mapPositions(f.geometry, convert) }))
    : features;

  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  let outside = 0;
  for (const [i, f] of wgs84.entries()) {
    const b = bboxOf(f.geometry);
    if (!b.every(Number.isFinite)) return fail(say('badCoordinates', file, i + 1));
    if (!inRegion(b)) outside++;
    w = Math.min(w, b[0]);
    s = Math.min(s, b[1]);
    e = Math.max(e, b[2]);
    n = Math.max(n, b[3]);
    if (onProgress && i % 5000 === 0) onProgress(0.5 + (0.5 * i) / wgs84.length);
  }
  if (outside === wgs84.length) {
    // Guessed metres that land elsewhere were not Gauss–Krüger of this region: say so, not "outside".
    if (metres && !declaredProjected)
      return fail(say('projectedUnknown', file, Math.round(metres[0]), Math.round(metres[1])));
    return fail(say('outside', file, w, e, s, n));
  }
  const notices: Bilingual[] = [...(raw.notices ?? [])];
  if (outside > 0) notices.push(say('partlyOutside', file, outside, wgs84.length));
  if (ringsDropped > 0) notices.push(say('degenerateRings', file, ringsDropped, featuresWithRingsDropped));

  const counts = { points: 0, lines: 0, areas: 0 };
  for (const f of wgs84) {
    const type = f.geometry.type;
    if (type.endsWith('Point')) counts.points++;
    else if (type.endsWith('LineString')) counts.lines++;
    else counts.areas++;
  }
  return {
    ok: true,
    value: {
      name: raw.name,
      format: raw.format,
      data: { type: 'FeatureCollection', features: wgs84 },
      counts,
      skipped,
      bbox: [w, s, e, n],
      convertedFrom: crs?.kind === 'projected' ? crs.id : choice === 'WGS84' ? null : choice,
      notices,
    },
  };
}

export { geoJsonFeatures } from './user-geometry';
export { sanitizeProperties } from './user-attributes';

/** A GeoJSON text (what a `.geojson` holds, or a kept file) read as the planner's data. */
export function parseUserData(text: string, fileName: string, crs: UserCrs): UserDataResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(say('notJson', shownName(fileName)));
  }
  const features = geoJsonFeatures(json);
  if (!features) return fail(say('notGeoJson', shownName(fileName)));
  return buildUserData({ name: fileName, format: 'geojson', features, declared: crsFromGeoJson(json) }, crs);
}
