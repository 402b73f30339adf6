/**
 * The report's places on the map as the state wants them: which groups are shown, which places
 * pass the filters, and which are selected, hovered or tied to the selected figure (feature-state).
 * Part of the map adapter (adapter.ts); it talks to MapLibre only through the few calls it names.
 */
import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER_GROUPS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';
import { PREVALIDATED } from './add-layers';
import type { ShownPlace } from './style/spread-cache';
import type { RingKind } from './style/markers';
import { PlaceRings, type RingMark } from './place-rings';

/** What of MapLibre the place layers use (a stub map provides the same in the unit tests). */
export type PlaceLayersMap = Pick<
  MapLibreMap,
  'setFilter' | 'setLayoutProperty' | 'setFeatureState' | 'getSource'
>;

interface PlaceRef {
  id: string;
  group: GroupId;
}

export class PlaceLayers {
  /** Each place's group (the map source it is drawn from). */
  readonly groupOf = new Map<string, GroupId>();
  /** The zone of each place known only to a zone (catalogue/zones.ts). */
  private readonly zoneOf = new Map<string, string>();
  /** Places outside the map, pinned at its edge from the off-map source. */
  private readonly offMap = new Set<string>();
  /** Each place layer's own filter (geometry type, status), kept to combine with the user's filter. */
  private readonly baseFilters = new Map<string, { group: GroupId; filter: unknown }>();
  private visibleGroups: readonly GroupId[];
  private visibleIds: ReadonlySet<string> | null;
  /** What the layers' filters and visibility were last set to: MapLibre asks for a frame even for an equal value. */
  private appliedIdsKey: string | null = null;
  private readonly appliedVisible = new Map<string, boolean>();
  private selected: PlaceRef | null = null;
  private hovered: PlaceRef | null = null;
  private figurePlaces: PlaceRef[] = [];
  private map: PlaceLayersMap | null = null;
  /** The rings around the marked point places, which follow the markers' spread. */
  private readonly rings = new PlaceRings();

  constructor(
    places: Record<GroupId, FeatureCollection>,
    visibleGroups: readonly GroupId[],
    visibleIds: ReadonlySet<string> | null,
  ) {
    for (const [group, fc] of Object.entries(places) as [GroupId, FeatureCollection][]) {
      for (const f of fc.features) {
        this.groupOf.set(String(f.id), group);
        if (f.properties?.off_map) this.offMap.add(String(f.id));
        if (typeof f.properties?.zone === 'string') this.zoneOf.set(String(f.id), f.properties.zone);
      }
    }
    this.visibleGroups = visibleGroups;
    this.visibleIds = visibleIds;
  }

  get groups(): readonly GroupId[] {
    return this.visibleGroups;
  }

  /** Whether a place is shown now: its group is on and it passes the user's filter. */
  readonly shown: ShownPlace = (id, group) =>
    this.visibleGroups.includes(group) && (this.visibleIds === null || this.visibleIds.has(id));

  /**
   * Writes the present visibility and filters into the style the map opens with, so the map's
   * load needs no change of either (each would make MapLibre re-tile a source).
   */
  prepareStyle(style: StyleSpecification): void {
    const passing = this.passingIds();
    this.appliedIdsKey = idsKey(passing);
    for (const layer of style.layers)
      this.prepareLayer(layer, passing, (layer as { source?: string }).source);
    this.rings.setPlaces(laidOutPlaces(style));
  }

  /** The places laid out again (marker-data.ts): the rings take their new spread. */
  setLaidOut(places: Record<GroupId, FeatureCollection>): void {
    this.rings.setPlaces(places);
  }

  /**
   * Layers added after the style (the off-map pin's, which come with their code): each joins its
   * group's visibility and the user's filter, written into it before it is added.
   */
  prepareLayers(groupId: GroupId, layers: readonly LayerSpecification[]): void {
    for (const layer of layers) this.prepareLayer(layer, this.passingIds(), groupId);
  }

  /** A place layer's visibility and filter, its group's (a layer's group is its source, or given). */
  private prepareLayer(layer: LayerSpecification, passing: string[] | null, groupId?: string): void {
    const group = LAYER_GROUPS.find((g) => g.id === groupId);
    if (!group) return;
    const base = 'filter' in layer ? layer.filter : undefined;
    this.baseFilters.set(layer.id, { group: group.id, filter: base });
    const combined = combinedFilter(base, passing);
    if (combined) (layer as { filter?: unknown }).filter = combined;
    const visible = this.visibleGroups.includes(group.id);
    this.appliedVisible.set(layer.id, visible);
    layer.layout = { ...layer.layout, visibility: visible ? 'visible' : 'none' };
  }

  /** The style has loaded: what the state asked for meanwhile is applied now, and later changes at once. */
  attach(map: PlaceLayersMap): void {
    this.map = map;
    this.applyFilters();
    this.applyGroups();
    this.setSelected(this.selected?.id ?? null);
    this.setFigurePlaces(this.figurePlaces.map((p) => p.id));
    this.rings.attach(map);
  }

  detach(): void {
    this.map = null;
    this.rings.detach();
  }

  /** Shows these groups only; returns whether that changes which places are shown. */
  setVisibleGroups(groups: readonly GroupId[]): boolean {
    const changed = groupsKey(groups) !== groupsKey(this.visibleGroups);
    this.visibleGroups = groups;
    this.applyGroups();
    if (changed) this.markRings();
    return changed;
  }

  /** Shows only these places (null: all); returns whether that changes which places are shown. */
  setVisibleIds(ids: ReadonlySet<string> | null): boolean {
    const changed = idsKey(this.passingIds(ids)) !== idsKey(this.passingIds(this.visibleIds));
    this.visibleIds = ids;
    this.applyFilters();
    if (changed) this.markRings();
    return changed;
  }

  /** Marks the selected place (or none). */
  setSelected(id: string | null): void {
    this.setFeatureState(this.selected, 'selected', false);
    this.selected = this.ref(id);
    this.setFeatureState(this.selected, 'selected', true);
    this.markRings();
  }

  /** Marks the hovered place (or none); returns whether that changed anything. */
  setHovered(id: string | null): boolean {
    if (id === (this.hovered?.id ?? null)) return false;
    this.setFeatureState(this.hovered, 'hover', false);
    this.hovered = this.ref(id);
    this.setFeatureState(this.hovered, 'hover', true);
    this.markRings();
    return true;
  }

  /**
   * Marks the places tied to the selected figure or the tour's stop (feature-state `figure`); a zone's
   * members by their zone. An empty list clears them.
   */
  setFigurePlaces(ids: readonly string[]): void {
    for (const target of this.figurePlaces) this.setFeatureState(target, 'figure', false);
    // A place known only to its zone is marked by its zone: where inside the zone it lies is not
    // known, and several members marked one by one would pile up on a spot of the map's choosing.
    const marked = new Set(ids.map((id) => this.zoneOrSelf(id)));
    this.figurePlaces = [...marked].flatMap((id) => this.ref(id) ?? []);
    for (const target of this.figurePlaces) this.setFeatureState(target, 'figure', true);
    this.markRings();
  }

  /**
   * The shown places to ring and with which ring (place-rings.ts keeps those drawn as point
   * markers): selection wins over the figure mark, which wins over hover.
   */
  ringMarks(): RingMark[] {
    const figure = new Set(this.figurePlaces.map((p) => p.id));
    const ids = [this.selected, ...this.figurePlaces, this.hovered].flatMap((p) =>
      p && this.shown(p.id, p.group) ? [p.id] : [],
    );
    return [...new Set(ids)].map((id) => {
      const kind: RingKind =
        id === this.selected?.id
          ? figure.has(id)
            ? 'selected-figure'
            : 'selected'
          : figure.has(id)
            ? 'figure'
            : 'hover';
      return { id, kind };
    });
  }

  private markRings(): void {
    this.rings.setMarks(this.ringMarks());
  }

  private zoneOrSelf(id: string): string {
    const zone = this.zoneOf.get(id);
    return zone !== undefined && this.groupOf.has(zone) ? zone : id;
  }

  private ref(id: string | null): PlaceRef | null {
    const group = id ? this.groupOf.get(id) : undefined;
    return id && group ? { id, group } : null;
  }

  private setFeatureState(target: PlaceRef | null, key: string, value: boolean): void {
    if (!target || !this.map) return;
    this.map.setFeatureState({ source: target.group, id: target.id }, { [key]: value });
    // A place outside the map is pinned from a source of its own (map/off-map-pins.ts).
    if (this.offMap.has(target.id))
      this.map.setFeatureState({ source: 'off-map', id: target.id }, { [key]: value });
  }

  private applyGroups(): void {
    if (!this.map) return;
    for (const [layerId, { group }] of this.baseFilters) {
      const visible = this.visibleGroups.includes(group);
      if (this.appliedVisible.get(layerId) === visible) continue;
      this.appliedVisible.set(layerId, visible);
      this.map.setLayoutProperty(layerId, 'visibility', visible ? 'visible' : 'none', PREVALIDATED);
    }
  }

  /** Combines each layer's own filter with the user's filter (as a list of passing ids). */
  private applyFilters(): void {
    if (!this.map) return;
    const passing = this.passingIds();
    const key = idsKey(passing);
    if (key === this.appliedIdsKey) return;
    this.appliedIdsKey = key;
    for (const [layerId, { filter: base }] of this.baseFilters) {
      this.map.setFilter(layerId, (combinedFilter(base, passing) ?? null) as never, PREVALIDATED);
    }
  }

  /**
   * The ids the user's filter lets through, or null when it lets every place on the map through:
   * then the layers need no id filter, and the worker no lookup per feature and layer.
   */
  private passingIds(ids = this.visibleIds): string[] | null {
    if (!ids) return null;
    for (const id of this.groupOf.keys()) if (!ids.has(id)) return [...ids].sort();
    return null;
  }
}

/** The groups' places as the style holds them: laid out, with their spread indices. */
function laidOutPlaces(style: StyleSpecification): Record<GroupId, FeatureCollection> {
  const data = (id: string) => (style.sources[id] as GeoJSONSourceSpecification | undefined)?.data;
  return Object.fromEntries(
    LAYER_GROUPS.map((g) => {
      const fc = data(g.id);
      return [g.id, typeof fc === 'object' && fc.type === 'FeatureCollection' ? fc : EMPTY];
    }),
  ) as Record<GroupId, FeatureCollection>;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A place layer's own filter combined with the user's filter (null: everything passes). */
function combinedFilter(base: unknown, passing: readonly string[] | null): unknown {
  const idFilter = passing ? ['in', ['get', 'id'], ['literal', passing]] : null;
  return idFilter ? (base ? ['all', base, idFilter] : idFilter) : base;
}

function idsKey(ids: readonly string[] | null): string | null {
  return ids ? ids.join('\n') : null;
}

function groupsKey(groups: readonly GroupId[]): string {
  return [...groups].sort().join();
}
