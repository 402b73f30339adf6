/**
 * Layers drawn above everything else for the resident's own marks: the pin search leaves, and the
 * near-me origin with its radius ring. Pure functions like the rest of the style; the adapter
 * fills their sources.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature, withAlpha } from './programs';
import { LABEL_FONT } from './text';
import { USER_INDEX_PROP, USER_LABEL_PROP } from '../../geo/user-features';

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

const geometryIs = (...types: string[]): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  types,
  true,
  false,
];
const isArea = geometryIs('Polygon', 'MultiPolygon');
const isLineOrArea = geometryIs('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon');
const isPoint = geometryIs('Point', 'MultiPoint');

/**
 * A round mark: a fill with a stroke, sized by zoom. Every circle here paints with the same mix of
 * constant and per-feature properties, so they share one GPU program (see programs.ts).
 */
function dot(
  id: string,
  source: OverlaySourceId,
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

/** Geometry filters of the layers that mark the planner's open feature. */
const USER_SELECTED_GEOMETRY: Record<UserSelectedLayerId, ExpressionSpecification> = {
  'user-selected-casing': isLineOrArea,
  'user-selected-point': isPoint,
};
export type UserSelectedLayerId = 'user-selected-casing' | 'user-selected-point';
export const USER_SELECTED_LAYER_IDS = Object.keys(USER_SELECTED_GEOMETRY) as UserSelectedLayerId[];

/** The filter that shows the planner's feature `index` (its place in their file) in a marking layer, or none. */
export function userSelectedFilter(
  layerId: UserSelectedLayerId,
  index: number | null,
): ExpressionSpecification {
  return ['all', USER_SELECTED_GEOMETRY[layerId], ['==', ['get', USER_INDEX_PROP], index ?? -1]];
}

function userLabel(
  id: string,
  filter: ExpressionSpecification,
  textScale: number,
  placement: SymbolLayerSpecification['layout'],
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'user',
    filter,
    layout: {
      'text-field': ['get', USER_LABEL_PROP],
      'text-font': LABEL_FONT,
      'text-size': 12.5 * textScale,
      'text-max-width': 10,
      ...placement,
    },
    // The same paint as the other labels: one GPU program for all of them.
    paint: { 'text-color': palette.userData, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
  };
}

/** The overlay layers, bottom to top. Labels read `name_zh`/`name_en` like every other label layer. */
export function overlayLayers(textScale = 1): LayerSpecification[] {
  return [
    // The planner's own file: under the marks below, above the report's places.
    {
      id: 'user-fill',
      type: 'fill',
      source: 'user',
      filter: isArea,
      paint: { 'fill-color': perFeature(withAlpha(palette.userData, 0.16)), 'fill-antialias': false },
    },
    // The feature whose attributes are open: a wide casing under its line or outline, a ring under
    // its point. Their filters name it (see userSelectedFilter); at first they name none.
    {
      id: 'user-selected-casing',
      type: 'line',
      source: 'user',
      filter: userSelectedFilter('user-selected-casing', null),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(withAlpha(palette.focus, 0.55)),
        'line-width': byZoom([8, 6 * textScale], [14, 9 * textScale]),
      },
    },
    dot(
      'user-selected-point',
      'user',
      byZoom([8, 8 * textScale], [14, 11 * textScale]),
      withAlpha(palette.focus, 0.55),
      palette.focus,
      0,
      userSelectedFilter('user-selected-point', null),
    ),
    {
      id: 'user-line',
      type: 'line',
      source: 'user',
      filter: isLineOrArea,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.userData),
        'line-width': byZoom([8, 1.5 * textScale], [14, 3 * textScale]),
      },
    },
    dot(
      'user-point',
      'user',
      byZoom([8, 3.5 * textScale], [14, 6 * textScale]),
      palette.userData,
      palette.labelHalo,
      1.5 * textScale,
      isPoint,
    ),
    // Names from the file's own attributes (see user-features.ts): beside points, inside areas,
    // along lines. No label overlaps another; being above the report's, these are placed first and
    // win. A line's name is placed before an area's and has one place (the line's centre), so an
    // area's or point's name tries below, above, right and left of its anchor before giving up.
    userLabel('user-label', geometryIs('Point', 'MultiPoint', 'Polygon', 'MultiPolygon'), textScale, {
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    }),
    userLabel('user-label-line', geometryIs('LineString', 'MultiLineString'), textScale, {
      'symbol-placement': 'line-center',
    }),
    {
      id: 'near-fill',
      type: 'fill',
      source: 'near',
      filter: isArea,
      paint: { 'fill-color': perFeature(palette.focus), 'fill-opacity': 0.07, 'fill-antialias': false },
    },
    {
      id: 'near-outline',
      type: 'line',
      source: 'near',
      filter: isArea,
      paint: {
        'line-color': perFeature(palette.focus),
        'line-width': byZoom([0, 2]),
        'line-dasharray': [3, 2],
      },
    },
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
    {
      id: 'measure-line',
      type: 'line',
      source: 'measure',
      filter: isLineOrArea,
      paint: {
        'line-color': perFeature(palette.ink),
        'line-width': byZoom([0, 2.5 * textScale]),
        'line-dasharray': [2, 1.5],
      },
    },
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
