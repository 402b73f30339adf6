/**
 * Markers too many to stand side by side at a zoom are drawn as one counted marker: a pure
 * function of the points, the zoom and the marker's size. Only markers that a block cannot keep
 * apart for the whole zoom step are counted together; all others stay markers.
 */
import { spreadOffsets, type SpreadPoint } from './spread.ts';

export interface MarkerCluster {
  /** The markers it stands for, in the order of the input. */
  ids: string[];
  /** Its centre: the mean of its members' positions in Web Mercator. */
  lon: number;
  lat: number;
  /** Its members' bounds [west, south, east, north], to zoom to. */
  bbox: [number, number, number, number];
}

export interface Clustering {
  clusters: MarkerCluster[];
  /** The points left to stand on their own (and be spread apart). */
  singles: SpreadPoint[];
}

/** Web Mercator x, y in pixels at a zoom (512 px world at zoom 0). */
function project(lon: number, lat: number, zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

function unproject(x: number, y: number, zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The cluster of these markers: centred on the mean of their Web Mercator positions (the same at
 * every zoom, as Mercator scales evenly), bounding them.
 */
export function clusterOf(members: readonly SpreadPoint[]): MarkerCluster {
  const xy = members.map((p) => project(p.lon, p.lat, 0));
  const x = xy.reduce((s, [px]) => s + px, 0) / xy.length;
  const y = xy.reduce((s, [, py]) => s + py, 0) / xy.length;
  const [lon, lat] = unproject(x, y, 0);
  const lons = members.map((p) => p.lon);
  const lats = members.map((p) => p.lat);
  return {
    ids: members.map((p) => p.id),
    lon,
    lat,
    bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
  };
}

/** A point standing for one marker or a cluster of them: its members' indices in the input. */
interface Item extends SpreadPoint {
  members: number[];
}

/**
 * The markers at one whole zoom: set side by side where they would touch (spreadOffsets), and
 * where that still leaves two touching somewhere in the zoom step, those two drawn as one
 * cluster at their members' centre, spread again with the rest, until nothing touches.
 * `markerPx(z)` is the room a marker (or a cluster, drawn the same size) needs, `iconScale(z)`
 * its icon-size; the offsets are in marker-image pixels as spreadOffsets gives them.
 */
export function spreadOrCluster(
  points: readonly SpreadPoint[],
  zoom: number,
  markerPx: (zoom: number) => number,
  iconScale: (zoom: number) => number,
): Clustering & { offsets: Map<string, [number, number]>; clusterOffsets: [number, number][] } {
  let items: Item[] = points.map((p, i) => ({ ...p, members: [i] }));
  let offsets = new Map<string, [number, number]>();
  for (let round = 0; round <= points.length; round++) {
    const spread = spreadOffsets(items, [zoom], markerPx, iconScale, 1);
    offsets = new Map(items.map((it) => [it.id, spread.get(it.id)![0]!]));
    const pairs = touchingInStep(items, offsets, zoom, markerPx, iconScale);
    if (pairs.length === 0) break;
    const parent = items.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const [i, j] of pairs) parent[find(i)] = find(j);
    const groups = new Map<number, number[]>();
    items.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
    items = [...groups.values()].map((group) => {
      if (group.length === 1) return items[group[0]!]!;
      const members = group.flatMap((i) => items[i]!.members).sort((a, b) => a - b);
      const { lon, lat } = clusterOf(members.map((m) => points[m]!));
      return { id: `cluster:${members.join(',')}`, lon, lat, members };
    });
  }
  const clusters: MarkerCluster[] = [];
  const clusterOffsets: [number, number][] = [];
  const singles: SpreadPoint[] = [];
  for (const item of items) {
    if (item.members.length === 1) {
      singles.push(points[item.members[0]!]!);
      continue;
    }
    clusters.push(clusterOf(item.members.map((m) => points[m]!)));
    clusterOffsets.push(offsets.get(item.id)!);
  }
  return { clusters, singles, offsets, clusterOffsets };
}

/** The pairs of items whose drawn squares touch anywhere in the zoom step from `zoom`. */
function touchingInStep(
  items: readonly SpreadPoint[],
  offsets: Map<string, [number, number]>,
  zoom: number,
  markerPx: (zoom: number) => number,
  iconScale: (zoom: number) => number,
): [number, number][] {
  const found = new Set<string>();
  const out: [number, number][] = [];
  for (let k = 0; k <= 20; k++) {
    const z = zoom + Math.min(k / 20, 0.999);
    const size = iconScale(z);
    const room = markerPx(z);
    const at = items.map((p) => {
      const [x, y] = project(p.lon, p.lat, z);
      const [dx, dy] = offsets.get(p.id)!;
      return [x + dx * size, y + dy * size] as const;
    });
    for (let i = 0; i < at.length; i++)
      for (let j = i + 1; j < at.length; j++) {
        if (Math.abs(at[i]![0] - at[j]![0]) >= room || Math.abs(at[i]![1] - at[j]![1]) >= room) continue;
        if (found.has(`${i},${j}`)) continue;
        found.add(`${i},${j}`);
        out.push([i, j]);
      }
  }
  return out;
}
