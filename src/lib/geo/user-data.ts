/**
 * A planner's own GeoJSON, read for display over the report's places: parsed, checked and brought
 * to WGS84 (data from Amap/Tencent is GCJ-02, from Baidu BD-09, from planning offices CGCS2000
 * Gauss–Krüger metres: converted here, never mixed silently). Pure: bad input becomes a problem in
 * both languages, never an exception.
 */
import gcoord from 'gcoord';
import { detectProjected, namedEpsg, toLonLat, type ProjectedCrs } from './projected';
import type { Feature, FeatureCollection, Geometry, GeometryCollection, Position } from 'geojson';
import type { Bilingual } from '../i18n/lang';

export type UserCrs = 'WGS84' | 'GCJ02' | 'BD09';
export const USER_CRS: readonly UserCrs[] = ['WGS84', 'GCJ02', 'BD09'];

/** More than this many features would slow the map on a phone; the planner is told to thin them. */
export const MAX_USER_FEATURES = 20_000;
/** Files larger than this are refused before they are read. */
export const MAX_USER_FILE_BYTES = 20 * 1024 * 1024;
/** The region the atlas can show (its camera's limits): data wholly outside it would be invisible. */
const REGION = { west: 118.5, south: 30, east: 121.5, north: 33 };

export interface UserData {
  name: string;
  data: FeatureCollection;
  counts: { points: number; lines: number; areas: number };
  /** Features without a geometry, left out. */
  skipped: number;
  bbox: [number, number, number, number];
  /** What the coordinates were converted from (EPSG:4549, EPSG:4528, GCJ02, BD09), or null when they were WGS84. */
  convertedFrom: string | null;
}

export type UserDataResult = { ok: true; value: UserData } | { ok: false; problem: Bilingual };

const DRAWABLE = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);

function fail(zh: string, en: string): UserDataResult {
  return { ok: false, problem: { zh, en } };
}

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Every position of a drawable geometry, or null when its coordinates are not nested as its type says. */
function positions(g: Geometry): Position[] | null {
  const c = (g as { coordinates?: unknown }).coordinates;
  const depth = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[
    g.type as 'Point'
  ];
  const out: Position[] = [];
  const walk = (value: unknown, level: number): boolean => {
    if (level === 0) {
      if (!isPosition(value)) return false;
      out.push(value);
      return true;
    }
    return Array.isArray(value) && value.every((v) => walk(v, level - 1));
  };
  return walk(c, depth) ? out : null;
}

/** Features of any GeoJSON object: a FeatureCollection, a Feature, a bare geometry or a collection of them. */
function toFeatures(json: unknown): Feature<Geometry | null>[] | null {
  if (!json || typeof json !== 'object') return null;
  const o = json as { type?: unknown };
  if (o.type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    return Array.isArray(features) ? (features as Feature<Geometry | null>[]) : null;
  }
  if (o.type === 'Feature') return [json as Feature<Geometry | null>];
  if (o.type === 'GeometryCollection') {
    const geometries = (json as GeometryCollection).geometries;
    return Array.isArray(geometries)
      ? geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }))
      : null;
  }
  if (typeof o.type === 'string' && DRAWABLE.has(o.type))
    return [{ type: 'Feature', properties: {}, geometry: json as Geometry }];
  return null;
}

/** The same features with every position converted from the projection's metres to degrees. */
function unproject(data: FeatureCollection<Geometry>, projection: ProjectedCrs): FeatureCollection<Geometry> {
  const convert = toLonLat(projection);
  const map = (value: unknown): unknown =>
    isPosition(value) ? convert(value) : Array.isArray(value) ? value.map(map) : value;
  return {
    type: 'FeatureCollection',
    features: data.features.map((f) => ({
      ...f,
      geometry: {
        type: f.geometry.type,
        coordinates: map((f.geometry as Exclude<Geometry, GeometryCollection>).coordinates),
      } as Geometry,
    })),
  };
}

/** Splits geometry collections inside features into one feature per member. */
function flatten(features: Feature<Geometry | null>[]): Feature<Geometry | null>[] {
  return features.flatMap((f) =>
    f?.geometry?.type === 'GeometryCollection'
      ? f.geometry.geometries.map((geometry) => ({ ...f, geometry }))
      : [f],
  );
}

export function parseUserData(text: string, fileName: string, crs: UserCrs): UserDataResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`“${fileName}”不是有效的 JSON 文件（${why}）。`, `“${fileName}” is not valid JSON (${why}).`);
  }
  const raw = toFeatures(json);
  if (!raw)
    return fail(
      `“${fileName}”不是 GeoJSON：需要 FeatureCollection、Feature 或几何对象。`,
      `“${fileName}” is not GeoJSON: a FeatureCollection, a Feature or a geometry is needed.`,
    );
  const all = flatten(raw);
  const features: Feature<Geometry>[] = [];
  const allPositions: Position[] = [];
  let skipped = 0;
  const counts = { points: 0, lines: 0, areas: 0 };
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [i, f] of all.entries()) {
    if (!f || typeof f !== 'object' || f.type !== 'Feature')
      return fail(
        `“${fileName}”的第 ${i + 1} 个要素不是 Feature。`,
        `Feature ${i + 1} of “${fileName}” is not a Feature.`,
      );
    if (f.geometry === null || f.geometry === undefined) {
      skipped++;
      continue;
    }
    const type = f.geometry.type;
    if (!DRAWABLE.has(type))
      return fail(
        `“${fileName}”的第 ${i + 1} 个要素的几何类型“${String(type).slice(0, 30)}”无法识别。`,
        `Feature ${i + 1} of “${fileName}” has an unknown geometry type “${String(type).slice(0, 30)}”.`,
      );
    const ps = positions(f.geometry);
    if (!ps || ps.length === 0)
      return fail(
        `“${fileName}”的第 ${i + 1} 个要素的坐标不完整或不是数字。`,
        `Feature ${i + 1} of “${fileName}” has missing or non-numeric coordinates.`,
      );
    // One by one: spreading a long outline (100,000+ vertices) into push() overflows the call stack.
    for (const p of ps) allPositions.push(p);
    if (type.endsWith('Point')) counts.points++;
    else if (type.endsWith('LineString')) counts.lines++;
    else counts.areas++;
    // GeoJSON properties are an object or null; anything else is dropped rather than handed to the map.
    const properties =
      f.properties && typeof f.properties === 'object' && !Array.isArray(f.properties) ? f.properties : {};
    features.push({ type: 'Feature', properties, geometry: f.geometry });
    if (features.length > MAX_USER_FEATURES)
      return fail(
        `“${fileName}”的要素超过 ${MAX_USER_FEATURES.toLocaleString('en-US')} 个，地图会变慢。请先精简或拆分数据。`,
        `“${fileName}” has more than ${MAX_USER_FEATURES.toLocaleString('en-US')} features, too many for a smooth map. Thin or split it first.`,
      );
  }
  if (features.length === 0)
    return fail(`“${fileName}”中没有可显示的要素。`, `“${fileName}” has no feature that can be drawn.`);

  // Metres rather than degrees: CGCS2000 Gauss–Krüger, converted when it is one of the two zones
  // planners around Wujin use, explained otherwise.
  const inMetres = allPositions.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
  let projection: ProjectedCrs | null = null;
  if (inMetres) {
    projection = detectProjected(allPositions, namedEpsg(json));
    if (!projection)
      return fail(
        `“${fileName}”的坐标（${inMetres[0]}, ${inMetres[1]}）是投影坐标（米），但不是本图能识别的 CGCS2000 高斯-克吕格 3 度带（中央经线 120°，EPSG:4549 或 EPSG:4528）。请先转换为经纬度（WGS84，EPSG:4326）再加载。`,
        `The coordinates of “${fileName}” (${inMetres[0]}, ${inMetres[1]}) are projected (metres) but not in a projection this atlas reads (CGCS2000 3-degree Gauss–Krüger, central meridian 120° E: EPSG:4549 or EPSG:4528). Convert them to longitude/latitude (WGS84, EPSG:4326) first.`,
      );
  }

  // gcoord converts in place: the features above are fresh objects, but their geometries are the caller's.
  const data: FeatureCollection<Geometry> = { type: 'FeatureCollection', features };
  const wgs84 = projection
    ? unproject(data, projection)
    : crs === 'WGS84'
      ? data
      : // gcoord has its own GeoJSON types; the shapes are the same.
        (gcoord.transform(
          structuredClone(data) as unknown as Parameters<typeof gcoord.transform>[0],
          gcoord[crs],
          gcoord.WGS84,
        ) as unknown as FeatureCollection<Geometry>);
  for (const f of wgs84.features) {
    for (const [x, y] of positions(f.geometry) ?? []) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  if (e < REGION.west || w > REGION.east || n < REGION.south || s > REGION.north)
    return fail(
      `“${fileName}”的数据位于经度 ${w.toFixed(2)}–${e.toFixed(2)}、纬度 ${s.toFixed(2)}–${n.toFixed(2)}，不在本图范围（武进及周边）内。`,
      `“${fileName}” lies at longitude ${w.toFixed(2)}–${e.toFixed(2)}, latitude ${s.toFixed(2)}–${n.toFixed(2)}, outside this atlas (Wujin and its surroundings).`,
    );
  return {
    ok: true,
    value: {
      name: fileName,
      data: wgs84,
      counts,
      skipped,
      bbox: [w, s, e, n],
      convertedFrom: projection ? `EPSG:${projection.epsg}` : crs === 'WGS84' ? null : crs,
    },
  };
}
