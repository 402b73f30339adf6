/**
 * The atlas's named extents, each [west, south, east, north] in WGS84 degrees, from the smallest
 * to the largest. Each box contains the one before it (a unit test checks the chain), so nothing
 * the atlas accepts — a place of the catalogue, a planner's file, a link — lies where the camera
 * cannot go.
 */
import type { BBox } from './bounds';

/**
 * Wujin District's extent, from geo/basemap/district.geojson (a unit test keeps the two in
 * step). The atlas opens framed on it at any screen size.
 */
export const WUJIN_BBOX: BBox = [119.668, 31.334, 120.202, 31.811];

/**
 * The data region: Wujin with the two lakes and the cities round it. Every place of the catalogue
 * lies inside it or is marked `outside`, and the basemap is cut to it (the basemap scripts' dump
 * region, geo/scripts/basemap/extent.mjs, is the same box; a unit test keeps them in step).
 */
export const DATA_REGION: BBox = [119.2, 30.8, 120.9, 32.3];

/**
 * Where a planner's file may have data: Changzhou and its neighbours, wider than the data region
 * because planners' files (a city-wide road layer, a river basin) reach past the basemap. A file
 * wholly outside is refused, and undeclared metres are read as Gauss–Krüger only when they land here.
 */
export const FILE_REGION: BBox = [118.5, 30, 121.5, 33];

/**
 * Where the camera may go (the map's maxBounds) and where a link's centre and measured points may
 * lie: the file region with a margin of 0.2° (about 20 km), so a planner's feature on that
 * region's edge is shown with room round it rather than pressed against the screen's edge, and
 * every view the map can reach can be shared as a link.
 */
export const CAMERA_BOUNDS: BBox = [118.3, 29.8, 121.7, 33.2];

/** True when the point [lon, lat] lies in the box (edges included). */
export function bboxHas(box: Readonly<BBox>, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
