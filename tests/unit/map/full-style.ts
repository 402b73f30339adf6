/** The style the map opens with, as the adapter builds it, with empty place collections. */
import type { StyleSpecification } from 'maplibre-gl';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { atlasStyle } from '../../../src/lib/map/style/atlas-style';

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
