/**
 * The style of the planner's own layers: for each file, its areas, lines and points in the
 * layer's colour (or coloured by one of its attributes), the mark of its open feature, and names
 * from its attributes. Pure, like the rest of the style; user-layers.ts adds them to the map (under
 * the other overlays, above the report's places), loaded with the first file.
 */
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature, withAlpha } from './programs';
import { LABEL_FONT } from './text';
import { dot, geometryIs, isArea, isLineOrArea, isPoint } from './overlays';
import { USER_ATTR_PREFIX, USER_INDEX_PROP, USER_LABEL_PROP } from '../../geo/user-features';
import { USER_SOURCE_PREFIX } from './user-source';

/** Geometry filters of the layers that mark the planner's open feature. */
const USER_SELECTED_GEOMETRY = {
  'user-selected-casing': isLineOrArea,
  'user-selected-point': isPoint,
} as const satisfies Record<string, ExpressionSpecification>;
export type UserSelectedRole = keyof typeof USER_SELECTED_GEOMETRY;
export const USER_SELECTED_ROLES = Object.keys(USER_SELECTED_GEOMETRY) as UserSelectedRole[];

/** The style layers of each of the planner's layers, bottom to top: `<role>:<layer id>`. */
export const USER_LAYER_ROLES = [
  'user-fill',
  'user-selected-casing',
  'user-selected-point',
  'user-line',
  'user-point',
  'user-label',
  'user-label-line',
] as const;
export type UserLayerRole = (typeof USER_LAYER_ROLES)[number];
/** The roles a click answers to: shapes, not labels (as for the report's places). */
export const USER_HIT_ROLES: readonly UserLayerRole[] = ['user-fill', 'user-line', 'user-point'];

/** The map's source of one of the planner's layers. */
export const userSourceId = (layerId: string): string => `${USER_SOURCE_PREFIX}${layerId}`;
/** The style layer of a role of one of the planner's layers. */
export const userStyleLayerId = (role: UserLayerRole, layerId: string): string => `${role}:${layerId}`;

/** The filter that shows the planner's feature `index` (its place in their file) in a marking layer, or none. */
export function userSelectedFilter(role: UserSelectedRole, index: number | null): ExpressionSpecification {
  return ['all', USER_SELECTED_GEOMETRY[role], ['==', ['get', USER_INDEX_PROP], index ?? -1]];
}

/** How one of the planner's layers is drawn (colours are palette values). */
export interface UserLayerStyle {
  colour: string;
  /** Coloured by an attribute: each [value, colour] as the map holds the value, and the colour of the rest. */
  categories: { field: string; colours: [string, string][]; other: string } | null;
  /** The attribute the names come from; null: the name the atlas found (USER_LABEL_PROP). */
  labelField: string | null;
  /** Names are drawn (a file of at most MAX_LABELLED_FEATURES features). */
  labelled: boolean;
  visible: boolean;
}

/** A colour per feature: the layer's, or its category's (with `alpha`). */
function userColour(style: UserLayerStyle, alpha = 1): ExpressionSpecification {
  const tint = (hex: string) => (alpha === 1 ? hex : withAlpha(hex, alpha));
  const c = style.categories;
  if (!c || c.colours.length === 0) return perFeature(tint(c ? c.other : style.colour));
  return [
    'match',
    ['get', USER_ATTR_PREFIX + c.field],
    ...c.colours.flatMap(([value, colour]) => [value, tint(colour)]),
    tint(c.other),
  ] as unknown as ExpressionSpecification;
}

/** The style layers of one of the planner's layers, bottom to top (see USER_LAYER_ROLES). */
export function userLayerSpecs(
  layerId: string,
  style: UserLayerStyle,
  textScale = 1,
  selectedIndex: number | null = null,
): LayerSpecification[] {
  const source = userSourceId(layerId);
  const id = (role: UserLayerRole) => userStyleLayerId(role, layerId);
  const visibility = style.visible ? 'visible' : 'none';
  const labelVisibility = style.visible && style.labelled ? 'visible' : 'none';
  const textField: ExpressionSpecification = [
    'get',
    style.labelField === null ? USER_LABEL_PROP : USER_ATTR_PREFIX + style.labelField,
  ];
  const label = (
    role: UserLayerRole,
    filter: ExpressionSpecification,
    placement: SymbolLayerSpecification['layout'],
  ): SymbolLayerSpecification => ({
    id: id(role),
    type: 'symbol',
    source,
    filter,
    layout: {
      visibility: labelVisibility,
      'text-field': textField,
      'text-font': LABEL_FONT,
      'text-size': 12.5 * textScale,
      'text-max-width': 10,
      ...placement,
    },
    // The same paint as the other labels: one GPU program for all of them.
    paint: { 'text-color': style.colour, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
  });
  const point = dot(
    id('user-point'),
    source,
    byZoom([8, 3.5 * textScale], [14, 6 * textScale]),
    palette.labelHalo,
    palette.labelHalo,
    1.5 * textScale,
    isPoint,
  );
  return [
    {
      id: id('user-fill'),
      type: 'fill',
      source,
      filter: isArea,
      layout: { visibility },
      paint: {
        'fill-color': userColour(style, style.categories ? 0.35 : 0.16),
        'fill-antialias': false,
      },
    },
    // The feature whose attributes are open: a wide casing under its line or outline, a ring under
    // its point. Their filters name it (see userSelectedFilter).
    {
      id: id('user-selected-casing'),
      type: 'line',
      source,
      filter: userSelectedFilter('user-selected-casing', selectedIndex),
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(withAlpha(palette.focus, 0.55)),
        'line-width': byZoom([8, 6 * textScale], [14, 9 * textScale]),
      },
    },
    {
      ...dot(
        id('user-selected-point'),
        source,
        byZoom([8, 8 * textScale], [14, 11 * textScale]),
        withAlpha(palette.focus, 0.55),
        palette.focus,
        0,
        userSelectedFilter('user-selected-point', selectedIndex),
      ),
      layout: { visibility },
    } as LayerSpecification,
    {
      id: id('user-line'),
      type: 'line',
      source,
      filter: isLineOrArea,
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': userColour(style),
        'line-width': byZoom([8, 1.5 * textScale], [14, 3 * textScale]),
      },
    },
    {
      ...point,
      layout: { visibility },
      paint: { ...(point as { paint: object }).paint, 'circle-color': userColour(style) },
    } as LayerSpecification,
    // Names from the file's own attributes (see user-features.ts): beside points, inside areas,
    // along lines. No label overlaps another; being above the report's, these are placed first and
    // win. A line's name is placed before an area's and has one place (the line's centre), so an
    // area's or point's name tries below, above, right and left of its anchor before giving up.
    label('user-label', geometryIs('Point', 'MultiPoint', 'Polygon', 'MultiPolygon'), {
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    }),
    label('user-label-line', geometryIs('LineString', 'MultiLineString'), {
      'symbol-placement': 'line-center',
    }),
  ];
}
