/**
 * Markers that would cover each other on screen are set side by side in a compact block of cells
 * round their common centre, at every zoom: a pure function of the points, the zoom levels and the marker's size.
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
 * markers do not touch at a zoom get [0, 0] there. `markerPx(zoom)` is the screen room a marker
 * needs and `iconScale(zoom)` the icon-size it is drawn at. `spanZoom`: the offsets of a zoom are
 * drawn up to that much deeper too (MapLibre evaluates a layout property once per tile, at the
 * tile's whole zoom, while the points move apart as the view zooms on), so they are checked there.
 */
export function spreadOffsets(
  points: readonly SpreadPoint[],
  zooms: readonly number[],
  markerPx: (zoom: number) => number,
  iconScale: (zoom: number) => number,
  spanZoom = 0,
): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>(points.map((p) => [p.id, []]));
  const fractions =
    spanZoom > 0 ? Array.from({ length: 11 }, (_, i) => (Math.min(i, 9.99) / 10) * spanZoom) : [0];
  for (const zoom of zooms) {
    const xy = points.map((p) => project(p.lon, p.lat, zoom));
    const scale = iconScale(zoom);
    const room = Math.max(...fractions.map((f) => markerPx(zoom + f)));
    // Where the markers are drawn at zoom + f with the offsets placed at zoom.
    const drawnAt = (placed: [number, number][], f: number): [number, number][] =>
      placed.map(([x, y], i) => {
        const k = iconScale(zoom + f) / scale;
        const [tx, ty] = xy[i]!;
        return [tx * 2 ** f + (x - tx) * k, ty * 2 ** f + (y - ty) * k];
      });
    let best: [number, number][] = xy;
    // A wider block when the markers of one block would still meet somewhere in the span.
    for (const widen of [1, 1.15, 1.3, 1.5, 1.8]) {
      const d = room * widen;
      // Groups: points linked by markers that touch (single linkage), found by union-find; a
      // group's block that reaches another marker joins that marker's group, until no two touch.
      // Touching is judged on squares, as MapLibre's collision boxes are: a diagonal neighbour
      // one marker away on a circle would still share a corner of its box.
      const parent = points.map((_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
      const linkTouching = (placed: [number, number][]): boolean => {
        let linked = false;
        for (const f of fractions) {
          for (const [i, j] of touchingPairs(drawnAt(placed, f), f === 0 ? d : markerPx(zoom + f))) {
            if (find(i) === find(j)) continue;
            parent[find(i)] = find(j);
            linked = true;
          }
        }
        return linked;
      };
      linkTouching(xy);
      let placed = blockPositions(xy, find, d);
      for (let round = 0; round < 40 && linkTouching(placed); round++) placed = blockPositions(xy, find, d);
      best = placed;
      const clear = fractions.every(
        (f) => touchingPairs(drawnAt(placed, f), markerPx(zoom + f)).length === 0,
      );
      if (clear) break;
    }
    points.forEach((p, i) => {
      out.get(p.id)!.push([(best[i]![0] - xy[i]![0]) / scale, (best[i]![1] - xy[i]![1]) / scale]);
    });
  }
  return out;
}

/**
 * The pairs [i, j] of markers at `at` whose squares of side d overlap (as MapLibre's square
 * collision boxes would), found by a sweep along x rather than by comparing every pair.
 */
function touchingPairs(at: readonly [number, number][], d: number): [number, number][] {
  const order = at.map((_, i) => i).sort((a, b) => at[a]![0] - at[b]![0]);
  const pairs: [number, number][] = [];
  for (let s = 0; s < order.length; s++) {
    const i = order[s]!;
    for (let t = s + 1; t < order.length; t++) {
      const j = order[t]!;
      if (at[j]![0] - at[i]![0] >= d) break;
      if (Math.abs(at[i]![1] - at[j]![1]) < d) pairs.push([i, j]);
    }
  }
  return pairs;
}

/**
 * The n cells of side d nearest a centre, as offsets from it: of the four ways to lay the grid
 * (a cell on the centre, or a cell edge or corner on it) the one whose cells lie nearest in sum,
 * so two markers sit side by side and four in a square.
 */
function nearestCells(n: number, d: number): [number, number][] {
  // The block's shape depends only on n (d scales it), and every round of every zoom asks for
  // it again: laid out once per n, as sorting the candidate cells was most of the spreading's
  // cost, on the main thread before the map's first frame.
  let unit = unitCells.get(n);
  if (!unit) unitCells.set(n, (unit = layCells(n, 1)));
  return unit.map(([x, y]) => [x * d, y * d]);
}

const unitCells = new Map<number, [number, number][]>();

function layCells(n: number, d: number): [number, number][] {
  let best: [number, number][] = [];
  let bestCost = Infinity;
  const reach = Math.ceil(Math.sqrt(n)) + 1;
  for (const [ox, oy] of [
    [0, 0],
    [0.5, 0],
    [0, 0.5],
    [0.5, 0.5],
  ] as const) {
    const cells: [number, number][] = [];
    for (let i = -reach; i <= reach; i++)
      for (let j = -reach; j <= reach; j++) cells.push([(i + ox) * d, (j + oy) * d]);
    // Nearest first; ties broken by angle so the layout does not depend on the sort's stability.
    cells.sort(
      (a, b) => Math.hypot(...a) - Math.hypot(...b) || Math.atan2(a[1], a[0]) - Math.atan2(b[1], b[0]),
    );
    const chosen = cells.slice(0, n);
    const cost = chosen.reduce((sum, c) => sum + Math.hypot(...c), 0);
    if (cost < bestCost - 1e-9) {
      best = chosen;
      bestCost = cost;
    }
  }
  return best;
}

/** Where each marker goes: alone, where it is; in a group, in the cell of the group's block nearest its own position. */
function blockPositions(xy: [number, number][], find: (i: number) => number, d: number): [number, number][] {
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
    const cells = nearestCells(members.length, d).map(([dx, dy]) => [cx + dx, cy + dy] as const);
    // Each marker takes the free cell nearest its own position, the closest pairs first, so
    // markers keep their relative arrangement and move as little as the block allows.
    const pairs: [number, number, number][] = [];
    members.forEach((i) =>
      cells.forEach(([x, y], c) => pairs.push([Math.hypot(x - xy[i]![0], y - xy[i]![1]), i, c])),
    );
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const taken = new Set<number>();
    const done = new Set<number>();
    for (const [, i, c] of pairs) {
      if (done.has(i) || taken.has(c)) continue;
      placed[i] = [cells[c]![0], cells[c]![1]];
      done.add(i);
      taken.add(c);
    }
  }
  return placed;
}
