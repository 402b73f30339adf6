/**
 * The mark of the current selection by location ("within 3 km of 武进站", "inside my polygon"):
 * a ring around each selected report place's marker and a band along each selected line or area
 * outline, and the same on the planner's feature the selection was made from. Drawn under every
 * label and marker (see SELECTION_HIGHLIGHT_BEFORE_ID), so the names stay readable and a marker
 * sits inside its ring. Pure, like the rest of the style; selection-highlight.ts adds it to the
 * map with the first selection (no first view needs it).
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature, TRANSPARENT } from './programs';
import { isLineOrArea, isPoint } from './overlays';

/** The source holding the selected places and features (properties: `id`, `kind`). */
export const SELECTION_HIGHLIGHT_SOURCE_ID = 'selection-highlight';
/** The layer the mark goes under: the first label of the atlas's own (streets' names go under it too). */
export const SELECTION_HIGHLIGHT_BEFORE_ID = 'places-label';
/** The mark's layers, bottom to top. */
export const SELECTION_HIGHLIGHT_LAYER_IDS = [
  'selection-highlight-casing',
  'selection-highlight-line',
  'selection-highlight-ring-casing',
  'selection-highlight-ring',
] as const;

/** What a feature of the mark is: a report place (its id) or the planner's feature measured from. */
export type SelectionHighlightKind = 'place' | 'feature';

export function selectionHighlightSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data };
}

/**
 * The mark's layers, bottom to top. A place marker's radius is 8.25 px at zoom 8 and 12.1 px at
 * zoom 14 (MARKER_SIZE_PX × its icon-size, places.ts); the ring lies just outside it.
 */
export function selectionHighlightLayers(textScale = 1): LayerSpecification[] {
  const source = SELECTION_HIGHLIGHT_SOURCE_ID;
  const [casing, line, ringCasing, ring] = SELECTION_HIGHLIGHT_LAYER_IDS;
  const ringRadius = byZoom([8, 9.5 * textScale], [14, 13.5 * textScale]);
  const ringWidth = 3.5 * textScale;
  return [
    {
      id: casing,
      type: 'line',
      source,
      filter: isLineOrArea,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.selectionOutline),
        'line-opacity': 0.7,
        'line-width': byZoom([8, 5.5 * textScale], [14, 8 * textScale]),
      },
    },
    {
      id: line,
      type: 'line',
      source,
      filter: isLineOrArea,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.selection),
        'line-width': byZoom([8, 3 * textScale], [14, 5 * textScale]),
      },
    },
    {
      // A thin dark ring just outside the light one: the light one alone is lost on pale land.
      id: ringCasing,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-radius': byZoom([8, 9.5 * textScale + ringWidth], [14, 13.5 * textScale + ringWidth]),
        'circle-color': perFeature(TRANSPARENT),
        'circle-stroke-color': perFeature(palette.selectionOutline),
        'circle-stroke-width': perFeature(1.25 * textScale),
      },
    },
    {
      id: ring,
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-radius': ringRadius,
        'circle-color': perFeature(TRANSPARENT),
        'circle-stroke-color': perFeature(palette.selection),
        'circle-stroke-width': perFeature(ringWidth),
      },
    },
  ];
}
