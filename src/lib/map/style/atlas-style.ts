/**
 * The whole style the atlas opens with, as one pure function: embedded basemap, the report's
 * places per layer group, labels and the overlays, in drawing order. The adapter adds the user's
 * visibility and filters; the unit tests validate exactly this style, which is why the map itself
 * skips MapLibre's validation at start-up.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { LAYER_GROUPS } from '../../catalog/groups';
import type { GroupId } from '../../catalog/types';
import { basemapLabelLayers, basemapLayersBelow, basemapSources, type BasemapSourceId } from './basemap';
import { overlayLayers, overlaySources } from './overlays';
import { groupLayers } from './places';
import type { Lang } from './text';

export interface AtlasStyleInput {
  basemapUrls: Record<BasemapSourceId, string>;
  /** Located places per group, with flat properties (see toMapFeatures). */
  places: Record<GroupId, FeatureCollection>;
  lang: Lang;
  /** Scale for symbols and labels (large screens). */
  textScale: number;
}

export function atlasStyle({ basemapUrls, places, lang, textScale }: AtlasStyleInput): StyleSpecification {
  const sources: StyleSpecification['sources'] = {
    ...basemapSources(basemapUrls),
    ...overlaySources(),
  };
  for (const g of LAYER_GROUPS) {
    sources[g.id] = { type: 'geojson', data: places[g.id], promoteId: 'id' };
  }
  const placeLayers = LAYER_GROUPS.flatMap((g) => groupLayers(g, lang, textScale));
  const shapes = placeLayers.filter((l) => l.type !== 'symbol' || !l.id.includes('-label'));
  const labels = placeLayers.filter((l) => l.type === 'symbol' && l.id.includes('-label'));
  return {
    version: 8,
    sources,
    layers: [
      ...basemapLayersBelow(),
      ...shapes,
      ...basemapLabelLayers(lang, textScale),
      ...labels,
      ...overlayLayers(textScale),
    ],
  };
}
