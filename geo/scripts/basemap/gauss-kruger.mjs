/**
 * CGCS2000 3-degree Gauss–Krüger zone with central meridian 120° E, without zone prefix
 * (EPSG:4549), the grid Changzhou's planning data usually comes in.
 *
 * Transverse Mercator by Krüger's series in the third flattening n, to order n⁴: sub-millimetre
 * within a 3-degree zone, far below anything a district outline needs. CGCS2000 and WGS84 differ
 * by centimetres, so the result is used as WGS84 directly.
 */

/** CGCS2000 ellipsoid: semi-major axis in metres and flattening. */
const A_M = 6378137;
const F = 1 / 298.257222101;

/** EPSG:4549 parameters. */
export const EPSG_4549 = /** @type {const} */ ({
  lon0Deg: 120,
  k0: 1,
  falseEastingM: 500000,
  falseNorthingM: 0,
});

const n = F / (2 - F);
const n2 = n * n;
const n3 = n2 * n;
const n4 = n3 * n;
/** Rectifying radius. */
const RECT_A = (A_M / (1 + n)) * (1 + n2 / 4 + n4 / 64);
const E = Math.sqrt(F * (2 - F));
const ALPHA = [
  n / 2 - (2 / 3) * n2 + (5 / 16) * n3 + (41 / 180) * n4,
  (13 / 48) * n2 - (3 / 5) * n3 + (557 / 1440) * n4,
  (61 / 240) * n3 - (103 / 140) * n4,
  (49561 / 161280) * n4,
];
const BETA = [
  n / 2 - (2 / 3) * n2 + (37 / 96) * n3 - (1 / 360) * n4,
  (1 / 48) * n2 + (1 / 15) * n3 - (437 / 1440) * n4,
  (17 / 480) * n3 - (37 / 840) * n4,
  (4397 / 161280) * n4,
];
const DELTA = [
  2 * n - (2 / 3) * n2 - 2 * n3 + (116 / 45) * n4,
  (7 / 3) * n2 - (8 / 5) * n3 - (227 / 45) * n4,
  (56 / 15) * n3 - (136 / 35) * n4,
  (4279 / 630) * n4,
];
const RAD = Math.PI / 180;

/**
 * Grid easting/northing in metres → [lon, lat] in degrees.
 * @param {number} eastingM
 * @param {number} northingM
 * @param {typeof EPSG_4549} [zone]
 * @returns {[number, number]}
 */
export function gridToLonLat(eastingM, northingM, zone = EPSG_4549) {
  const xi = (northingM - zone.falseNorthingM) / (zone.k0 * RECT_A);
  const eta = (eastingM - zone.falseEastingM) / (zone.k0 * RECT_A);
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 4; j++) {
    xiP -= BETA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= BETA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += DELTA[j - 1] * Math.sin(2 * j * chi);
  const lambda = zone.lon0Deg * RAD + Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [lambda / RAD, phi / RAD];
}

/**
 * [lon, lat] in degrees → grid [easting, northing] in metres (the inverse of gridToLonLat).
 * @param {number} lonDeg
 * @param {number} latDeg
 * @param {typeof EPSG_4549} [zone]
 * @returns {[number, number]}
 */
export function lonLatToGrid(lonDeg, latDeg, zone = EPSG_4549) {
  const phi = latDeg * RAD;
  const dLambda = (lonDeg - zone.lon0Deg) * RAD;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E * Math.atanh(E * Math.sin(phi)));
  const xiP = Math.atan2(t, Math.cos(dLambda));
  const etaP = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let xi = xiP;
  let eta = etaP;
  for (let j = 1; j <= 4; j++) {
    xi += ALPHA[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
    eta += ALPHA[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
  }
  return [zone.falseEastingM + zone.k0 * RECT_A * eta, zone.falseNorthingM + zone.k0 * RECT_A * xi];
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
