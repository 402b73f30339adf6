/**
 * The rings around marked point places (style: places.ts placeRingsLayer): the selected, hovered
 * and figure-marked places that are point markers, copied into a source of their own with their
 * spread indices, so each ring is offset exactly as its marker is. A symbol's image cannot follow
 * feature-state, so the ring's kind is a property of the copy, set here. Part of the map adapter
 * (adapter.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_GROUPS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';
import type { RingKind } from './style/markers';
import { clusteredProperty } from './style/marker-clusters';
import { SPREAD_ZOOMS, spreadProperty } from './style/marker-spread';
import { PLACE_RINGS_SOURCE_ID } from './style/places';

/** What of MapLibre the rings use (a stub map provides the same in the unit tests). */
export type PlaceRingsMap = Pick<MapLibreMap, 'getSource'>;

/** A place to ring, and which ring. */
export interface RingMark {
  id: string;
  kind: RingKind;
}

export class PlaceRings {
  /** Each place as its group's source holds it now (with its spread indices), by id. */
  private readonly byId = new Map<string, Feature>();
  private marks: readonly RingMark[] = [];
  private map: PlaceRingsMap | null = null;
  /** What the source was last given (the style starts it empty): setData re-tiles it, so an equal value is not sent again. */
  private applied = JSON.stringify({ type: 'FeatureCollection', features: [] });

  /** The style has loaded: rings asked for meanwhile are drawn now. */
  attach(map: PlaceRingsMap): void {
    this.map = map;
    this.apply();
  }

  detach(): void {
    this.map = null;
  }

  /**
   * The groups' places as their sources hold them (laid out: atlas-style.ts spreadPlaces), when the
   * map opens and each time they are laid out again: the rings follow.
   */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.byId.clear();
    for (const g of LAYER_GROUPS)
      for (const f of places[g.id]?.features ?? []) this.byId.set(String(f.id), f);
    this.apply();
  }

  /** The places to ring now (place-layers.ts ringMarks). */
  setMarks(marks: readonly RingMark[]): void {
    this.marks = marks;
    this.apply();
  }

  /** The source's features: a ring for each marked place drawn as a point marker. */
  features(): FeatureCollection {
    return {
      type: 'FeatureCollection',
      features: this.marks.flatMap(({ id, kind }) => {
        const f = this.byId.get(id);
        // Areas and lines are marked by their own layers; a place outside the map by its pin (off-map.ts).
        if (f?.geometry?.type !== 'Point' || f.properties?.label_point || f.properties?.off_map) return [];
        // The marker's offsets, and the zooms at which it is counted in a disc instead.
        const properties: Record<string, unknown> = { id, ring: kind };
        for (const [i] of SPREAD_ZOOMS.entries())
          for (const key of [spreadProperty(i), clusteredProperty(i)]) {
            const value: unknown = f.properties?.[key];
            if (value !== undefined) properties[key] = value;
          }
        return [{ type: 'Feature' as const, id, geometry: f.geometry, properties }];
      }),
    };
  }

  private apply(): void {
    if (!this.map) return;
    const data = this.features();
    const key = JSON.stringify(data);
    if (key === this.applied) return;
    this.applied = key;
    (this.map.getSource(PLACE_RINGS_SOURCE_ID) as GeoJSONSource | undefined)?.setData(data);
  }
}
