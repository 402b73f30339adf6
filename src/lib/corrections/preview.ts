/**
 * The places as they will be once the corrections made in this visit are applied: what the map
 * draws in correction mode, so a maintainer sees each place where they put it before exporting.
 * Pure; the catalogue itself is never changed (geo:apply does that, through the data gate).
 */
import type { GroupId, PlaceCollection, PlaceFeature } from '../catalog/types';
import type { Correction } from './patch';

/** The groups with each corrected place's geometry and precision replaced; other places are shared. */
export function correctedGroups(
  groups: Record<GroupId, PlaceCollection>,
  corrections: readonly Correction[],
): Record<GroupId, PlaceCollection> {
  const byId = new Map(corrections.map((c) => [c.id, c]));
  const out = {} as Record<GroupId, PlaceCollection>;
  for (const [group, fc] of Object.entries(groups) as [GroupId, PlaceCollection][]) {
    out[group] = {
      ...fc,
      features: fc.features.map((place): PlaceFeature => {
        const c = byId.get(place.properties.id);
        if (!c) return place;
        const { unlocated: _unlocated, ...properties } = place.properties;
        return {
          ...place,
          geometry: c.new.geometry,
          properties: { ...properties, precision: c.new.precision, precision_m: c.new.precision_m },
        };
      }),
    };
  }
  return out;
}
