/**
 * What the map is given of each place: the located features of one group with only the flat
 * properties the style reads. Quotes and provenance stay in the catalogue; the map's worker
 * never needs them.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../catalog/catalog';
import { GROUP_IDS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';

export function toMapFeatures(catalog: Catalog): Record<GroupId, FeatureCollection> {
  const out = {} as Record<GroupId, FeatureCollection>;
  for (const g of GROUP_IDS) {
    out[g] = {
      type: 'FeatureCollection',
      features: catalog.groups[g].features
        .filter((f) => f.geometry !== null && !f.properties.unlocated)
        .map((f) => ({
          type: 'Feature',
          id: f.properties.id,
          geometry: f.geometry!,
          properties: {
            id: f.properties.id,
            name_zh: f.properties.name_zh,
            name_en: f.properties.name_en,
            status: f.properties.status,
            precision: f.properties.precision,
            precision_m: f.properties.precision_m,
          },
        })),
    };
  }
  return out;
}
