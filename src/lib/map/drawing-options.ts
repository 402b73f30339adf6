/**
 * How every map the atlas makes draws its style: the map on screen (create-map.ts) and the print's
 * off-screen map (print-render.ts), and the benchmark's page of the atlas's map alone, which must
 * draw exactly what the atlas draws to be compared with it.
 */
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { styleImageData } from './style/markers';

export const MAP_DRAWING_OPTIONS = {
  // CJK labels are drawn with the browser's own fonts: no glyph server, works offline.
  localIdeographFontFamily:
    "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  // Labels appear at once: a fade redraws every frame for its length, which a phone pays for.
  fadeDuration: 0,
  // The style is validated by the unit tests (style/atlas-style.ts); checking it again on every load costs start-up time.
  validateStyle: false,
} as const satisfies Partial<MapOptions>;

/** The screen's pixel ratio for the marker images, kept within 1–3. */
export const screenImageRatio = (): number => Math.max(1, Math.min(3, window.devicePixelRatio || 1));

/**
 * Draws a status marker, a ring or the town dot the first time the map asks for it (MapLibre's own
 * lazy-image hook), at the pixel ratio `ratio()` gives then: the screen's, or a print's.
 */
export function drawStyleImagesOnDemand(map: MapLibreMap, ratio: () => number = screenImageRatio): void {
  map.setMissingStyleImageResolver((id) => {
    const pixelRatio = ratio();
    const image = styleImageData(id, pixelRatio);
    if (image) map.addImage(id, image, { pixelRatio });
  });
}
