/**
 * Zones of the catalogue and their members: places whose position is known only to a zone (a
 * development zone, the 两湖 core) name it in `zone`. The map draws such a place as a member of its
 * zone, never as a point of its own, and the zone lists and counts them.
 */
import type { PlaceFeature } from './types';

/**
 * The members of each zone, by zone id, in catalogue order. Unlocated members are listed too (they
 * belong to the zone's list); the map's count is the length of this list.
 */
export function zoneMembers(places: readonly PlaceFeature[]): Map<string, PlaceFeature[]> {
  const out = new Map<string, PlaceFeature[]>();
  for (const place of places) {
    const zone = place.properties.zone;
    if (zone === undefined) continue;
    const list = out.get(zone);
    if (list) list.push(place);
    else out.set(zone, [place]);
  }
  return out;
}
