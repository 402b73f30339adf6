/**
 * The markers laid out again for the places shown now: after a layer group is switched off or a
 * filter hides places, the spread closes their gaps and the counted discs count only what is
 * shown (atlas-style.ts `spreadPlaces`). Loaded the first time what is shown changes, so the
 * first load does not carry it; the style the map opens with is laid out the same way.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_GROUPS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';
import { PREVALIDATED } from './add-layers';
import { spreadPlaces, type ShownPlace } from './style/atlas-style';
import { CLUSTER_LAYER_ID, CLUSTER_SOURCE_ID } from './style/marker-clusters';
import { PLACE_RINGS_LAYER_ID } from './style/places';
import { SPREAD_ZOOMS, spreadOffsetExpression } from './style/marker-spread';
import type { SpreadCache } from './style/spread-cache';

/** What of MapLibre the markers' data uses. */
export type MarkerDataMap = Pick<
  MapLibreMap,
  'getSource' | 'getLayer' | 'getLayoutProperty' | 'setLayoutProperty'
>;

export interface MarkerData {
  places: Record<GroupId, FeatureCollection>;
  textScale: number;
  shown: ShownPlace;
  /** The build's layout of every marker: used when every marker is shown (spread-cache.ts). */
  spreadCache?: SpreadCache;
}

/**
 * The offset tables an icon-offset expression reads (spreadOffsetExpression's input, a zoom
 * without offsets as [[0, 0]]), or undefined for anything else.
 */
export function spreadTablesOf(expression: unknown): [number, number][][] | undefined {
  if (!Array.isArray(expression) || expression[0] !== 'interpolate') return undefined;
  return SPREAD_ZOOMS.map((_, i) => {
    const stop: unknown = expression[4 + 2 * i];
    const at = Array.isArray(stop) && stop[0] === 'array' ? (stop[3] as unknown[]) : undefined;
    const literal = at?.[2];
    return Array.isArray(literal) && literal[0] === 'literal' ? (literal[1] as [number, number][]) : [[0, 0]];
  });
}

/**
 * Sets the groups' sources, the discs' source and the markers' offset tables for what is shown;
 * returns the places as laid out (with their spread indices, which the rings copy: place-rings.ts).
 */
export function applyMarkerData(map: MarkerDataMap, data: MarkerData): Record<GroupId, FeatureCollection> {
  // The tables the map draws with now grow rather than change: until a source's new data is
  // there, its tiles read the new tables with the old indices, which must still mean the same.
  const inUse = map.getLayer(CLUSTER_LAYER_ID)
    ? spreadTablesOf(map.getLayoutProperty(CLUSTER_LAYER_ID, 'icon-offset'))
    : undefined;
  const spread = spreadPlaces(data.places, data.textScale, data.spreadCache, data.shown, inUse);
  const setData = (id: string, fc: FeatureCollection) =>
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(fc);
  for (const g of LAYER_GROUPS) setData(g.id, spread.places[g.id]);
  setData(CLUSTER_SOURCE_ID, spread.clusters);
  // The offsets' tables are numbered afresh with each layout: every layer that reads them changes too.
  const iconOffset = spreadOffsetExpression(spread.tables);
  for (const id of [...LAYER_GROUPS.map((g) => `${g.id}-point`), CLUSTER_LAYER_ID, PLACE_RINGS_LAYER_ID])
    if (map.getLayer(id)) map.setLayoutProperty(id, 'icon-offset', iconOffset, PREVALIDATED);
  return spread.places;
}
