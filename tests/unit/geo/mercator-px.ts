// Web Mercator written out for the spatial tests, independently of the atlas's own projection.

/** Web Mercator in 512 px tiles: x and y in pixels at a zoom. */
export function px(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * size,
  ];
}
