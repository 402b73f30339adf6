/**
 * Reading `gmt coast -M` dumps of GSHHG shorelines and WDBII rivers, and joining their pieces.
 *
 * GMT stores GSHHG in 1-degree bins and dumps each bin's part of a shoreline or river as its
 * own segment, so one lake comes out as several open pieces that meet on whole-degree lines.
 * The pieces share their end positions exactly, which is what the joining below relies on.
 */
import { dropRepeats, samePosition } from './positions.mjs';

/** @typedef {import('geojson').Position} Position */
/**
 * One dumped piece. `level` is the GSHHG level for shorelines (1 land/sea, 2 lake, 3 island in a
 * lake, 4 pond on such an island) and the WDBII class for rivers (1–10).
 * @typedef {{ bin: number, level: number, points: Position[] }} Segment
 */

/**
 * Parses the text GMT writes with `-M`: `>` header lines ("Shore Bin # 20999, Level 2") each
 * followed by "lon<TAB>lat" lines. Pieces with fewer than two distinct positions are dropped.
 * @param {string} text
 * @returns {Segment[]}
 */
export function parseGmtDump(text) {
  /** @type {Segment[]} */
  const segments = [];
  /** @type {Segment | null} */
  let current = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('>')) {
      const m = /Bin # (\d+), Level (\d+)/.exec(line);
      if (!m) throw new Error(`unexpected GMT header: ${line}`);
      current = { bin: Number(m[1]), level: Number(m[2]), points: [] };
      segments.push(current);
      continue;
    }
    if (!current) throw new Error(`GMT data before the first header: ${line}`);
    const [x, y] = line.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`bad GMT data line: ${line}`);
    current.points.push([x, y]);
  }
  return segments.map((s) => ({ ...s, points: dropRepeats(s.points) })).filter((s) => s.points.length >= 2);
}

/** @param {Position} p */
const key = (p) => `${p[0]},${p[1]}`;

/** @param {Position[]} c */
const isClosed = (c) => c.length >= 4 && samePosition(c[0], c[c.length - 1]);

/**
 * Joins pieces of the same level whose ends coincide, in input order. Pieces may be met
 * head-to-tail or reversed (river pieces are not always oriented alike). A piece that is already
 * a closed ring stays as it is.
 * @param {Segment[]} segments
 * @returns {{ level: number, coords: Position[], closed: boolean }[]}
 */
export function joinSegments(segments) {
  /** @type {{ level: number, coords: Position[], closed: boolean }[]} */
  const out = [];
  /** @type {Map<string, number[]>} position key -> indices of open pieces ending or starting there */
  const byEnd = new Map();
  const open = segments.filter((s) => !isClosed(s.points));
  for (const s of segments)
    if (isClosed(s.points)) out.push({ level: s.level, coords: s.points, closed: true });
  open.forEach((s, i) => {
    for (const p of [s.points[0], s.points[s.points.length - 1]]) {
      const k = `${s.level}|${key(p)}`;
      byEnd.set(k, [...(byEnd.get(k) ?? []), i]);
    }
  });
  const used = new Set();
  /**
   * The unused piece of `level` touching `p`, oriented to start at `p`.
   * @param {number} level
   * @param {Position} p
   */
  const takeFrom = (level, p) => {
    const i = (byEnd.get(`${level}|${key(p)}`) ?? []).find((j) => !used.has(j));
    if (i === undefined) return null;
    used.add(i);
    const pts = open[i].points;
    return samePosition(pts[0], p) ? pts : [...pts].reverse();
  };
  open.forEach((s, i) => {
    if (used.has(i)) return;
    used.add(i);
    let coords = [...s.points];
    for (let next = takeFrom(s.level, coords[coords.length - 1]); next && !isClosed(coords);) {
      coords = coords.concat(next.slice(1));
      next = isClosed(coords) ? null : takeFrom(s.level, coords[coords.length - 1]);
    }
    for (let prev = isClosed(coords) ? null : takeFrom(s.level, coords[0]); prev;) {
      coords = [...prev].reverse().concat(coords.slice(1));
      prev = isClosed(coords) ? null : takeFrom(s.level, coords[0]);
    }
    out.push({ level: s.level, coords, closed: isClosed(coords) });
  });
  return out;
}

/**
 * Which edge of a [west, south, east, north] box a position lies on, or null.
 * @param {Position} p
 * @param {readonly number[]} bbox
 */
export function edgeOf(p, bbox) {
  const eps = 1e-9;
  if (Math.abs(p[0] - bbox[0]) < eps) return 'west';
  if (Math.abs(p[0] - bbox[2]) < eps) return 'east';
  if (Math.abs(p[1] - bbox[1]) < eps) return 'south';
  if (Math.abs(p[1] - bbox[3]) < eps) return 'north';
  return null;
}

/**
 * Closes a shoreline that the dump region cut open. Only the simple case is handled: both ends
 * on the same edge of the region, closed by the straight edge between them. Anything else
 * (a shoreline leaving through one edge and returning through another) throws, so that a change
 * of region is noticed instead of producing a wrong polygon.
 * @param {Position[]} coords
 * @param {readonly number[]} bbox
 * @returns {Position[]}
 */
export function closeAlongEdge(coords, bbox) {
  const a = edgeOf(coords[0], bbox);
  const b = edgeOf(coords[coords.length - 1], bbox);
  if (!a || a !== b) {
    throw new Error(
      `open shoreline from ${key(coords[0])} (${a}) to ${key(coords[coords.length - 1])} (${b}): ` +
        'cannot close it along one edge; widen or move the dump region',
    );
  }
  return [...coords, coords[0]];
}
