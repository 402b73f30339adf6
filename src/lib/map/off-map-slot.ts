/**
 * The pin of a place outside the drawn map (武进(上海)国际创新中心): its code (off-map-pins.ts: the
 * layers, the edge, the lakes it keeps off) loads as soon as the style is there, while the map's
 * sources are still being tiled, so the pin is in the map's first complete frame. Pinned after the
 * map's first idle instead, it cost a phone several full frames more (layers added to a drawn map,
 * then the pin's own tile). From then on it sets the pin again whenever the camera stops.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GroupId } from '../catalog/types';
import type { PlaceLayers } from './place-layers';
import type { AtlasMapOptions } from './adapter-options';

export class OffMapSlot {
  private pins: Promise<import('./off-map-pins').OffMapPins> | null = null;
  private places: Record<GroupId, FeatureCollection>;

  constructor(
    private readonly opts: Pick<AtlasMapOptions, 'places' | 'lakes' | 'textScale'>,
    private readonly layers: PlaceLayers,
  ) {
    this.places = opts.places;
  }

  /** The style has loaded (its sources may still be loading). */
  attach(map: MapLibreMap): void {
    this.pins = import('./off-map-pins').then((m) => new m.OffMapPins(map, this.layers, this.opts));
    this.setPlaces(this.places);
  }

  /** The places were redrawn (a correction). */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.places = places;
    // Without its code (offline before it was cached) the place is listed all the same, unpinned.
    this.pins?.then((p) => p.setPlaces(places)).catch(() => undefined);
  }
}
