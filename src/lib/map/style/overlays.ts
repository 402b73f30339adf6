/**
 * Layers drawn above everything else for the resident's own marks: the planner's own layers, the
 * pin search leaves, the near-me origin with its radius ring and the measurement. Pure functions like the rest of the style; the adapter
 * fills their sources.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature, withAlpha } from './programs';
import { LABEL_FONT, mapTextScaleFor } from './text';

export const OVERLAY_SOURCE_IDS = ['near', 'search-pin', 'measure', 'halo'] as const;
export type OverlaySourceId = (typeof OVERLAY_SOURCE_IDS)[number];

export function overlaySources(): Record<OverlaySourceId, SourceSpecification> {
  return {
    near: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    'search-pin': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    measure: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    halo: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
}

export const geometryIs = (...types: string[]): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  types,
  true,
  false,
];
export const isArea = geometryIs('Polygon', 'MultiPolygon');
export const isLineOrArea = geometryIs('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon');
export const isPoint = geometryIs('Point', 'MultiPoint');

/** The colours a halo feature carries (`fill`, `line`), from its layer's palette colour. */
export function haloColors(hex: string): { fill: string; line: string } {
  return { fill: withAlpha(hex, 0.12), line: withAlpha(hex, 0.7) };
}

/**
 * The chosen place's halo (how far its true position may lie, src/lib/geo/halo.ts), in its
 * layer's colour (haloColors): drawn with the places' shapes, under their labels and markers, so
 * it tints the ground and not the marks on it.
 */
export function haloLayers(): LayerSpecification[] {
  return [
    {
      id: 'halo-fill',
      type: 'fill',
      source: 'halo',
      paint: { 'fill-color': ['get', 'fill'], 'fill-antialias': false },
    },
    {
      id: 'halo-outline',
      type: 'line',
      source: 'halo',
      paint: { 'line-color': ['get', 'line'], 'line-width': byZoom([0, 1]) },
    },
  ];
}

/**
 * A round mark: a fill with a stroke, sized by zoom. Every circle here paints with the same mix of
 * constant and per-feature properties, so they share one GPU program (see programs.ts).
 */
export function dot(
  id: string,
  source: string,
  radius: ReturnType<typeof byZoom>,
  fill: string,
  stroke: string,
  strokeWidth: number,
  filter?: ExpressionSpecification,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    ...(filter ? { filter } : {}),
    paint: {
      'circle-radius': radius,
      'circle-color': perFeature(fill),
      'circle-stroke-color': perFeature(stroke),
      'circle-stroke-width': perFeature(strokeWidth),
    },
  };
}

/** A line dashed like every mark drawn by hand (the near-me ring, the measured path). */
function dashedLine(
  id: string,
  source: string,
  filter: ExpressionSpecification,
  color: string,
  width: ReturnType<typeof byZoom>,
  dasharray: [number, number],
): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    filter,
    paint: { 'line-color': perFeature(color), 'line-width': width, 'line-dasharray': dasharray },
  };
}

/**
 * The overlay layers, bottom to top (the planner's own layers go under them, above the report's
 * places: see userLayerSpecs). Labels read `name_zh`/`name_en` like every other label layer. */
export function overlayLayers(textScale = 1): LayerSpecification[] {
  return [
    {
      id: 'near-fill',
      type: 'fill',
      source: 'near',
      filter: isArea,
      paint: { 'fill-color': perFeature(palette.focus), 'fill-opacity': 0.07, 'fill-antialias': false },
    },
    dashedLine('near-outline', 'near', isArea, palette.focus, byZoom([0, 2]), [3, 2]),
    dot(
      'near-origin',
      'near',
      byZoom([0, 7 * textScale]),
      palette.focus,
      palette.labelHalo,
      2.5 * textScale,
      isPoint,
    ),
    // The planner's measurement: the shape, its path (dashed, like every drawn-by-hand mark) and its points.
    {
      id: 'measure-fill',
      type: 'fill',
      source: 'measure',
      filter: isArea,
      paint: { 'fill-color': perFeature(withAlpha(palette.ink, 0.08)), 'fill-antialias': false },
    },
    dashedLine('measure-line', 'measure', isLineOrArea, palette.ink, byZoom([0, 2.5 * textScale]), [2, 1.5]),
    dot(
      'measure-points',
      'measure',
      byZoom([0, 5 * textScale]),
      palette.labelHalo,
      palette.ink,
      2 * textScale,
      isPoint,
    ),
    dot(
      'search-pin-halo',
      'search-pin',
      byZoom([0, 15 * textScale]),
      withAlpha(palette.accent, 0.22),
      palette.accent,
      0,
    ),
    dot(
      'search-pin-dot',
      'search-pin',
      byZoom([0, 7 * textScale]),
      palette.accent,
      palette.labelHalo,
      2.5 * textScale,
    ),
    {
      id: 'search-pin-label',
      type: 'symbol',
      source: 'search-pin',
      layout: {
        'text-field': ['get', 'name_zh'],
        'text-font': LABEL_FONT,
        'text-size': 14 * mapTextScaleFor(textScale),
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
        // The pin's label is what the resident looked for: it must not be hidden by other labels.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.ink, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
  ];
}
