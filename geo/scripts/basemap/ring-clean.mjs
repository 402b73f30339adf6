/**
 * Repairing the defects of quantised source outlines (spikes, pinched loops, touches, small bow
 * ties), all of which read as self-intersections. Every repair only drops or reorders existing
 * positions, never computes new ones, so a border two rings share is repaired alike in both.
 */
import { dropRepeats, orient, positionKey as key, samePosition } from './positions.mjs';

/** @typedef {import('geojson').Position} Position */

/** How far apart (in positions) two parts of a ring may be for a defect between them to count as local. */
const LOCAL_WINDOW = 8;

/**
 * The ring re-started at index i (a ring has no natural start; fixes are easier away from the seam).
 * @param {Position[]} pts open ring
 * @param {number} i
 */
const rotate = (pts, i) => [...pts.slice(i), ...pts.slice(0, i)];

/**
 * Both the touch and the bow-tie repairs look along the ring edge by edge: the first repair `fix`
 * makes for an edge a → b (a at index i of the n positions), or null when no edge needs one.
 * @param {Position[]} pts open ring
 * @param {(a: Position, b: Position, i: number, n: number) => Position[] | null} fix
 * @returns {Position[] | null}
 */
function firstEdgeFix(pts, fix) {
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const fixed = fix(pts[i], pts[(i + 1) % n], i, n);
    if (fixed) return fixed;
  }
  return null;
}

/**
 * A → B → A becomes A.
 * @param {Position[]} pts open ring
 * @returns {Position[] | null}
 */
function removeSpike(pts) {
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    if (samePosition(pts[(i - 1 + n) % n], pts[(i + 1) % n])) {
      const r = rotate(pts, (i - 1 + n) % n);
      return [r[0], ...r.slice(3)];
    }
  }
  return null;
}

/**
 * A ring passing the same position twice is pinched: keep its longer side.
 * @param {Position[]} pts open ring
 * @returns {Position[] | null}
 */
function removeLoop(pts) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (let i = 0; i < pts.length; i++) {
    const j = seen.get(key(pts[i]));
    if (j !== undefined) {
      const inner = i - j;
      return inner <= pts.length - inner ? [...pts.slice(0, j), ...pts.slice(i)] : pts.slice(j, i);
    }
    seen.set(key(pts[i]), i);
  }
  return null;
}

/**
 * A position lying inside a nearby segment of the same ring is inserted into that segment, which
 * turns the touch into a pinch that removeLoop can cut.
 * @param {Position[]} pts open ring
 * @returns {Position[] | null}
 */
function splitAtTouch(pts) {
  return firstEdgeFix(pts, (a, b, k, n) => {
    for (let d = -LOCAL_WINDOW; d <= LOCAL_WINDOW + 1; d++) {
      const v = pts[(((k + d) % n) + n) % n];
      if (d === 0 || d === 1 || samePosition(v, a) || samePosition(v, b) || orient(a, b, v) !== 0) continue;
      const inside =
        Math.min(a[0], b[0]) <= v[0] &&
        v[0] <= Math.max(a[0], b[0]) &&
        Math.min(a[1], b[1]) <= v[1] &&
        v[1] <= Math.max(a[1], b[1]);
      if (inside) {
        const r = rotate(pts, k);
        return [r[0], v, ...r.slice(1)];
      }
    }
    return null;
  });
}

/**
 * A → B … C → D where AB crosses CD (a bow tie) becomes A → C … B → D, the 2-opt move. Only
 * positions are reordered, never computed, so a border shared by two rings is fixed alike in both.
 * @param {Position[]} pts open ring
 * @returns {Position[] | null}
 */
function untwist(pts) {
  return firstEdgeFix(pts, (a, b, i, n) => {
    for (let j = i + 2; j <= i + LOCAL_WINDOW && (j + 1) % n !== i; j++) {
      const c = pts[j % n];
      const d = pts[(j + 1) % n];
      if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) {
        const r = rotate(pts, i);
        const span = j - i;
        return [r[0], ...r.slice(1, span + 1).reverse(), ...r.slice(span + 1)];
      }
    }
    return null;
  });
}

/**
 * Repairs the defects quantised source outlines are full of, all of which read as
 * self-intersections: spikes (A → B → A), pinched loops (the same position twice: the shorter
 * side is dropped), positions touching a nearby segment, and small bow ties.
 * @param {Position[]} ring closed
 * @returns {Position[]} closed
 */
export function cleanRing(ring) {
  let pts = dropRepeats(ring).slice(0, -1);
  for (let pass = 0; pass < 10000; pass++) {
    const next = removeSpike(pts) ?? removeLoop(pts) ?? splitAtTouch(pts) ?? untwist(pts);
    if (!next) return [...pts, pts[0]];
    pts = dropRepeats(next);
    if (pts.length < 3) throw new Error('ring collapsed while cleaning');
  }
  throw new Error('ring cleaning did not settle');
}
