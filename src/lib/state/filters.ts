/**
 * The filters, and the one function that decides whether a place passes them. Map, legend
 * counts, lists and panels all ask this function, so they always agree.
 */
import type { GroupId, PlaceCollection, PlaceFeature, Status } from '../catalog/types';
import type { FilterYear } from './url';

export interface Filters {
  /** Visible layer groups. */
  groups: readonly GroupId[];
  /** Statuses shown; null means every status. */
  statuses: readonly Status[] | null;
  /** Only places the report mentions for this year (2023 review or 2024 plan); null for both. */
  year: FilterYear | null;
  /** Only places in this town or 街道 (geo/basemap/towns.geojson id); null or absent for all. */
  town?: string | null;
  /** Only places with dated public facts from after the report (后续进展). */
  updatesOnly?: boolean;
}

/** Years in which the report mentions a place: 2023 in the review, 2024 in the plan. */
export function mentionYears(place: PlaceFeature): FilterYear[] {
  const years = new Set<FilterYear>();
  for (const ref of place.properties.report) years.add(ref.paragraph.startsWith('review') ? 2023 : 2024);
  return [...years].sort();
}

/** Whether a place passes the status and year filters (groups are handled as layer visibility). */
export function passesAttributeFilters(place: PlaceFeature, filters: Filters): boolean {
  if (filters.statuses && !filters.statuses.includes(place.properties.status)) return false;
  if (filters.year && !mentionYears(place).includes(filters.year)) return false;
  if (filters.town && place.properties.town !== filters.town) return false;
  if (filters.updatesOnly && !(place.properties.updates?.length ?? 0)) return false;
  return true;
}

export function passesFilters(place: PlaceFeature, group: GroupId, filters: Filters): boolean {
  return filters.groups.includes(group) && passesAttributeFilters(place, filters);
}

/** Ids of the places that pass the status and year filters. */
export function filteredIds(places: readonly PlaceFeature[], filters: Filters): ReadonlySet<string> {
  return new Set(places.filter((p) => passesAttributeFilters(p, filters)).map((p) => p.properties.id));
}

/** Place id → its layer group. */
export function groupIndex(groups: Record<GroupId, PlaceCollection>): ReadonlyMap<string, GroupId> {
  const index = new Map<string, GroupId>();
  for (const [group, fc] of Object.entries(groups) as [GroupId, PlaceCollection][])
    for (const f of fc.features) index.set(f.properties.id, group);
  return index;
}
