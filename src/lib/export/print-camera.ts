/**
 * The printed map's camera: the screen's view fitted into the print frame, the frame cut into
 * pieces when the graphics card cannot draw it in one, and the frame's extent in degrees. Web
 * Mercator arithmetic only (MapLibre's zoom counts 512-pixel tiles), so it is checked in unit tests.
 */
import type { BBox } from '../geo/bounds';

const TILE_CSS_PX = 512;

/** Position in CSS pixels of the whole world at `zoom` (0,0 at 180° W and ~85° N). */
export function lngLatToWorld(lon: number, lat: number, zoom: number): [x: number, y: number] {
  const size = TILE_CSS_PX * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size;
  return [x, y];
}

export function worldToLngLat(x: number, y: number, zoom: number): [lon: number, lat: number] {
  const size = TILE_CSS_PX * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lon, lat];
}

export interface PrintCamera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * The camera that shows the whole of a screen view (`screen`, on a map `screenCss` CSS pixels
 * large) in a frame of `frameCss`, centred on the same point: the zoom goes up by log₂ of how
 * much larger the frame is, in its tighter direction.
 */
export function fitScreenView(
  screen: PrintCamera,
  screenCss: { width: number; height: number },
  frameCss: { width: number; height: number },
): PrintCamera {
  const k = Math.min(frameCss.width / screenCss.width, frameCss.height / screenCss.height);
  return { lon: screen.lon, lat: screen.lat, zoom: screen.zoom + Math.log2(k) };
}

/** The degrees a frame of `frameCss` CSS pixels shows around `camera` (north up). */
export function frameBounds(camera: PrintCamera, frameCss: { width: number; height: number }): BBox {
  const [cx, cy] = lngLatToWorld(camera.lon, camera.lat, camera.zoom);
  const [west, north] = worldToLngLat(cx - frameCss.width / 2, cy - frameCss.height / 2, camera.zoom);
  const [east, south] = worldToLngLat(cx + frameCss.width / 2, cy + frameCss.height / 2, camera.zoom);
  return [west, south, east, north];
}

/** One piece of the frame: where it goes (CSS pixels from the frame's top left) and its centre. */
export interface PrintPiece {
  xCss: number;
  yCss: number;
  widthCss: number;
  heightCss: number;
  lon: number;
  lat: number;
}

/**
 * The frame cut into pieces of at most `maxPieceCss` CSS pixels a side (one piece when it fits),
 * each with the camera centre that draws exactly its part at the same zoom.
 */
export function printPieces(
  camera: PrintCamera,
  frameCss: { width: number; height: number },
  maxPieceCss: number,
): PrintPiece[] {
  if (!(maxPieceCss >= 1)) throw new RangeError(`No pieces of ${maxPieceCss} px`);
  const [cx, cy] = lngLatToWorld(camera.lon, camera.lat, camera.zoom);
  const cut = (total: number): [start: number, length: number][] => {
    const spans: [number, number][] = [];
    for (let start = 0; start < total; start += maxPieceCss)
      spans.push([start, Math.min(maxPieceCss, total - start)]);
    return spans;
  };
  const pieces: PrintPiece[] = [];
  for (const [yCss, heightCss] of cut(frameCss.height)) {
    for (const [xCss, widthCss] of cut(frameCss.width)) {
      const [lon, lat] = worldToLngLat(
        cx - frameCss.width / 2 + xCss + widthCss / 2,
        cy - frameCss.height / 2 + yCss + heightCss / 2,
        camera.zoom,
      );
      pieces.push({ xCss, yCss, widthCss, heightCss, lon, lat });
    }
  }
  return pieces;
}
