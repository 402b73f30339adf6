/**
 * Small predicates on GeoJSON positions shared by the basemap scripts.
 */

/** @typedef {import('geojson').Position} Position */

/**
 * @param {Position} a
 * @param {Position} b
 */
export function samePosition(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A string naming a position exactly, for maps and sets.
 * @param {Position} p
 */
export function positionKey(p) {
  return `${p[0]},${p[1]}`;
}

/**
 * Drops consecutive repeats, which rounding and joining both produce.
 * @param {Position[]} coords
 * @returns {Position[]}
 */
export function dropRepeats(coords) {
  return coords.filter((c, i) => i === 0 || !samePosition(c, coords[i - 1]));
}

/**
 * Orientation of r against the line p → q: 1 left, -1 right, 0 on it (exact for exact inputs).
 * @param {Position} p
 * @param {Position} q
 * @param {Position} r
 */
export function orient(p, q, r) {
  return Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
}
