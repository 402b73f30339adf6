/**
 * Markers that would cover each other on screen are spread on a small ring around their common
 * centre, at every zoom: a pure function of the points, the zoom levels and the marker's size.
 * The offsets are in the marker image's own pixels (MapLibre scales `icon-offset` by `icon-size`),
 * one pair per zoom step, for an `icon-offset` that interpolates between them.
 */

export interface SpreadPoint {
  id: string;
  lon: number;
  lat: number;
}

/** World size in pixels at zoom 0 (MapLibre's 512 px tiles). */
const WORLD_PX = 512;

function project(lon: number, lat: number, zoom: number): [number, number] {
  const scale = WORLD_PX * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/**
 * Offsets, by point id, one [dx, dy] per entry of `zooms`, in marker-image pixels. Points whose
 * markers do not touch at a zoom get [0, 0] there. `markerPx(zoom)` is a marker's drawn diameter in
 * screen pixels and `iconScale(zoom)` the icon-size it is drawn at; `imagePx` the image's diameter.
 */
export function spreadOffsets(
  points: readonly SpreadPoint[],
  zooms: readonly number[],
  markerPx: (zoom: number) => number,
  iconScale: (zoom: number) => number,
): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>(points.map((p) => [p.id, []]));
  for (const zoom of zooms) {
    const d = markerPx(zoom);
    const xy = points.map((p) => project(p.lon, p.lat, zoom));
    // Groups: points linked by markers that touch (single linkage), found by union-find; a group's
    // ring that reaches another marker joins that marker's group, until no two markers touch.
    const parent = points.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const linkTouching = (at: [number, number][]): boolean => {
      let linked = false;
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          if (find(i) === find(j)) continue;
          const [ax, ay] = at[i]!;
          const [bx, by] = at[j]!;
          if (Math.hypot(ax - bx, ay - by) < d) {
            parent[find(i)] = find(j);
            linked = true;
          }
        }
      }
      return linked;
    };
    linkTouching(xy);
    let placed = ringPositions(xy, find, d);
    for (let round = 0; round < 8 && linkTouching(placed); round++) placed = ringPositions(xy, find, d);
    const scale = iconScale(zoom);
    points.forEach((p, i) => {
      out.get(p.id)!.push([(placed[i]![0] - xy[i]![0]) / scale, (placed[i]![1] - xy[i]![1]) / scale]);
    });
  }
  return out;
}

/** Where each marker goes: alone, where it is; in a group, on a ring round the group's centre. */
function ringPositions(xy: [number, number][], find: (i: number) => number, d: number): [number, number][] {
  const groups = new Map<number, number[]>();
  xy.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const placed: [number, number][] = xy.map(([x, y]) => [x, y]);
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    const cx = members.reduce((s, i) => s + xy[i]![0], 0) / members.length;
    const cy = members.reduce((s, i) => s + xy[i]![1], 0) / members.length;
    // Round the centre in the order of their bearing from it, so no marker crosses another's path.
    const bearing = (i: number) => Math.atan2(xy[i]![1] - cy, xy[i]![0] - cx);
    const order = [...members].sort((a, b) => bearing(a) - bearing(b));
    const n = order.length;
    // Neighbours on the ring are one marker apart (chord = d); up to 8 on a ring, more on a wider one.
    const radius = n <= 8 ? d / (2 * Math.sin(Math.PI / Math.max(n, 2))) : (d * n) / (2 * Math.PI);
    const start = bearing(order[0]!);
    order.forEach((i, k) => {
      const angle = start + (2 * Math.PI * k) / n;
      placed[i] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
    });
  }
  return placed;
}
