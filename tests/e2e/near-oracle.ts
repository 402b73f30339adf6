/**
 * An independent answer to "which places are within r metres, nearest first", for judging the
 * near-me list: a local flat-earth projection around the origin (metres east and north; under
 * 0.1 % off within 10 km at this latitude), point-to-segment distances and an even-odd inside
 * test, with no code shared with the atlas. Places whose distance lies within the tolerance of the
 * radius, or of each other, may fall either way, so the comparison allows for exactly those.
 */
import { expect } from 'vitest';
import { layerFeatures } from '../oracles/layer-files';

type Pos = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
  geometries?: Geometry[];
}
interface Place {
  id: string;
  geometry: Geometry | null;
}

/** Every place of the layer files, read straight from disk. */
export function placesFromFiles(): Place[] {
  return layerFeatures().map((f) => ({ id: f.properties.id, geometry: f.geometry }));
}

const R = 6_371_008.8;

function project(origin: [number, number]): (p: Pos) => [number, number] {
  const rad = Math.PI / 180;
  const kx = R * rad * Math.cos(origin[1] * rad);
  const ky = R * rad;
  return (p) => [(p[0] - origin[0]) * kx, (p[1] - origin[1]) * ky];
}

function segmentM([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function pathM(points: [number, number][]): number {
  if (points.length === 1) return Math.hypot(...points[0]);
  let best = Infinity;
  for (let i = 1; i < points.length; i++) best = Math.min(best, segmentM(points[i - 1], points[i]));
  return best;
}

/** Even-odd rule: is the origin (0, 0) inside the ring? */
function encloses(ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > 0 !== yj > 0 && 0 < ((xj - xi) * (0 - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceM(g: Geometry, at: (p: Pos) => [number, number]): number {
  const c = g.coordinates as never;
  switch (g.type) {
    case 'Point':
      return Math.hypot(...at(c));
    case 'MultiPoint':
      return Math.min(...(c as Pos[]).map((p) => Math.hypot(...at(p))));
    case 'LineString':
      return pathM((c as Pos[]).map(at));
    case 'MultiLineString':
      return Math.min(...(c as Pos[][]).map((l) => pathM(l.map(at))));
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = (g.type === 'Polygon' ? [c] : c) as Pos[][][];
      let best = Infinity;
      for (const rings of polygons) {
        const projected = rings.map((r) => r.map(at));
        // Inside the outer ring and outside every hole.
        if (encloses(projected[0]) && !projected.slice(1).some(encloses)) return 0;
        for (const r of projected) best = Math.min(best, pathM(r));
      }
      return best;
    }
    case 'GeometryCollection':
      return Math.min(...(g.geometries ?? []).map((x) => distanceM(x, at)));
    default:
      return Infinity;
  }
}

/** Metres from `origin` to the nearest point of `geometry` (0 inside an area), on the flat projection around it. */
export function distanceFromM(origin: [number, number], geometry: Geometry): number {
  return distanceM(geometry, project(origin));
}

/** Each located place with its distance from the origin, nearest first. */
export function oracleDistances(
  places: Place[],
  origin: [number, number],
): { id: string; distanceM: number }[] {
  const at = project(origin);
  return places
    .filter((p) => p.geometry)
    .map((p) => ({ id: p.id, distanceM: distanceM(p.geometry!, at) }))
    .sort((a, b) => a.distanceM - b.distanceM);
}

/**
 * Checks the ids the page lists against the oracle: every place clearly inside the radius is
 * listed, none clearly outside is, and the order agrees except between places within the
 * tolerance of each other.
 */
export function expectNearList(
  shown: string[],
  places: Place[],
  origin: [number, number],
  radiusM: number,
  options: { exclude?: string; toleranceM?: number } = {},
): void {
  const tol = options.toleranceM ?? 25;
  const all = oracleDistances(places, origin).filter((d) => d.id !== options.exclude);
  const clearlyIn = all.filter((d) => d.distanceM <= radiusM - tol).map((d) => d.id);
  const clearlyOut = new Set(all.filter((d) => d.distanceM > radiusM + tol).map((d) => d.id));
  expect(shown).toEqual(expect.arrayContaining(clearlyIn));
  expect(shown.filter((id) => clearlyOut.has(id))).toEqual([]);
  const distance = new Map(all.map((d) => [d.id, d.distanceM]));
  for (let i = 1; i < shown.length; i++) {
    const before = distance.get(shown[i - 1])!;
    const after = distance.get(shown[i])!;
    expect(after, `${shown[i - 1]} (${before} m) before ${shown[i]} (${after} m)`).toBeGreaterThanOrEqual(
      before - tol,
    );
  }
}
