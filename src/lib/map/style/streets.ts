/**
 * Streets, rail, water and town boundaries from the optional offline extract
 * (geo/streets/wujin.pmtiles, Protomaps basemap schema: source layers `roads`, `transit`, `water`,
 * `boundaries`, `places`, `landuse`), as pure functions of the palette and the language. They are
 * drawn under the report's places and their labels rank below every label of the atlas's own.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature } from './programs';
import { LABEL_FONT, mapTextScaleFor, type Lang } from './text';

export const STREETS_SOURCE_ID = 'streets';
export const STREETS_ATTRIBUTION_TEXT = '© OpenStreetMap contributors';

/** The layer the streets' shapes go under: rivers, lakes and the district outline stay on top. */
export const STREETS_SHAPES_BEFORE_ID = 'rivers-line';
/** The layer the streets' names go under: every label of the atlas's own is placed first. */
export const STREETS_LABELS_BEFORE_ID = 'places-label';

/** The MapLibre source of the archive, read through the `pmtiles://` protocol. */
export function streetsSource(archiveUrl: string): SourceSpecification {
  return {
    type: 'vector',
    url: `pmtiles://${archiveUrl}`,
    attribution: `<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">${STREETS_ATTRIBUTION_TEXT}</a>`,
  };
}

/** Protomaps v4 names features by `kind`; older builds (v3) by `pmap:kind`. */
const kind: ExpressionSpecification = ['coalesce', ['get', 'kind'], ['get', 'pmap:kind'], ''];
const kindIn = (...kinds: string[]): ExpressionSpecification => ['in', kind, ['literal', kinds]];

const ROAD_KINDS = ['highway', 'major_road', 'medium_road', 'minor_road'];
const isRail = kindIn('rail');
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const isArea: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Width of a road at a zoom, by its class: highways and major roads read from afar, minor roads only close up. */
function roadWidth(z10: [number, number, number], z15: [number, number, number]): ExpressionSpecification {
  const byKind = ([highway, major, minor]: [number, number, number]): ExpressionSpecification => [
    'match',
    kind,
    'highway',
    highway,
    ['major_road', 'medium_road'],
    major,
    minor,
  ];
  return ['interpolate', ['linear'], ['zoom'], 10, byKind(z10), 15, byKind(z15)];
}

/** A name in the reader's language: Chinese names first (Protomaps keeps `name:zh`, OSM's `name` is Chinese here). */
const STREETS_NAME_FIELDS: Record<Lang, ExpressionSpecification> = {
  zh: ['coalesce', ['get', 'name:zh-Hans'], ['get', 'name:zh'], ['get', 'name']],
  en: ['coalesce', ['get', 'name:en'], ['get', 'name:zh-Hans'], ['get', 'name:zh'], ['get', 'name']],
};

export function streetsNameField(lang: Lang): ExpressionSpecification {
  return STREETS_NAME_FIELDS[lang];
}

/** The streets' shapes, bottom to top; insert each before STREETS_SHAPES_BEFORE_ID. */
export function streetsShapeLayers(): LayerSpecification[] {
  const src = STREETS_SOURCE_ID;
  // The roads and their casing under them: the same lines, drawn twice.
  const roads: Omit<LineLayerSpecification, 'id' | 'paint'> = {
    type: 'line',
    source: src,
    'source-layer': 'roads',
    minzoom: 9,
    filter: ['all', isLine, kindIn(...ROAD_KINDS)],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
  };
  return [
    {
      id: `${src}-landuse`,
      type: 'fill',
      source: src,
      'source-layer': 'landuse',
      minzoom: 11,
      filter: kindIn('park', 'forest', 'wood', 'nature_reserve', 'grass', 'garden', 'recreation_ground'),
      paint: { 'fill-color': perFeature(palette.parkFill), 'fill-antialias': false },
    },
    {
      id: `${src}-water`,
      type: 'fill',
      source: src,
      'source-layer': 'water',
      filter: isArea,
      paint: { 'fill-color': perFeature(palette.waterFill), 'fill-antialias': false },
    },
    {
      id: `${src}-waterway`,
      type: 'line',
      source: src,
      'source-layer': 'water',
      minzoom: 11,
      filter: isLine,
      paint: { 'line-color': perFeature(palette.river), 'line-width': byZoom([11, 0.6], [15, 2]) },
    },
    {
      id: `${src}-boundaries`,
      type: 'line',
      source: src,
      'source-layer': 'boundaries',
      minzoom: 10,
      // Towns and 街道 (OSM admin_level 8 and 9 in China) and counties: the district's own outline is drawn apart.
      filter: [
        '>=',
        ['to-number', ['coalesce', ['get', 'kind_detail'], ['get', 'pmap:min_admin_level'], 0]],
        6,
      ],
      paint: {
        'line-color': perFeature(palette.townBoundary),
        'line-width': byZoom([10, 0.8], [15, 1.6]),
        'line-dasharray': [4, 2],
      },
    },
    {
      id: `${src}-roads-casing`,
      ...roads,
      paint: {
        'line-color': [
          'match',
          kind,
          ['highway', 'major_road'],
          palette.roadMajorCasing,
          palette.roadMinorCasing,
        ],
        'line-width': roadWidth([3, 2, 0.8], [12, 9, 5]),
      },
    },
    {
      id: `${src}-roads`,
      ...roads,
      paint: {
        'line-color': ['match', kind, ['highway', 'major_road'], palette.roadMajor, palette.roadMinor],
        'line-width': roadWidth([1.8, 1, 0], [9, 6.5, 3.5]),
      },
    },
    // Rail: a grey line with white ties, the way railways are drawn on every town plan. Protomaps v4
    // keeps railways in `roads` (kind rail), v3 in `transit`; both are drawn.
    ...(['roads', 'transit'] as const).flatMap((layer): LayerSpecification[] => [
      {
        id: `${src}-rail-${layer}`,
        type: 'line',
        source: src,
        'source-layer': layer,
        filter: ['all', isLine, isRail],
        paint: { 'line-color': perFeature(palette.rail), 'line-width': byZoom([8, 1.2], [15, 3.2]) },
      },
      {
        id: `${src}-rail-${layer}-ties`,
        type: 'line',
        source: src,
        'source-layer': layer,
        minzoom: 11,
        filter: ['all', isLine, isRail],
        paint: {
          'line-color': perFeature(palette.labelHalo),
          'line-width': byZoom([11, 0.8], [15, 2]),
          'line-dasharray': [3, 3],
        },
      },
    ]),
  ];
}

/** The streets' names (roads, railways, neighbourhoods); insert each before STREETS_LABELS_BEFORE_ID. */
export function streetsLabelLayers(lang: Lang, textScale = 1): LayerSpecification[] {
  const src = STREETS_SOURCE_ID;
  const labelScale = mapTextScaleFor(textScale);
  const paint = {
    'text-color': palette.streetLabel,
    'text-halo-color': palette.labelHalo,
    'text-halo-width': 1.4,
  };
  return [
    {
      id: `${src}-roads-label`,
      type: 'symbol',
      source: src,
      'source-layer': 'roads',
      minzoom: 12,
      filter: ['all', isLine, kindIn(...ROAD_KINDS, 'rail')],
      layout: {
        'text-field': streetsNameField(lang),
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 10.5 * labelScale, 16, 13 * labelScale],
        'symbol-placement': 'line',
        'symbol-spacing': 350,
        'text-max-angle': 30,
        'symbol-sort-key': ['match', kind, 'highway', 1, ['major_road', 'rail'], 2, 3],
      },
      paint,
    },
    {
      id: `${src}-places-label`,
      type: 'symbol',
      source: src,
      'source-layer': 'places',
      minzoom: 13,
      filter: kindIn('neighbourhood', 'macrohood', 'hamlet', 'village'),
      layout: {
        'text-field': streetsNameField(lang),
        'text-font': LABEL_FONT,
        'text-size': 10.5 * labelScale,
        'text-max-width': 7,
      },
      paint,
    },
  ];
}
