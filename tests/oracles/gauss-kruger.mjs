// A test oracle, written apart from the atlas's own projection code (src/lib/geo/projected.ts,
// which uses proj4): the fixtures' generator and the projection tests both judge by it.

/**
 * Gauss–Krüger on GRS80 by Krüger's series (sub-millimetre within a zone).
 * @param {number} lon
 * @param {number} lat
 * @param {number} [lon0] the zone's central meridian, degrees
 * @param {number} [falseEastingM] 500 000 m, or with the zone number in front (e.g. 40 500 000)
 * @returns {[number, number]} easting and northing, metres
 */
export function gaussKruger(lon, lat, lon0 = 120, falseEastingM = 500_000) {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5,
    (61 * n ** 3) / 240,
  ];
  const rad = Math.PI / 180;
  const phi = lat * rad;
  const dl = (lon - lon0) * rad;
  const c = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - c * Math.atanh(c * Math.sin(phi)));
  const xi = Math.atan(t / Math.cos(dl));
  const eta = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let e = eta;
  let nn = xi;
  alpha.forEach((al, i) => {
    const j = 2 * (i + 1);
    e += al * Math.cos(j * xi) * Math.sinh(j * eta);
    nn += al * Math.sin(j * xi) * Math.cosh(j * eta);
  });
  return [falseEastingM + A * e, A * nn];
}
