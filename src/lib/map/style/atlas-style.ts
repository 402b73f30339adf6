/**
 * The whole style the atlas opens with, as one pure function: embedded basemap, the report's
 * places per layer group, labels and the overlays, in drawing order. The adapter adds the user's
 * visibility and filters; the unit tests validate exactly this style, which is why the map itself
 * skips MapLibre's validation at start-up.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { LakeShapes } from '../../geo/lake-shapes';
import { LAYER_GROUPS } from '../../catalog/groups';
import type { GroupId } from '../../catalog/types';
import { basemapLabelLayers, basemapLayersBelow, basemapSources, type BasemapSourceId } from './basemap';
import { haloLayers, overlayLayers, overlaySources } from './overlays';
import {
  groupLayers,
  isMarkerLayerId,
  placeRingsLayer,
  PLACE_LABEL_MIN_ZOOM,
  PLACE_RINGS_SOURCE_ID,
} from './places';
import { SPREAD_ZOOMS, spreadOffsetExpression, spreadProperty } from './marker-spread';
import { clusteredProperty, clusterFeatures, clusterLayer, CLUSTER_SOURCE_ID } from './marker-clusters';
import { isSpreadMarker, spreadFor, spreadPoints, type ShownPlace, type SpreadCache } from './spread-cache';
import type { Lang } from './text';

export type { ShownPlace } from './spread-cache';

export interface AtlasStyleInput {
  basemapUrls: Record<BasemapSourceId, string>;
  /** Located places per group, with flat properties (see toMapFeatures). */
  places: Record<GroupId, FeatureCollection>;
  lang: Lang;
  /** Scale for symbols and labels (large screens). */
  textScale: number;
  /** The markers' spread as the build worked it out (spread-cache.ts); computed here when absent or stale. */
  spreadCache?: SpreadCache;
  /** The lakes' simplified outlines the build worked out (geo/lake-shapes.ts), which their names are written from; no lake is named when absent. */
  lakeOutlines?: LakeShapes;
  /**
   * Whether a place is shown (its group on, through the filters): only shown markers are spread
   * and counted in discs. All are when absent.
   */
  shown?: ShownPlace;
}

export function atlasStyle({
  basemapUrls,
  places,
  lang,
  textScale,
  spreadCache,
  lakeOutlines,
  shown,
}: AtlasStyleInput): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    ...basemapSources(basemapUrls, lakeOutlines),
    ...overlaySources(),
    // Empty until a place outside the map is pinned (its layers come with that code, off-map-pins.ts).
    'off-map': { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
    // Empty until a place is selected, hovered or tied to a figure (place-rings.ts).
    [PLACE_RINGS_SOURCE_ID]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
  const spread = spreadPlaces(places, textScale, spreadCache, shown);
  for (const g of LAYER_GROUPS) {
    sources[g.id] = { type: 'geojson', data: spread.places[g.id], promoteId: 'id' };
  }
  sources[CLUSTER_SOURCE_ID] = { type: 'geojson', data: spread.clusters, promoteId: 'id' };
  const iconOffset = spreadOffsetExpression(spread.tables);
  const placeLayers = LAYER_GROUPS.flatMap((g) => groupLayers(g, lang, textScale, iconOffset));
  const isMarker = (l: LayerSpecification) => l.type === 'symbol' && isMarkerLayerId(l.id);
  const isLabel = (l: LayerSpecification) => l.type === 'symbol' && l.id.includes('-label');
  const shapes = placeLayers.filter((l) => !isMarker(l) && !isLabel(l));
  const labels = placeLayers.filter(isLabel);
  // MapLibre places symbols from the top layer down: markers above the labels are placed first,
  // so every label then keeps clear of them (see places.ts).
  const markers = placeLayers.filter(isMarker);
  return {
    version: 8,
    sources,
    layers: [
      ...basemapLayersBelow(),
      ...shapes,
      ...haloLayers(),
      // Under the labels and the markers, as the places' shapes are.
      placeRingsLayer(textScale, iconOffset),
      ...basemapLabelLayers(lang, textScale, reportLakeIds(places), PLACE_LABEL_MIN_ZOOM),
      ...labels,
      ...markers,
      clusterLayer(textScale, iconOffset),
      ...overlayLayers(textScale),
    ],
  };
}

/** Lakes that are places of the report (drawn as water by the basemap, outlined only when chosen). */
function reportLakeIds(places: Record<GroupId, FeatureCollection>): string[] {
  return LAYER_GROUPS.flatMap((g) =>
    places[g.id].features.filter((f) => f.properties?.outline_only === true).map((f) => String(f.id)),
  );
}

/** The places with their spread indices, per zoom of SPREAD_ZOOMS the offsets they index, and the clusters. */
export interface SpreadPlaces {
  places: Record<GroupId, FeatureCollection>;
  tables: [number, number][][];
  clusters: FeatureCollection;
}

/**
 * The places with each marker's spread offsets (geo/spread.ts) at SPREAD_ZOOMS, so markers that
 * share a spot stand side by side at every zoom instead of on top of each other, and where too
 * many share it, the clusters that count them (marker-layout.ts). Only the `shown` markers are
 * laid out: a hidden one neither leaves a gap among its neighbours nor counts in a disc. The
 * build's cache is for all markers, so it serves only while every marker is shown. `previous`:
 * the offset tables the map holds now, extended rather than renumbered, so that features still
 * carrying the old indices keep their offsets until their new data reaches the map.
 */
export function spreadPlaces(
  places: Record<GroupId, FeatureCollection>,
  textScale: number,
  cache?: SpreadCache,
  shown?: ShownPlace,
  previous?: readonly (readonly [number, number][])[],
): SpreadPlaces {
  const layout = spreadFor(spreadPoints(places, shown), textScale, cache);
  const offsets = layout.offsets;
  // Entry 0 of every zoom's table is "where it is"; a feature without the property gets it.
  const tables: [number, number][][] = SPREAD_ZOOMS.map((_, i) => [...(previous?.[i] ?? [[0, 0]])]);
  const known = tables.map((table) => new Map(table.map(([dx, dy], k) => [`${dx},${dy}`, k])));
  const indexOf = (i: number, dx: number, dy: number): number => {
    // (+ 0 turns -0 into 0, as the catalogue's JSON does.)
    const at: [number, number] = [Math.round(dx * 10) / 10 + 0, Math.round(dy * 10) / 10 + 0];
    if (at[0] === 0 && at[1] === 0) return 0;
    const key = `${at[0]},${at[1]}`;
    const index = known[i]!.get(key) ?? tables[i]!.push(at) - 1;
    known[i]!.set(key, index);
    return index;
  };
  const out = {} as Record<GroupId, FeatureCollection>;
  for (const g of LAYER_GROUPS) {
    out[g.id] = {
      type: 'FeatureCollection',
      features: places[g.id].features.map((f) => {
        const id = String(f.id);
        const list = isSpreadMarker(f) ? offsets.get(id) : undefined;
        const counted = isSpreadMarker(f) ? (layout.clustered.get(id) ?? []) : [];
        if ((!list || list.every(([dx, dy]) => dx === 0 && dy === 0)) && counted.length === 0) return f;
        const extra: Record<string, number | boolean> = {};
        list?.forEach(([dx, dy], i) => {
          const index = indexOf(i, dx, dy);
          if (index > 0) extra[spreadProperty(i)] = index;
        });
        for (const i of counted) extra[clusteredProperty(i)] = true;
        return { ...f, properties: { ...f.properties, ...extra } };
      }),
    };
  }
  const clusters = clusterFeatures(layout, (i, [dx, dy]) => indexOf(i, dx, dy));
  return { places: out, tables, clusters };
}
