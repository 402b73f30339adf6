/** The style the map opens with, as the adapter builds it, with empty place collections. */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { atlasStyle } from '../../../src/lib/map/style/atlas-style';
import {
  STREETS_LABELS_BEFORE_ID,
  STREETS_SHAPES_BEFORE_ID,
  streetsLabelLayers,
  streetsShapeLayers,
  streetsSource,
} from '../../../src/lib/map/style/streets';

const emptyCollection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function fullStyle(lang: 'zh' | 'en', textScale = 1): StyleSpecification {
  return atlasStyle({
    basemapUrls: {
      district: './district.geojson',
      lakes: './lakes.geojson',
      rivers: './rivers.geojson',
      towns: './towns.geojson',
      places: './places.geojson',
    },
    places: Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, emptyCollection])) as Record<
      GroupId,
      GeoJSON.FeatureCollection
    >,
    lang,
    textScale,
  });
}

/** The whole style as the adapter makes it once the streets are added (each part before its layer). */
export function styleWithStreets(lang: 'zh' | 'en', textScale = 1): StyleSpecification {
  const base = fullStyle(lang, textScale);
  const layers = [...base.layers];
  const insert = (before: string, added: typeof layers) =>
    layers.splice(
      layers.findIndex((l) => l.id === before),
      0,
      ...added,
    );
  insert(STREETS_SHAPES_BEFORE_ID, streetsShapeLayers());
  insert(STREETS_LABELS_BEFORE_ID, streetsLabelLayers(lang, textScale));
  return {
    ...base,
    sources: { ...base.sources, streets: streetsSource('http://localhost/streets/wujin.pmtiles') },
    layers,
  };
}
