/**
 * One GPU program per layer type.
 *
 * MapLibre compiles a shader program for every layer type and every mix of paint properties that
 * are constant (or vary by zoom only), vary by feature, or vary by feature and zoom. Software
 * WebGL — large screens and kiosks without a GPU, headless browsers — spends 50–150 ms on each
 * program before the first frame, which made program count the largest part of the atlas's
 * start-up. So every layer of a type paints with the same mix (checked in tests/unit/map):
 *
 * - fill:   colour by feature (transparency in the colour's alpha); no anti-aliased outline pass,
 *           every area has an outline layer of its own;
 * - line:   colour by feature, width by feature and zoom; opacity constant (alpha in the colour);
 * - circle: colour, stroke colour and stroke width by feature, radius by feature and zoom.
 *
 * The helpers below give constant or zoom-only values that form. What is drawn does not change.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** A value, or an expression, MapLibre may take for a paint property. */
type PaintValue = number | string | ExpressionSpecification;

/**
 * The same value for every feature, stated as a value that depends on the feature: the layer then
 * shares the program of layers whose value really does (every feature either has an id or not).
 */
export function perFeature(value: PaintValue): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value];
}

/**
 * A value by zoom and feature: `stops` are [zoom, value] pairs, interpolated linearly; constant
 * values are made per-feature. One value means the same at every zoom.
 */
export function byZoom(...stops: [number, PaintValue][]): ExpressionSpecification {
  const list = stops.length === 1 ? [[0, stops[0]![1]] as const, [24, stops[0]![1]] as const] : stops;
  const lift = (value: PaintValue) => (typeof value === 'object' ? value : perFeature(value));
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...list.flatMap(([zoom, value]) => [zoom, lift(value)]),
  ] as ExpressionSpecification;
}

/** A palette colour (#rrggbb) with transparency, as MapLibre reads it. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`withAlpha needs #rrggbb, got ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Nothing: a colour for features a layer shows only in some states. */
export const TRANSPARENT = 'rgba(0, 0, 0, 0)';
