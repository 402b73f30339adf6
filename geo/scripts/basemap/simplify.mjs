/**
 * Simplifying polygons that share borders without opening gaps or overlaps between them.
 *
 * Each ring is cut into arcs at the positions where the set of polygons on the far side of the
 * boundary changes (junctions). An arc shared by two polygons is simplified once, in a canonical
 * direction, and the same result is given to both: their common border stays common. Douglas–
 * Peucker runs in metres on a local equirectangular projection, so the tolerance means the same
 * north–south and east–west.
 */
import { orient, positionKey as key, samePosition } from './positions.mjs';

/** @typedef {import('geojson').Position} Position */
/** @typedef {[number, number]} XY */

/**
 * A projection to metres good enough for tolerances near `lat0` (error < 1 % within ±1°).
 * @param {number} lat0
 * @returns {(p: Position) => XY}
 */
export function localMetres(lat0) {
  const mPerDegLat = 110574;
  const mPerDegLon = 111320 * Math.cos((lat0 * Math.PI) / 180);
  return (p) => [p[0] * mPerDegLon, p[1] * mPerDegLat];
}

/**
 * Distance from p to segment ab, all in metres.
 * @param {XY} p
 * @param {XY} a
 * @param {XY} b
 */
function segmentDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/**
 * Douglas–Peucker on an open polyline: keeps both ends and every position needed so that no
 * dropped position lies farther than `toleranceM` from the result.
 * @param {Position[]} points
 * @param {number} toleranceM
 * @param {(p: Position) => XY} project
 * @returns {Position[]}
 */
export function douglasPeucker(points, toleranceM, project) {
  const n = points.length;
  if (n <= 2 || toleranceM <= 0) return points.slice();
  const xy = points.map(project);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  /** @type {[number, number][]} */
  const stack = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = /** @type {[number, number]} */ (stack.pop());
    let maxD = -1;
    let idx = -1;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(xy[i], xy[a], xy[b]);
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (idx >= 0 && maxD > toleranceM) {
      keep[idx] = 1;
      stack.push([a, idx], [idx, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Segments of two polylines that cross or touch anywhere except at a shared end position.
 * @param {XY} a1
 * @param {XY} a2
 * @param {XY} b1
 * @param {XY} b2
 */
function segmentsIntersect(a1, a2, b1, b2) {
  /** @param {XY} p @param {XY} q @param {XY} r */
  const onSegment = (p, q, r) =>
    Math.min(p[0], r[0]) <= q[0] &&
    q[0] <= Math.max(p[0], r[0]) &&
    Math.min(p[1], r[1]) <= q[1] &&
    q[1] <= Math.max(p[1], r[1]);
  const o1 = orient(a1, a2, b1);
  const o2 = orient(a1, a2, b2);
  const o3 = orient(b1, b2, a1);
  const o4 = orient(b1, b2, a2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a1, b1, a2)) ||
    (o2 === 0 && onSegment(a1, b2, a2)) ||
    (o3 === 0 && onSegment(b1, a1, b2)) ||
    (o4 === 0 && onSegment(b1, a2, b2))
  );
}

/**
 * Indices of polylines that intersect another polyline, or themselves, other than where
 * segments share an end position (arcs meet at junctions; consecutive segments share a vertex).
 * @param {Position[][]} lines
 * @returns {Set<number>}
 */
export function findCrossingLines(lines) {
  /** @type {{ line: number, a: Position, b: Position, box: number[] }[]} */
  const segs = [];
  lines.forEach((l, li) => {
    for (let i = 0; i < l.length - 1; i++) {
      const a = l[i];
      const b = l[i + 1];
      segs.push({
        line: li,
        a,
        b,
        box: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
      });
    }
  });
  segs.sort((s, t) => s.box[0] - t.box[0]);
  const bad = new Set();
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    for (let j = i + 1; j < segs.length && segs[j].box[0] <= s.box[2]; j++) {
      const t = segs[j];
      if (t.box[1] > s.box[3] || t.box[3] < s.box[1]) continue;
      const shared =
        samePosition(s.a, t.a) || samePosition(s.a, t.b) || samePosition(s.b, t.a) || samePosition(s.b, t.b);
      if (shared) continue;
      if (
        segmentsIntersect(
          /** @type {XY} */ (s.a),
          /** @type {XY} */ (s.b),
          /** @type {XY} */ (t.a),
          /** @type {XY} */ (t.b),
        )
      ) {
        bad.add(s.line);
        bad.add(t.line);
      }
    }
  }
  return bad;
}

/**
 * Simplifies closed rings that may share borders, giving shared borders one simplification.
 * Arcs whose result crosses another arc are simplified again with half the tolerance until
 * nothing crosses (or they are back at their source positions).
 * @param {Position[][]} rings closed rings (already cleaned)
 * @param {number} toleranceM
 * @param {(p: Position) => XY} project
 * @param {{ twinToleranceM?: number }} [options] how far apart two traces of one border between
 *   the same junctions may lie and still be made one (default: the tolerance); a quantised
 *   source wants at least its grid cell's diagonal
 * @returns {{ rings: Position[][], arcs: number, sharedArcs: number, refinedArcs: number }}
 */
export function simplifySharedRings(rings, toleranceM, project, options = {}) {
  const open = rings.map((r) => r.slice(0, -1));
  /** @param {Position} a @param {Position} b */
  const edgeKey = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  /** @type {Map<string, Set<number>>} */
  const edgeRings = new Map();
  open.forEach((ring, ri) =>
    ring.forEach((p, i) => {
      const k = edgeKey(p, ring[(i + 1) % ring.length]);
      const set = edgeRings.get(k) ?? new Set();
      set.add(ri);
      edgeRings.set(k, set);
    }),
  );
  /** @param {Position} a @param {Position} b */
  const signature = (a, b) => [...(edgeRings.get(edgeKey(a, b)) ?? [])].sort((x, y) => x - y).join(',');

  // A position is a junction, in every ring that has it, when the rings on either side change there.
  const junctions = new Set();
  for (const ring of open) {
    const n = ring.length;
    ring.forEach((p, i) => {
      if (signature(ring[(i - 1 + n) % n], p) !== signature(p, ring[(i + 1) % n])) junctions.add(key(p));
    });
  }
  // A ring with no junction (an island, or a boundary with no neighbour in the data) is cut at two
  // fixed positions chosen from its coordinates alone, so the choice is stable between runs.
  for (const ring of open) {
    if (ring.some((p) => junctions.has(key(p)))) continue;
    let first = 0;
    ring.forEach((p, i) => {
      if (key(p) < key(ring[first])) first = i;
    });
    const xy0 = project(ring[first]);
    let far = first;
    let farD = -1;
    ring.forEach((p, i) => {
      const xy = project(p);
      const d = Math.hypot(xy[0] - xy0[0], xy[1] - xy0[1]);
      if (d > farD) {
        farD = d;
        far = i;
      }
    });
    junctions.add(key(ring[first]));
    junctions.add(key(ring[far]));
  }

  /** @typedef {{ points: Position[], toleranceM: number, result: Position[], rings: Set<number> }} Arc */
  /** @type {Map<string, Arc>} */
  const arcs = new Map();
  /** @param {string} k @returns {Arc} */
  const arcAt = (k) => {
    const arc = arcs.get(k);
    if (!arc) throw new Error(`no arc ${k}`);
    return arc;
  };
  /** @type {{ arcKey: string, reversed: boolean }[][]} */
  const ringArcs = open.map((ring, ri) => {
    const n = ring.length;
    const start = ring.findIndex((p) => junctions.has(key(p)));
    /** @type {{ arcKey: string, reversed: boolean }[]} */
    const parts = [];
    /** @type {Position[]} */
    let current = [ring[start]];
    for (let step = 1; step <= n; step++) {
      const p = ring[(start + step) % n];
      current.push(p);
      if (junctions.has(key(p))) {
        const forward = current.map(key).join(';');
        const backward = [...current].reverse().map(key).join(';');
        const reversed = backward < forward;
        const arcKey = reversed ? backward : forward;
        const arc = arcs.get(arcKey);
        if (arc) arc.rings.add(ri);
        else {
          const points = reversed ? [...current].reverse() : current;
          arcs.set(arcKey, { points, toleranceM, result: [], rings: new Set([ri]) });
        }
        parts.push({ arcKey, reversed });
        current = [p];
      }
    }
    return parts;
  });

  mergeNearTwins(arcs, ringArcs, options.twinToleranceM ?? toleranceM, project);

  /** @type {string[]} */
  const arcKeys = [...arcs.keys()];
  /** @type {Set<string>} */
  let refined = new Set();
  for (let round = 0; ; round++) {
    for (const k of arcKeys) {
      const arc = arcAt(k);
      if (round === 0 || refined.has(k)) arc.result = douglasPeucker(arc.points, arc.toleranceM, project);
    }
    const crossing = findCrossingLines(arcKeys.map((k) => arcAt(k).result));
    if (crossing.size === 0) break;
    refined = new Set();
    for (const i of crossing) {
      const arc = arcAt(arcKeys[i]);
      if (arc.toleranceM < 0.5) {
        throw new Error(`arc starting at ${key(arc.points[0])} crosses another even unsimplified`);
      }
      arc.toleranceM = arc.toleranceM / 2 < 0.5 ? 0 : arc.toleranceM / 2;
      refined.add(arcKeys[i]);
    }
  }

  const out = ringArcs.map((parts) => {
    /** @type {Position[]} */
    const coords = [];
    for (const { arcKey, reversed } of parts) {
      const result = arcAt(arcKey).result;
      const pts = reversed ? [...result].reverse() : result;
      coords.push(...(coords.length === 0 ? pts : pts.slice(1)));
    }
    return coords;
  });
  let refinedArcs = 0;
  let sharedArcs = 0;
  for (const arc of arcs.values()) {
    if (arc.toleranceM < toleranceM) refinedArcs += 1;
    if (arc.rings.size > 1) sharedArcs += 1;
  }
  return { rings: out, arcs: arcs.size, sharedArcs, refinedArcs };
}

/**
 * Largest distance in metres from a position of `a` to the polyline `b`.
 * @param {Position[]} a
 * @param {Position[]} b
 * @param {(p: Position) => XY} project
 */
function maxDistanceTo(a, b, project) {
  const bxy = b.map(project);
  let max = 0;
  for (const p of a) {
    const xy = project(p);
    let best = Infinity;
    for (let i = 0; i < bxy.length - 1; i++) best = Math.min(best, segmentDistance(xy, bxy[i], bxy[i + 1]));
    max = Math.max(max, best);
  }
  return max;
}

/**
 * Two rings sometimes trace their common border slightly differently between the same two
 * junctions (quantised sources do: one ring passes a grid cell's north corner, the other its
 * south corner). Left alone, the two arcs would show as a sliver of overlap beside a sliver of
 * gap. Arcs of different rings with the same ends that lie within the tolerance of each other
 * are made one: every ring then uses the arc whose key sorts first.
 * @param {Map<string, { points: Position[], rings: Set<number> }>} arcs mutated
 * @param {{ arcKey: string, reversed: boolean }[][]} ringArcs mutated
 * @param {number} toleranceM
 * @param {(p: Position) => XY} project
 */
function mergeNearTwins(arcs, ringArcs, toleranceM, project) {
  /** @type {Map<string, string[]>} */
  const byEnds = new Map();
  for (const [k, arc] of arcs) {
    const a = key(arc.points[0]);
    const b = key(arc.points[arc.points.length - 1]);
    if (a === b) continue;
    const ends = a < b ? `${a}|${b}` : `${b}|${a}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), k]);
  }
  /** @type {Map<string, { target: string, flip: boolean }>} */
  const alias = new Map();
  for (const keys of byEnds.values()) {
    keys.sort();
    for (let i = 1; i < keys.length; i++) {
      const twin = /** @type {{ points: Position[], rings: Set<number> }} */ (arcs.get(keys[i]));
      for (let j = 0; j < i; j++) {
        if (alias.has(keys[j])) continue;
        const target = /** @type {{ points: Position[], rings: Set<number> }} */ (arcs.get(keys[j]));
        if ([...twin.rings].some((r) => target.rings.has(r))) continue;
        const apart = Math.max(
          maxDistanceTo(twin.points, target.points, project),
          maxDistanceTo(target.points, twin.points, project),
        );
        if (apart > toleranceM) continue;
        alias.set(keys[i], { target: keys[j], flip: !samePosition(twin.points[0], target.points[0]) });
        for (const r of twin.rings) target.rings.add(r);
        arcs.delete(keys[i]);
        break;
      }
    }
  }
  for (const parts of ringArcs) {
    for (const part of parts) {
      const a = alias.get(part.arcKey);
      if (a) {
        part.arcKey = a.target;
        part.reversed = part.reversed !== a.flip;
      }
    }
  }
}
