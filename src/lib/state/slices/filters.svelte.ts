/**
 * The filters the user set: visible layer groups, statuses, year, town. The slice itself is a
 * `Filters` (see ../filters.ts), so the one function that decides whether a place passes reads it
 * directly.
 */
import { GROUP_IDS, LAYER_GROUPS } from '../../catalog/groups';
import type { GroupId, Status } from '../../catalog/types';
import type { Filters } from '../filters';
import type { FilterYear } from '../url';

export const DEFAULT_GROUPS: readonly GroupId[] = LAYER_GROUPS.filter((g) => g.defaultVisible).map(
  (g) => g.id,
);

/** Every filter at once: what the tour keeps to put back, and what a link sets. */
export interface FilterSnapshot {
  groups: readonly GroupId[];
  statuses: readonly Status[] | null;
  year: FilterYear | null;
  town: string | null;
  /** Only places with updates since the report; absent counts as false (older snapshots). */
  updatesOnly?: boolean;
}

export class FilterState implements Filters {
  readonly #hasTown: (town: string) => boolean;
  #groups = $state.raw<readonly GroupId[]>(DEFAULT_GROUPS);
  #statuses = $state.raw<readonly Status[] | null>(null);
  #year = $state<FilterYear | null>(null);
  #town = $state<string | null>(null);
  #updatesOnly = $state(false);

  /** `hasTown`: whether any place lies in a town (a filter that would show nothing is refused). */
  constructor(hasTown: (town: string) => boolean) {
    this.#hasTown = hasTown;
  }

  /** Visible layer groups, in the legend's order. */
  get groups(): readonly GroupId[] {
    return this.#groups;
  }
  /** Statuses shown; null for every status. */
  get statuses(): readonly Status[] | null {
    return this.#statuses;
  }
  /** Only places the report mentions for this year; null for both. */
  get year(): FilterYear | null {
    return this.#year;
  }
  /** Only places in this town or 街道 (towns.geojson id); null for all. */
  get town(): string | null {
    return this.#town;
  }

  /** Only places with dated public facts from after the report (后续进展). */
  get updatesOnly(): boolean {
    return this.#updatesOnly;
  }

  get snapshot(): FilterSnapshot {
    return {
      groups: this.#groups,
      statuses: this.#statuses,
      year: this.#year,
      town: this.#town,
      updatesOnly: this.#updatesOnly,
    };
  }

  setUpdatesOnly(on: boolean): void {
    this.#updatesOnly = on;
  }

  toggleGroup(id: GroupId): void {
    this.#groups = this.#groups.includes(id)
      ? this.#groups.filter((g) => g !== id)
      : GROUP_IDS.filter((g) => g === id || this.#groups.includes(g));
  }

  /** Shows these groups only (unknown ids are left out), in the legend's order. */
  setGroups(ids: readonly GroupId[]): void {
    this.#groups = GROUP_IDS.filter((g) => ids.includes(g));
  }

  toggleStatus(id: Status, all: readonly Status[]): void {
    const current = this.#statuses ?? all;
    const next = current.includes(id)
      ? current.filter((s) => s !== id)
      : all.filter((s) => s === id || current.includes(s));
    this.#statuses = next.length === all.length ? null : next;
  }

  setStatuses(statuses: readonly Status[] | null): void {
    this.#statuses = statuses;
  }

  setYear(year: FilterYear | null): void {
    this.#year = year;
  }

  /** Filters by town; false (and no change) for a town no place lies in. */
  setTown(town: string | null): boolean {
    if (town !== null && !this.#hasTown(town)) return false;
    this.#town = town;
    return true;
  }

  /** Puts every filter back as it was (or, with no snapshot, to the defaults). */
  restore(snapshot: FilterSnapshot = DEFAULT_FILTERS): void {
    this.setGroups(snapshot.groups);
    this.#statuses = snapshot.statuses;
    this.#year = snapshot.year;
    this.#town = snapshot.town !== null && this.#hasTown(snapshot.town) ? snapshot.town : null;
    this.#updatesOnly = snapshot.updatesOnly ?? false;
  }
}

export const DEFAULT_FILTERS: FilterSnapshot = {
  groups: DEFAULT_GROUPS,
  statuses: null,
  year: null,
  town: null,
  updatesOnly: false,
};
