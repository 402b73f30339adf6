// The tests' own great-circle distance, written out so that distances the atlas shows (through
// Turf) are checked against a formula that shares no code with it.

/** The mean Earth radius (IUGG), the sphere Turf also uses. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle metres between two [lon, lat] points by the haversine formula. */
export function haversineM([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}
