// Plane geometry on longitudes and latitudes as they are, for tests that ask whether shapes meet:
// ray casting, orientation and a geometry's vertex paths, written out with no code shared with the
// atlas (which asks Turf).

export type LonLat = [number, number];
/** A GeoJSON geometry as the tests read it from a data file. */
export interface PlainGeometry {
  type: string;
  coordinates: unknown;
}

/** Ray casting: is `o` inside the ring? */
export function inRing(o: LonLat, ring: LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > o[1] !== yj > o[1] && o[0] < ((xj - xi) * (o[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Which side of o→a the point b lies on: positive to the left, negative to the right, 0 on the line. */
export function cross(o: LonLat, a: LonLat, b: LonLat): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** A geometry's vertices as paths: a point as a path of one, a line, each ring of an area. */
export function pathsOf(g: PlainGeometry): LonLat[][] {
  const c = g.coordinates;
  if (g.type === 'Point') return [[c as LonLat]];
  if (g.type === 'MultiPoint' || g.type === 'LineString') return [c as LonLat[]];
  if (g.type === 'MultiLineString' || g.type === 'Polygon') return c as LonLat[][];
  return (c as LonLat[][][]).flat();
}

/** A geometry's areas, each as its rings (the outline first, then its holes); none for points and lines. */
export function areasOf(g: PlainGeometry): LonLat[][][] {
  if (g.type === 'Polygon') return [g.coordinates as LonLat[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as LonLat[][][];
  return [];
}
