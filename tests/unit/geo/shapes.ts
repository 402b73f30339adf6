// Shapes for the spatial tests written as their positions, so a test shows where a shape lies
// rather than how GeoJSON nests it.
import type { Feature, Geometry, LineString, Polygon, Position } from 'geojson';

/**
 * Positions written as WKT writes them, `'lon lat, lon lat, …'`: a list of many positions reads as
 * one line of numbers instead of a column of brackets.
 */
export const path = (text: string): Position[] =>
  text.split(',').map((pair) => pair.trim().split(/\s+/).map(Number));

/** A line through `coordinates`, in order. */
export const lineString = (...coordinates: Position[]): LineString => ({ type: 'LineString', coordinates });

/** An area of one ring through `ring` (closed as written: the last position repeats the first). */
export const polygon = (...ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });

/** The closed ring round the box from west to east and south to north, counter-clockwise. */
export const boxRing = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** `geometry` as a feature with no properties. */
export const feature = <G extends Geometry>(geometry: G): Feature<G> => ({
  type: 'Feature',
  properties: {},
  geometry,
});
