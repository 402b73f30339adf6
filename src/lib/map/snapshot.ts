/**
 * The map's pixels for an export. Part of the map adapter (adapter.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map's pixels once it is idle, with what is needed to draw a scale for them. */
export interface MapSnapshot {
  /** A copy of the map canvas, in device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the map canvas. */
  pixelRatio: number;
  zoom: number;
  lat: number;
  lon: number;
  /** The view drawn: [west, south, east, north], degrees. */
  bounds: [number, number, number, number];
}

/** Longest wait for the map to settle before a snapshot takes what is drawn. */
const SNAPSHOT_WAIT_MS = 15_000;

/**
 * A copy of the map as drawn, taken once the map is idle (tiles loaded, no animation). The map does
 * not keep its drawing buffer between frames (MapLibre's default, which spares a phone's GPU a copy
 * of every frame), so the copy is made inside the `render` event of a frame drawn for it, while that
 * frame's pixels are still in the buffer.
 */
export async function takeSnapshot(map: MapLibreMap): Promise<MapSnapshot> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, SNAPSHOT_WAIT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
  const source = map.getCanvas();
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  await new Promise<void>((resolve) => {
    const copy = (): void => {
      clearTimeout(timer);
      map.off('render', copy);
      ctx.drawImage(source, 0, 0);
      resolve();
    };
    // A map that draws no frame (removed meanwhile) still ends the export, with what the canvas holds.
    const timer = setTimeout(copy, SNAPSHOT_WAIT_MS);
    map.on('render', copy);
    map.triggerRepaint();
  });
  const centre = map.getCenter();
  const view = map.getBounds();
  return {
    bounds: [view.getWest(), view.getSouth(), view.getEast(), view.getNorth()],
    canvas,
    pixelRatio: source.clientWidth > 0 ? source.width / source.clientWidth : map.getPixelRatio(),
    zoom: map.getZoom(),
    lat: centre.lat,
    lon: centre.lng,
  };
}
