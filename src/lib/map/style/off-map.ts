/**
 * A place outside the drawn map (武进(上海)国际创新中心) is pinned at the edge of the map as seen,
 * toward where it lies (geo/off-map.ts): its marker, an arrow pointing on toward it, and its name
 * saying it lies beyond the map. One small source refilled when the camera stops; these layers
 * are added with that code (map/off-map-pins.ts) and then follow their group's visibility and
 * filters like the group's own (PlaceLayers.prepareLayers).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '../../catalog/groups';
import { palette } from './palette';
import { LABEL_FONT, labelField, mapTextScaleFor, type Lang } from './text';
import { markerImageId } from './markers';
import { TRANSPARENT, byZoom, perFeature } from './programs';

/** The source of the pins (in the style from the start, empty: feature-state needs it there). */
export const OFF_MAP_SOURCE_ID = 'off-map';

/** A feature of the off-map source: the pin (marker and name) or its arrow. */
export type OffMapKind = 'pin' | 'arrow';

const kindIs = (kind: OffMapKind, group: string): ExpressionSpecification => [
  'all',
  ['==', ['get', 'kind'], kind],
  ['==', ['get', 'group'], group],
];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/** The off-map layers of one group, bottom to top. */
export function offMapLayers(group: LayerGroup, lang: Lang, textScale = 1): LayerSpecification[] {
  const color = palette[group.color];
  const labelScale = mapTextScaleFor(textScale);
  return [
    {
      id: `off-map-${group.id}-highlight`,
      type: 'circle',
      source: OFF_MAP_SOURCE_ID,
      filter: kindIs('pin', group.id),
      paint: {
        'circle-radius': byZoom([0, 13 * textScale]),
        'circle-color': ['case', selected, palette.selection, TRANSPARENT],
        'circle-stroke-color': [
          'case',
          selected,
          palette.selectionOutline,
          hovered,
          palette.hover,
          TRANSPARENT,
        ],
        'circle-stroke-width': perFeature(2),
      },
    },
    {
      // The arrow: a glyph pointing east, turned to the place's bearing (the feature's name, so the
      // language switch, which sets every label's text-field, leaves it as it is).
      id: `off-map-${group.id}-arrow`,
      type: 'symbol',
      source: OFF_MAP_SOURCE_ID,
      filter: kindIs('arrow', group.id),
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': 20 * labelScale,
        'text-rotate': ['-', ['to-number', ['get', 'bearing_deg'], 90], 90],
        'text-rotation-alignment': 'viewport',
        'text-allow-overlap': true,
        // Always drawn, and the labels placed after it keep clear of it.
        'text-ignore-placement': false,
      },
      paint: { 'text-color': color, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
    {
      id: `off-map-${group.id}-point`,
      type: 'symbol',
      source: OFF_MAP_SOURCE_ID,
      filter: kindIs('pin', group.id),
      layout: {
        'icon-image': ['concat', markerImageId(group.id, ''), ['get', 'status']],
        'icon-size': 1.1 * textScale,
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 1,
      },
      // As the markers' (places.ts), so both share one GPU program.
      paint: { 'icon-opacity': perFeature(1) },
    },
    {
      // Named toward the inside of the map, away from the edge it sits on: beside the pin where
      // there is room, else just above or below that (an English name runs to three lines and on a
      // phone the spot beside the pin is often taken, where a single position left it unnamed).
      id: `off-map-${group.id}-label`,
      type: 'symbol',
      source: OFF_MAP_SOURCE_ID,
      filter: kindIs('pin', group.id),
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': 12 * labelScale,
        'text-line-height': 1.25,
        'text-max-width': 16,
        'text-justify': 'auto',
        'text-variable-anchor-offset': [
          'match',
          ['get', 'edge'],
          'east',
          ['literal', ['right', [-1.3, 0], 'bottom-right', [-1.3, -0.5], 'top-right', [-1.3, 0.5]]],
          'west',
          ['literal', ['left', [1.3, 0], 'bottom-left', [1.3, -0.5], 'top-left', [1.3, 0.5]]],
          'north',
          ['literal', ['top', [0, 1.3], 'top-right', [-0.5, 1.3], 'top-left', [0.5, 1.3]]],
          ['literal', ['bottom', [0, -1.3], 'bottom-right', [-0.5, -1.3], 'bottom-left', [0.5, -1.3]]],
        ] as ExpressionSpecification,
        'text-padding': 3,
      },
      paint: { 'text-color': color, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.8 },
    },
  ];
}
