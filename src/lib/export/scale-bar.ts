/**
 * The scale bar of an exported map: metres per pixel at the map's centre, and a round length that
 * fits the space given. Pure arithmetic, so it can be checked against known values.
 */

/** The equator's length on the WGS84 ellipsoid, in metres, as web-mercator uses it. */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** MapLibre's zoom counts 512-pixel tiles: at zoom 0 the world is 512 CSS pixels wide. */
const WORLD_PX_AT_ZOOM_0 = 512;

/**
 * Ground metres per CSS pixel at latitude `latDeg` on a web-mercator map at MapLibre `zoom`.
 * Mercator stretches the map by 1/cos(lat), so a pixel covers less ground away from the equator.
 */
export function metresPerPixel(latDeg: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom);
}

export interface ScaleBar {
  /** The ground length the bar stands for, a 1-2-5 round number of metres. */
  lengthM: number;
  /** The bar's length in the same pixels as `maxWidthPx`. */
  widthPx: number;
  /** "500 m", "2 km". */
  label: string;
}

/** Writes a distance the way a scale bar reads: metres below 1 km, else kilometres. */
export function formatDistance(lengthM: number): string {
  if (lengthM < 1000) return `${Math.round(lengthM)} m`;
  const km = lengthM / 1000;
  return `${Number.isInteger(km) ? km : Number(km.toFixed(1))} km`;
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ metres, at least 1 m) whose bar is no wider than
 * `maxWidthPx`, given `metresPerPx`.
 */
export function chooseScaleBar(metresPerPx: number, maxWidthPx: number): ScaleBar {
  if (!(metresPerPx > 0) || !(maxWidthPx > 0) || !Number.isFinite(metresPerPx * maxWidthPx)) {
    throw new RangeError(`No scale bar for ${metresPerPx} m/px over ${maxWidthPx} px`);
  }
  const maxM = metresPerPx * maxWidthPx;
  let lengthM = 1;
  for (let exponent = 0; exponent <= 8; exponent++) {
    for (const step of [1, 2, 5]) {
      const candidate = step * 10 ** exponent;
      if (candidate <= maxM) lengthM = candidate;
    }
  }
  return { lengthM, widthPx: lengthM / metresPerPx, label: formatDistance(lengthM) };
}
