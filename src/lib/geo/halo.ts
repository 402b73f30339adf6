/**
 * The halo of a chosen place located only approximately: the circle of its stated precision, cut
 * to the district it is known to lie in and never larger than a share of the screen. Pure, so
 * its area can be checked against a formula.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, circle, featureCollection, intersect } from '@turf/turf';

/** Metres per CSS pixel of a web-mercator map (512 px tiles) at a zoom and latitude. */
export function metresPerPixel(zoom: number, lat: number): number {
  const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * The largest halo radius in metres that keeps a halo within `share` of the screen's shorter side
 * (0.4: a 5 km halo at the district's zoom on a phone would otherwise cover the whole view).
 */
export function maxHaloRadiusM(zoom: number, lat: number, shorterSidePx: number, share = 0.4): number {
  return share * shorterSidePx * metresPerPixel(zoom, lat);
}

/**
 * The halo round `center` [lon, lat]: a circle of `radiusM` (at most `maxRadiusM`), cut to `clip`
 * when the centre lies inside it (a place known to be in the district is not anywhere outside it);
 * a centre outside `clip` keeps the whole circle. Null when the radius is not positive.
 */
export function haloShape(
  center: [number, number],
  radiusM: number,
  clip: Polygon | MultiPolygon | null,
  maxRadiusM = Infinity,
): Feature<Polygon | MultiPolygon> | null {
  const r = Math.min(radiusM, maxRadiusM);
  if (!(r > 0)) return null;
  const disc = circle(center, r / 1000, { steps: 96, units: 'kilometers' });
  if (!clip || !booleanPointInPolygon(center, clip)) return disc;
  return intersect(
    featureCollection<Polygon | MultiPolygon>([disc, { type: 'Feature', geometry: clip, properties: {} }]),
  );
}
