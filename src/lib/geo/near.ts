/**
 * Near me, as pure functions: how far a point is from each place of the report, measured to the
 * nearest EDGE of lines and areas (a lake 1 km away is 1 km to its shore, not to its middle), and
 * 0 inside an area. Geodesic distances in metres.
 */
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceFeature } from '../catalog/types';

export type LonLat = [lon: number, lat: number];

export interface NearHit {
  place: PlaceFeature;
  /** Metres from the origin to the place's nearest point (0 inside an area). */
  distanceM: number;
  /** The origin lies inside the place's area. */
  inside: boolean;
}

/** The widest search the atlas offers is 10 km; anything beyond 50 km is not "near". */
export const MAX_RADIUS_M = 50_000;

function isLonLat(p: unknown): p is LonLat {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0] as number) <= 180 &&
    Math.abs(p[1] as number) <= 90
  );
}

function pointDistanceM(a: LonLat, b: Position): number {
  return distance(a, [b[0], b[1]], { units: 'meters' });
}

function lineDistanceM(p: LonLat, line: Position[]): number {
  if (line.length === 0) return Infinity;
  if (line.length === 1) return pointDistanceM(p, line[0]);
  return pointToLineDistance(p, { type: 'LineString', coordinates: line }, { units: 'meters' });
}

/** Distance to a polygon: 0 inside (holes excluded), else to the nearest ring. */
function polygonDistanceM(p: LonLat, rings: Position[][]): number {
  if (rings.length === 0) return Infinity;
  if (booleanPointInPolygon(p, { type: 'Polygon', coordinates: rings })) return 0;
  return Math.min(...rings.map((ring) => lineDistanceM(p, ring)));
}

function geometryDistanceM(p: LonLat, g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return pointDistanceM(p, g.coordinates);
    case 'MultiPoint':
      return Math.min(Infinity, ...g.coordinates.map((c) => pointDistanceM(p, c)));
    case 'LineString':
      return lineDistanceM(p, g.coordinates);
    case 'MultiLineString':
      return Math.min(Infinity, ...g.coordinates.map((l) => lineDistanceM(p, l)));
    case 'Polygon':
      return polygonDistanceM(p, g.coordinates);
    case 'MultiPolygon':
      return Math.min(Infinity, ...g.coordinates.map((rings) => polygonDistanceM(p, rings)));
    case 'GeometryCollection':
      return Math.min(Infinity, ...g.geometries.map((child) => geometryDistanceM(p, child)));
  }
}

/**
 * Metres from a point to a place: to the point itself, to the nearest point of a line, to the
 * nearest edge of an area (0 when inside it). null when the place has no geometry.
 */
export function distanceToPlaceM(point: LonLat, feature: Feature<Geometry | null>): number | null {
  if (!isLonLat(point) || !feature?.geometry) return null;
  const d = geometryDistanceM(point, feature.geometry);
  return Number.isFinite(d) ? d : null;
}

function isArea(g: Geometry | null): boolean {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon';
}

type BBox = [number, number, number, number];
const boxes = new WeakMap<object, BBox | null>();

function boxOf(feature: PlaceFeature): BBox | null {
  const cached = boxes.get(feature);
  if (cached !== undefined) return cached;
  let box: BBox | null = null;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      box = box
        ? [Math.min(box[0], c[0]), Math.min(box[1], c[1]), Math.max(box[2], c[0]), Math.max(box[3], c[1])]
        : [c[0], c[1], c[0], c[1]];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  const g = feature.geometry;
  if (g) {
    if (g.type === 'GeometryCollection')
      g.geometries.forEach((child) => 'coordinates' in child && visit(child.coordinates));
    else visit(g.coordinates);
  }
  boxes.set(feature, box);
  return box;
}

/**
 * A lower bound of the metres from a point to a box: flat-earth metres per degree taken at the
 * box's or point's highest latitude (where a degree of longitude is shortest), less 2 %.
 */
function boxLowerBoundM(p: LonLat, [w, s, e, n]: BBox): number {
  const dLon = Math.max(0, w - p[0], p[0] - e);
  const dLat = Math.max(0, s - p[1], p[1] - n);
  const maxAbsLat = Math.min(89, Math.max(Math.abs(p[1]), Math.abs(s), Math.abs(n)));
  const mPerDegLat = 110_500 * 0.98;
  const mPerDegLon = 111_300 * 0.98 * Math.cos((maxAbsLat * Math.PI) / 180);
  return Math.hypot(dLon * mPerDegLon, dLat * mPerDegLat);
}

/**
 * Every located place within `radiusM` of the origin, nearest first (measured to the nearest
 * edge). Places inside which the origin lies come first; among them the smaller area first, as
 * the more specific answer. Unlocated places are left out. Bad input gives an empty list.
 */
export function nearby(
  catalog: { places: readonly PlaceFeature[] },
  origin: LonLat,
  radiusM: number,
): NearHit[] {
  if (!isLonLat(origin) || !Number.isFinite(radiusM) || radiusM <= 0) return [];
  const radius = Math.min(radiusM, MAX_RADIUS_M);
  const hits: (NearHit & { boxArea: number })[] = [];
  for (const place of catalog.places) {
    if (!place.geometry || place.properties.unlocated) continue;
    const box = boxOf(place);
    if (!box || boxLowerBoundM(origin, box) > radius) continue;
    const d = distanceToPlaceM(origin, place);
    if (d === null || d > radius) continue;
    const inside = d === 0 && isArea(place.geometry);
    hits.push({ place, distanceM: d, inside, boxArea: (box[2] - box[0]) * (box[3] - box[1]) });
  }
  hits.sort(
    (a, b) =>
      a.distanceM - b.distanceM ||
      Number(b.inside) - Number(a.inside) ||
      a.boxArea - b.boxArea ||
      a.place.properties.id.localeCompare(b.place.properties.id),
  );
  return hits.map(({ place, distanceM, inside }) => ({ place, distanceM, inside }));
}

/**
 * Whether a point lies in an area: a polygon feature, or the feature with `id` in a collection
 * (the district boundary, `wujin` in geo/basemap/district.geojson).
 */
export function pointInArea(
  point: LonLat,
  area: Feature<Geometry | null> | FeatureCollection<Geometry | null> | null | undefined,
  id?: string,
): boolean {
  if (!isLonLat(point) || !area) return false;
  const feature =
    area.type === 'FeatureCollection'
      ? area.features.find((f) => f.id === id || f.properties?.id === id)
      : (area as Feature<Geometry | null>);
  const g = feature?.geometry;
  if (!g || !isArea(g)) return false;
  return booleanPointInPolygon(point, g as Polygon | MultiPolygon);
}
