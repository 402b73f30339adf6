/**
 * Layers drawn above everything else for the resident's own marks: the pin search leaves, and the
 * near-me origin with its radius ring. Pure functions like the rest of the style; the adapter
 * fills their sources.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature, withAlpha } from './programs';
import { LABEL_FONT } from './text';

export const OVERLAY_SOURCE_IDS = ['user', 'near', 'search-pin', 'measure'] as const;
export type OverlaySourceId = (typeof OVERLAY_SOURCE_IDS)[number];

export function overlaySources(): Record<OverlaySourceId, SourceSpecification> {
  return {
    user: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    near: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    'search-pin': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    measure: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
}

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isAnyPolygon: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Polygon', 'MultiPolygon'],
  true,
  false,
];
const isAnyLineOrPolygon: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
  true,
  false,
];
const isAnyPoint: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];
const isLineOrPolygon: ExpressionSpecification = [
  'match',
  ['geometry-type'],
  ['LineString', 'Polygon'],
  true,
  false,
];

/** The overlay layers, bottom to top. Labels read `name_zh`/`name_en` like every other label layer. */
export function overlayLayers(textScale = 1): LayerSpecification[] {
  return [
    // The planner's own file: under the marks below, above the report's places.
    {
      id: 'user-fill',
      type: 'fill',
      source: 'user',
      filter: isAnyPolygon,
      paint: { 'fill-color': perFeature(withAlpha(palette.userData, 0.16)), 'fill-antialias': false },
    },
    {
      id: 'user-line',
      type: 'line',
      source: 'user',
      filter: isAnyLineOrPolygon,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.userData),
        'line-width': byZoom([8, 1.5 * textScale], [14, 3 * textScale]),
      },
    },
    {
      id: 'user-point',
      type: 'circle',
      source: 'user',
      filter: isAnyPoint,
      paint: {
        'circle-radius': byZoom([8, 3.5 * textScale], [14, 6 * textScale]),
        'circle-color': perFeature(palette.userData),
        'circle-stroke-color': perFeature(palette.labelHalo),
        'circle-stroke-width': perFeature(1.5 * textScale),
      },
    },
    {
      id: 'near-fill',
      type: 'fill',
      source: 'near',
      filter: isPolygon,
      paint: { 'fill-color': perFeature(palette.focus), 'fill-opacity': 0.07, 'fill-antialias': false },
    },
    {
      id: 'near-outline',
      type: 'line',
      source: 'near',
      filter: isPolygon,
      paint: {
        'line-color': perFeature(palette.focus),
        'line-width': byZoom([0, 2]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'near-origin',
      type: 'circle',
      source: 'near',
      filter: isPoint,
      paint: {
        'circle-radius': byZoom([0, 7 * textScale]),
        'circle-color': perFeature(palette.focus),
        'circle-stroke-color': perFeature(palette.labelHalo),
        'circle-stroke-width': perFeature(2.5 * textScale),
      },
    },
    // The planner's measurement: the shape, its path (dashed, like every drawn-by-hand mark) and its points.
    {
      id: 'measure-fill',
      type: 'fill',
      source: 'measure',
      filter: isPolygon,
      paint: { 'fill-color': perFeature(withAlpha(palette.ink, 0.08)), 'fill-antialias': false },
    },
    {
      id: 'measure-line',
      type: 'line',
      source: 'measure',
      filter: isLineOrPolygon,
      paint: {
        'line-color': perFeature(palette.ink),
        'line-width': byZoom([0, 2.5 * textScale]),
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'measure-points',
      type: 'circle',
      source: 'measure',
      filter: isPoint,
      paint: {
        'circle-radius': byZoom([0, 5 * textScale]),
        'circle-color': perFeature(palette.labelHalo),
        'circle-stroke-color': perFeature(palette.ink),
        'circle-stroke-width': perFeature(2 * textScale),
      },
    },
    {
      id: 'search-pin-halo',
      type: 'circle',
      source: 'search-pin',
      paint: {
        'circle-radius': byZoom([0, 15 * textScale]),
        'circle-color': perFeature(withAlpha(palette.accent, 0.22)),
        'circle-stroke-color': perFeature(palette.accent),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: 'search-pin-dot',
      type: 'circle',
      source: 'search-pin',
      paint: {
        'circle-radius': byZoom([0, 7 * textScale]),
        'circle-color': perFeature(palette.accent),
        'circle-stroke-color': perFeature(palette.labelHalo),
        'circle-stroke-width': perFeature(2.5 * textScale),
      },
    },
    {
      id: 'search-pin-label',
      type: 'symbol',
      source: 'search-pin',
      layout: {
        'text-field': ['get', 'name_zh'],
        'text-font': LABEL_FONT,
        'text-size': 14 * textScale,
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
