/**
 * The overlays drawn over the report's places: near me's origin and ring, the search pin and the
 * measurement, and the chosen place's halo (drawn under the places' marks) (the planner's own layers are user-layers.ts's). Part of the map adapter
 * (adapter.ts). The style starts every overlay empty; data given before the style has loaded is
 * applied once, on load.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { OverlaySourceId } from './style/overlays';

/** What of MapLibre the overlays use (a stub map provides the same in the unit tests). */
export type OverlayMap = Pick<MapLibreMap, 'getSource'>;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export class OverlaySources {
  /** What the overlay sources hold, kept to fill them once the style has loaded. */
  private readonly data: Record<OverlaySourceId, FeatureCollection | string> = {
    near: empty(),
    'search-pin': empty(),
    measure: empty(),
    halo: empty(),
  };
  /** Overlays given data before the style loaded. */
  private readonly pending = new Set<OverlaySourceId>();
  private map: OverlayMap | null = null;

  /** The style has loaded: only what changed since it was built goes to the map. */
  attach(map: OverlayMap): void {
    this.map = map;
    for (const id of this.pending) this.apply(id);
    this.pending.clear();
  }

  detach(): void {
    this.map = null;
  }

  /** The pin search leaves (a labelled point), or none. */
  setSearchPin(pin: { lon: number; lat: number; label: string } | null): void {
    this.set('search-pin', {
      type: 'FeatureCollection',
      features: pin
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
              properties: { name_zh: pin.label, name_en: pin.label },
            },
          ]
        : [],
    });
  }

  /** The near-me origin and its radius ring (a polygon made by the caller), or none. */
  setNearArea(area: { lon: number; lat: number; ring: Feature<Polygon> } | null): void {
    this.set('near', {
      type: 'FeatureCollection',
      features: area
        ? [
            area.ring,
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [area.lon, area.lat] },
              properties: {},
            },
          ]
        : [],
    });
  }

  /** The chosen place's halo (made by selection-halo.ts), or none. */
  setHalo(features: FeatureCollection | null): void {
    this.set('halo', features ?? empty());
  }

  /** The measuring tool's points, path and shape (made by the caller), or none. */
  setMeasure(features: FeatureCollection | null): void {
    this.set('measure', features ?? empty());
  }

  private set(id: OverlaySourceId, data: FeatureCollection | string): void {
    const before = this.data[id];
    this.data[id] = data;
    // Empty before and after (every start, and most state changes): re-tiling the source would
    // only cost a frame and delay the first idle map.
    const isEmpty = (d: FeatureCollection | string) => typeof d !== 'string' && d.features.length === 0;
    if (isEmpty(before) && isEmpty(data)) return;
    this.apply(id);
  }

  private apply(id: OverlaySourceId): void {
    if (!this.map) {
      this.pending.add(id);
      return;
    }
    (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(this.data[id]);
  }
}
