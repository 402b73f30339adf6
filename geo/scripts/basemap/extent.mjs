/**
 * The extents every basemap script works with, as [west, south, east, north] in WGS84 degrees.
 */

/** The atlas's area: every basemap feature lies inside it or crosses it. */
export const AREA_BBOX = /** @type {const} */ ([119.4, 31.1, 120.6, 32.1]);

/**
 * The region dumped from GSHHG. Larger than the area so that lakes crossing the area's edge
 * (Taihu reaches 30.92 N) come out whole and can be closed as rings.
 */
export const DUMP_BBOX = /** @type {const} */ ([119.2, 30.8, 120.9, 32.3]);

/** Decimal places kept in every coordinate: 1e-5 degree is about 1 m here. */
export const COORD_DECIMALS = 5;

/**
 * True when two [west, south, east, north] boxes overlap or touch.
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 */
export function bboxesIntersect(a, b) {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
