/**
 * CGCS2000 3-degree Gauss–Krüger zone with central meridian 120° E, without zone prefix
 * (EPSG:4549), the grid Changzhou's planning data usually comes in. The projection is proj4's
 * (the same definition the atlas uses for planners' files, src/lib/geo/projected.ts). CGCS2000
 * and WGS84 differ by centimetres, so the result is used as WGS84 directly.
 */
import proj4 from 'proj4';

/** EPSG:4549 as a PROJ definition. */
export const EPSG_4549 =
  '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

const grid = proj4(EPSG_4549, 'WGS84');

/**
 * Grid easting/northing in metres → [lon, lat] in degrees.
 * @param {number} eastingM
 * @param {number} northingM
 * @returns {[number, number]}
 */
export function gridToLonLat(eastingM, northingM) {
  const [lon, lat] = grid.forward([eastingM, northingM]);
  return [lon, lat];
}

/**
 * [lon, lat] in degrees → grid [easting, northing] in metres (the inverse of gridToLonLat).
 * @param {number} lonDeg
 * @param {number} latDeg
 * @returns {[number, number]}
 */
export function lonLatToGrid(lonDeg, latDeg) {
  const [e, n] = grid.inverse([lonDeg, latDeg]);
  return [e, n];
}

/**
 * Reads one grid position as stored in a file. EPSG:4549's own axis order is northing first,
 * but most GIS exports write easting first; the two are told apart by size (eastings in this
 * zone lie within 500 km ± 200 km, northings near Changzhou are about 3,500 km). Coordinates
 * with a zone prefix (40 500 000 m eastings, EPSG:4528) are refused rather than guessed at.
 * @param {number[]} c
 * @returns {[number, number]} [lon, lat]
 */
export function epsg4549ToLonLat(c) {
  const [a, b] = c;
  const isEasting = (/** @type {number} */ v) => v > 200000 && v < 800000;
  const isNorthing = (/** @type {number} */ v) => v > 2000000 && v < 6000000;
  if (isEasting(a) && isNorthing(b)) return gridToLonLat(a, b);
  if (isNorthing(a) && isEasting(b)) return gridToLonLat(b, a);
  throw new Error(
    `position ${a}, ${b} does not look like EPSG:4549 (easting 300–700 km, northing ≈ 3,500 km; ` +
      'a zone prefix such as 40 500 000 would be EPSG:4528)',
  );
}
