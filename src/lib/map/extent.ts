/**
 * Wujin District's extent [west, south, east, north] in WGS84, from geo/basemap/district.geojson
 * (a unit test keeps the two in step). The atlas opens framed on it at any screen size.
 */
export const WUJIN_BBOX: [number, number, number, number] = [119.668, 31.334, 120.202, 31.811];
