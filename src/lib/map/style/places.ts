/**
 * Layers for the report's places, one set per layer group, as pure functions of the group, the
 * language and the active filter. Layer ids follow `<source>-<role>`.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '../../catalog/groups';
import type { Status } from '../../catalog/types';
import { palette } from './palette';
import { LABEL_FONT, labelField, mapTextScaleFor, type Lang } from './text';
import { markerImageId } from './markers';
import { TRANSPARENT, byZoom, perFeature, withAlpha } from './programs';
import { countedInCluster } from './marker-clusters';

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
/** Real point places; label anchors of areas are points too but carry `label_point`. */
const isPoint: ExpressionSpecification = [
  'all',
  ['==', ['geometry-type'], 'Point'],
  ['!', ['has', 'label_point']],
];
const isLabelAnchor: ExpressionSpecification = ['any', isPoint, ['has', 'label_point']];
/** Known only to its zone: counted on the zone's outline, drawn on its own only when chosen. */
const zoneMember: ExpressionSpecification = ['==', ['get', 'zone_member'], true];
/** The label point of a zone that has members: it names the zone and their count. */
const zoneWithMembers: ExpressionSpecification = ['has', 'member_count'];
const outlineOnly: ExpressionSpecification = ['==', ['get', 'outline_only'], true];
const offMap: ExpressionSpecification = ['==', ['get', 'off_map'], true];
const NOT_BUILT: Status[] = ['planned', 'signed'];
const notBuilt: ExpressionSpecification = ['in', ['get', 'status'], ['literal', NOT_BUILT]];
const vaguePrecision: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', ['area', 'schematic']],
];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** Tied to the selected figure (feature-state set by the adapter's setFigurePlaces). */
const figure: ExpressionSpecification = ['boolean', ['feature-state', 'figure'], false];

/** Width of a line place (built or planned), thicker under the pointer. */
const placeLineWidth: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  8,
  ['case', hovered, 4, 3],
  14,
  ['case', hovered, 7, 5],
];

/** Outline of an area place, heavier when chosen, marked or under the pointer. */
const areaOutlineWidth = byZoom([0, ['case', selected, 3.5, figure, 3.5, hovered, 2.5, 1.5]]);

/** Marker layers: drawn above every label so that the labels are placed around them (atlas-style.ts). */
export function isMarkerLayerId(id: string): boolean {
  return id.endsWith('-point') || id.endsWith('-member');
}

/** From this zoom on, the report's places are named on the map. */
export const PLACE_LABEL_MIN_ZOOM = 10.5;

const PRECISION_RANK = ['surveyed', 'approximate', 'schematic', 'area'];
const STATUS_RANK: Status[] = [
  'completed',
  'under_construction',
  'planned',
  'signed',
  'recognised',
  'ongoing',
];
/**
 * symbol-sort-key of a place label: lower is placed first. Status leads (what is built or being
 * built before what is planned), then importance: a larger zone before a smaller one, and a place
 * known precisely before one known only roughly.
 */
const labelPriority: ExpressionSpecification = [
  '-',
  [
    '+',
    ['*', 100, ['index-of', ['get', 'status'], ['literal', STATUS_RANK]]],
    ['*', 10, ['index-of', ['get', 'precision'], ['literal', PRECISION_RANK]]],
  ],
  // 0–9 for 1 km² to 10⁹ km², so it never outweighs a step of precision.
  ['min', 9, ['ln', ['max', 1, ['to-number', ['get', 'area_km2'], 0]]]],
];

/** A marker's icon-size by zoom (marker-spread.ts `markerIconSize` says the same in numbers). */
function markerSizeExpression(textScale: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 8, 0.75 * textScale, 14, 1.1 * textScale];
}

/** The rings around marked point places: a source of the marked points only (place-rings.ts fills it). */
export const PLACE_RINGS_SOURCE_ID = 'marked-points';
export const PLACE_RINGS_LAYER_ID = 'marked-points-ring';

/**
 * The ring that marks a point place as selected, hovered or tied to the selected figure or tour
 * stop. A symbol, not a circle: MapLibre multiplies icon-offset by icon-size, so with the markers'
 * icon-size and icon-offset the ring is drawn exactly around its marker however far the spread set
 * the marker apart (a circle cannot be offset per feature). Each feature names its ring
 * (`ring`: markers.ts RingKind); the image is plain, not SDF, and the paint is the markers' own, so
 * the layer draws with the markers' GPU program (programs.ts). One layer for every group: the
 * source holds only the few marked places, and is empty (drawing nothing) most of the time.
 */
export function placeRingsLayer(
  textScale = 1,
  iconOffset: ExpressionSpecification | [number, number] = [0, 0],
): LayerSpecification {
  return {
    id: PLACE_RINGS_LAYER_ID,
    type: 'symbol',
    source: PLACE_RINGS_SOURCE_ID,
    // Where the marker is counted in a disc at this zoom step, there is no marker to ring.
    filter: ['!', countedInCluster],
    layout: {
      // markers.ts ringImageId
      'icon-image': ['concat', 'ring-', ['get', 'ring']],
      'icon-size': markerSizeExpression(textScale),
      'icon-offset': iconOffset,
      // A ring neither hides nor is hidden by anything placed: it lies under its marker.
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: { 'icon-opacity': perFeature(1) },
  };
}

/** Every layer of one group, bottom to top, each with its base filter and no user filter yet. */
export function groupLayers(
  group: LayerGroup,
  lang: Lang,
  textScale = 1,
  iconOffset: ExpressionSpecification | [number, number] = [0, 0],
): LayerSpecification[] {
  const color = palette[group.color];
  const src = group.id;
  // Labels follow the map's text scale, larger than the markers' on a big screen (ui/scale.ts).
  const labelScale = mapTextScaleFor(textScale);
  const markerSize = markerSizeExpression(textScale);
  return [
    {
      id: `${src}-area-fill`,
      type: 'fill',
      source: src,
      filter: isPolygon,
      // Smaller zones draw above larger ones, so a park inside a district-wide programme stays visible.
      layout: { 'fill-sort-key': ['-', 0, ['to-number', ['get', 'area_km2'], 0]] },
      paint: {
        // Zones known only roughly get a faint wash: their outline, not their fill, carries them.
        // Lakes are water on the basemap already and only light up when chosen.
        'fill-color': [
          'case',
          selected,
          withAlpha(color, 0.32),
          figure,
          withAlpha(color, 0.28),
          hovered,
          withAlpha(color, 0.22),
          outlineOnly,
          TRANSPARENT,
          vaguePrecision,
          withAlpha(color, 0.05),
          notBuilt,
          withAlpha(color, 0.07),
          withAlpha(color, 0.14),
        ],
        'fill-antialias': false,
      },
    },
    {
      id: `${src}-area-outline`,
      type: 'line',
      source: src,
      filter: ['all', isPolygon, ['!', vaguePrecision]],
      paint: {
        'line-color': [
          'case',
          figure,
          palette.figureMark,
          ['any', selected, hovered],
          color,
          outlineOnly,
          TRANSPARENT,
          color,
        ],
        'line-width': areaOutlineWidth,
      },
    },
    {
      id: `${src}-area-outline-vague`,
      type: 'line',
      source: src,
      filter: ['all', isPolygon, vaguePrecision],
      paint: {
        'line-color': ['case', figure, palette.figureMark, color],
        'line-width': areaOutlineWidth,
        'line-dasharray': [2, 2],
      },
    },
    {
      id: `${src}-line-casing`,
      type: 'line',
      source: src,
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', selected, palette.selection, figure, palette.figureMark, palette.labelHalo],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', selected, 9, figure, 9, 5],
          14,
          ['case', selected, 14, figure, 14, 9],
        ],
      },
    },
    {
      id: `${src}-line`,
      type: 'line',
      source: src,
      filter: ['all', isLine, ['!', notBuilt]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(color),
        'line-width': placeLineWidth,
      },
    },
    {
      id: `${src}-line-planned`,
      type: 'line',
      source: src,
      filter: ['all', isLine, notBuilt],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(color),
        'line-width': placeLineWidth,
        'line-dasharray': [1.5, 1.2],
      },
    },
    {
      id: `${src}-point`,
      type: 'symbol',
      source: src,
      // A marker counted in a cluster at this zoom step is drawn by the cluster; a place outside the
      // map is pinned at its edge by the off-map layers (off-map.ts).
      filter: ['all', isPoint, ['!', zoneMember], ['!', offMap], ['!', countedInCluster]],
      layout: {
        'icon-image': ['concat', markerImageId(group.id, ''), ['get', 'status']],
        'icon-size': markerSize,
        // Every marker is drawn, and every label placed after it keeps clear of it.
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 1,
        'icon-offset': iconOffset,
      },
      // Per feature like the members' opacity below, so both share one GPU program.
      paint: { 'icon-opacity': perFeature(1) },
    },
    {
      // A zone member appears on its own only while it is chosen or hovered in a list; otherwise
      // its zone's label counts it (a figure or a tour stop marks the zone: place-layers.ts).
      id: `${src}-member`,
      type: 'symbol',
      source: src,
      filter: ['all', isPoint, zoneMember],
      layout: {
        'icon-image': ['concat', markerImageId(group.id, ''), ['get', 'status']],
        'icon-size': markerSize,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': ['case', ['any', selected, hovered], 1, 0] },
    },
    {
      id: `${src}-label`,
      type: 'symbol',
      source: src,
      minzoom: PLACE_LABEL_MIN_ZOOM,
      filter: [
        'all',
        isLabelAnchor,
        ['!', offMap],
        ['!', zoneMember],
        ['!', zoneWithMembers],
        ['!', countedInCluster],
      ],
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11 * labelScale, 15, 14 * labelScale],
        'text-variable-anchor': [
          'left',
          'right',
          'top',
          'bottom',
          'top-left',
          'bottom-left',
          'top-right',
          'bottom-right',
        ],
        'text-radial-offset': 1.1,
        'text-max-width': 9,
        'text-optional': true,
        'text-padding': 3,
        // When labels compete, the place known more precisely, then the one further along, wins.
        'symbol-sort-key': labelPriority,
      },
      paint: { 'text-color': palette.ink, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.6 },
    },
    {
      // A zone with members is named at every zoom with how many of the report's projects it holds.
      id: `${src}-zone-label`,
      type: 'symbol',
      source: src,
      filter: zoneWithMembers,
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11 * labelScale, 14, 14 * labelScale],
        'text-max-width': 12,
        'text-line-height': 1.25,
        'text-padding': 3,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      },
      paint: { 'text-color': color, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.8 },
    },
    {
      id: `${src}-label-line`,
      type: 'symbol',
      source: src,
      minzoom: 10,
      filter: isLine,
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': 12 * labelScale,
        'symbol-placement': 'line',
        // Far enough apart that a line is named about once in a view, not at every few hundred pixels.
        'symbol-spacing': 1200 * labelScale,
        'text-offset': [0, -0.9],
      },
      paint: { 'text-color': color, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.8 },
    },
  ];
}

/** Ids of a group's layers that a click or hover can hit. */
export function interactiveLayerIds(groupId: string): string[] {
  return [
    `${groupId}-point`,
    // The pin of a place outside the map (off-map.ts).
    `off-map-${groupId}-point`,
    `${groupId}-line`,
    `${groupId}-line-planned`,
    `${groupId}-area-fill`,
  ];
}
