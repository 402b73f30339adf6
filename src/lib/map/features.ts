/**
 * What the map is given of each place: the located features of one group with only the flat
 * properties the style reads. Quotes and provenance stay in the catalogue; the map's worker
 * never needs them.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { area } from '@turf/turf';
import { anchorOf } from '../geo/anchor';
import type { Catalog } from '../catalog/catalog';
import { GROUP_IDS } from '../catalog/groups';
import type { GroupId, PlaceFeature } from '../catalog/types';
import { zoneMembers } from '../catalog/zones';
import { messages } from '../i18n/messages';

/** Area in km² of a polygon place (0 for points and lines): small zones draw above and win clicks over large ones. */
function areaKm2(place: PlaceFeature): number {
  const type = place.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return 0;
  return Math.round(area(place as Parameters<typeof area>[0]) / 1e4) / 100;
}

function baseProperties(place: PlaceFeature) {
  const p = place.properties;
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    status: p.status,
    precision: p.precision,
    precision_m: p.precision_m,
    area_km2: areaKm2(place),
    // Lakes are already drawn as water by the basemap: as places they only outline when chosen.
    outline_only: p.category === 'lake',
    // Known only to its zone: drawn as one of the zone's members, not as a point of its own, and
    // marked by its zone when a figure or a tour stop names it (place-layers.ts).
    ...(p.zone !== undefined ? { zone_member: true, zone: p.zone } : {}),
    // Outside the drawn map (in Shanghai): kept at its true point, pinned at the edge of the map as
    // seen by the off-map layers (map/off-map-pins.ts).
    ...(p.outside ? { off_map: true } : {}),
  };
}

/**
 * The map features of one place: its geometry; for areas also a label point (so a zone is named
 * once, not once per tile), which for a zone with members (`memberCount`) says how many.
 */
export function placeMapFeatures(place: PlaceFeature, memberCount = 0): Feature[] {
  const p = place.properties;
  if (!place.geometry || p.unlocated) return [];
  const props = baseProperties(place);
  const features: Feature[] = [{ type: 'Feature', id: p.id, geometry: place.geometry, properties: props }];
  if (place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon') {
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: anchorOf(place.geometry) },
      properties: {
        ...props,
        label_point: true,
        ...(memberCount > 0
          ? {
              member_count: memberCount,
              label_zh: messages('zh').zones.mapLabel(p.name_zh, memberCount),
              label_en: messages('en').zones.mapLabel(p.name_en, memberCount),
            }
          : {}),
      },
    });
  }
  return features;
}

export function toMapFeatures(catalog: Pick<Catalog, 'groups'>): Record<GroupId, FeatureCollection> {
  const out = {} as Record<GroupId, FeatureCollection>;
  const members = zoneMembers(GROUP_IDS.flatMap((g) => catalog.groups[g].features));
  for (const g of GROUP_IDS) {
    out[g] = {
      type: 'FeatureCollection',
      features: catalog.groups[g].features.flatMap((place) =>
        placeMapFeatures(place, members.get(place.properties.id)?.length ?? 0),
      ),
    };
  }
  return out;
}
