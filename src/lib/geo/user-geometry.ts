/**
 * The shapes of a planner's file as the reader meets them: which geometries can be drawn, whether
 * their coordinates are nested as their type says, walking and mapping every position, and the
 * repairs made before drawing (geometry collections split, degenerate rings dropped). Part of
 * user-data.ts; pure.
 */
import type { Feature, Geometry, GeometryCollection, Position } from 'geojson';

export const DRAWABLE = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);
export const DEPTH = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
} as const;

export function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Whether coordinates are nested as the type says, with numbers at the bottom (iterative: no stack limit). */
export function wellNested(value: unknown, depth: number): boolean {
  let level: unknown[] = [value];
  for (let d = depth; d > 0; d--) {
    const next: unknown[] = [];
    for (const v of level) {
      if (!Array.isArray(v)) return false;
      for (const x of v) next.push(x);
    }
    level = next;
  }
  return level.length > 0 && level.every(isPosition);
}

/** Calls `fn` on every position of a drawable geometry (well nested, checked before). */
export function eachPosition(g: Geometry, fn: (p: Position) => void): void {
  const c = (g as Exclude<Geometry, GeometryCollection>).coordinates as unknown;
  const walk = (value: unknown, level: number): void => {
    if (level === 0) fn(value as Position);
    else for (const v of value as unknown[]) walk(v, level - 1);
  };
  walk(c, DEPTH[g.type as keyof typeof DEPTH]);
}

/** The same geometry with every position mapped (a fresh object: the file's arrays are not changed). */
export function mapPositions(g: Geometry, fn: (p: Position) => Position): Geometry {
  const walk = (value: unknown, level: number): unknown =>
    level === 0 ? fn(value as Position) : (value as unknown[]).map((v) => walk(v, level - 1));
  return {
    type: g.type,
    coordinates: walk(
      (g as Exclude<Geometry, GeometryCollection>).coordinates,
      DEPTH[g.type as keyof typeof DEPTH],
    ),
  } as Geometry;
}

/** Features of any GeoJSON object: a FeatureCollection, a Feature, a bare geometry or a collection of them. */
export function geoJsonFeatures(json: unknown): unknown[] | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const o = json as { type?: unknown };
  if (o.type === 'FeatureCollection') {
    const features = (json as { features?: unknown }).features;
    return Array.isArray(features) ? features : null;
  }
  if (o.type === 'Feature') return [json];
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

/** Splits geometry collections inside features into one feature per member (one level; deeper ones are refused). */
export function flatten(features: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const f of features) {
    const g = (f as Feature | null)?.geometry;
    if (g && typeof g === 'object' && g.type === 'GeometryCollection' && Array.isArray(g.geometries))
      for (const geometry of g.geometries) out.push({ ...(f as Feature), geometry });
    else out.push(f);
  }
  return out;
}

/**
 * Rings of fewer than four positions enclose nothing: they are dropped, and a polygon whose outer
 * ring goes goes with it. Returns the geometry (null when nothing is left) and how many rings went.
 */
export function dropDegenerateRings(g: Geometry): { geometry: Geometry | null; dropped: number } {
  const fix = (rings: Position[][]): { rings: Position[][] | null; dropped: number } => {
    if (rings.length === 0 || rings[0].length < 4) return { rings: null, dropped: Math.max(1, rings.length) };
    const kept = rings.filter((r) => r.length >= 4);
    return { rings: kept, dropped: rings.length - kept.length };
  };
  if (g.type === 'Polygon') {
    const r = fix(g.coordinates);
    return { geometry: r.rings ? { type: 'Polygon', coordinates: r.rings } : null, dropped: r.dropped };
  }
  if (g.type === 'MultiPolygon') {
    let dropped = 0;
    const polygons: Position[][][] = [];
    for (const p of g.coordinates) {
      const r = fix(p);
      dropped += r.dropped;
      if (r.rings) polygons.push(r.rings);
    }
    return { geometry: polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null, dropped };
  }
  return { geometry: g, dropped: 0 };
}

export function bboxOf(g: Geometry): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(g, ([x, y]) => {
    if (x < w) w = x;
    if (y < s) s = y;
    if (x > e) e = x;
    if (y > n) n = y;
  });
  return [w, s, e, n];
}

/** Up to `max` positions of a geometry per feature, for guessing a zone from the eastings. */
export function positionsOf(g: Geometry, max: number): Position[] {
  const out: Position[] = [];
  eachPosition(g, (p) => {
    if (out.length < max) out.push(p);
  });
  return out;
}
