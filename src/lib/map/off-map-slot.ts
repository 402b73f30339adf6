/**
 * The pin of a place outside the drawn map (武进(上海)国际创新中心): set again each time the camera
 * stops or the map is resized, at the edge of the map as seen toward where the place lies. Its
 * code (off-map-pins.ts: the edge, the lakes it keeps off) loads once the map is there; a later
 * camera wins over a slower earlier one.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { GroupId } from '../catalog/types';
import { OFF_MAP_SOURCE_ID } from './style/off-map';

export class OffMapSlot {
  private map: MapLibreMap | null = null;
  private request = 0;
  /** Whether the source was ever given a pin (so a correction that moves the place back clears it). */
  private shown = false;
  private code: Promise<typeof import('./off-map-pins')> | null = null;

  constructor(
    /** The places as last given (a correction replaces them). */
    private places: Record<GroupId, FeatureCollection>,
    private readonly lakesUrl: string,
    /** The groups shown now: their markers are what the pin keeps clear of. */
    private readonly groups: () => readonly GroupId[],
    private readonly textScale: number,
  ) {}

  /** The style has loaded. */
  attach(map: MapLibreMap): void {
    this.map = map;
    map.on('moveend', () => this.update());
    map.on('resize', () => this.update());
    this.update();
  }

  /** The places were redrawn (a correction). */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.places = places;
    this.update();
  }

  private hasOffMap(): boolean {
    return Object.values(this.places).some((fc) => fc.features.some((f) => f.properties?.off_map === true));
  }

  private update(): void {
    const map = this.map;
    // Most catalogues' places all lie on the map: nothing to load or draw.
    if (!map || (!this.shown && !this.hasOffMap())) return;
    this.shown = true;
    const request = ++this.request;
    this.code ??= import('./off-map-pins');
    void this.code
      .then((m) =>
        m.offMapFeatures({
          map,
          places: this.places,
          groups: this.groups(),
          lakesUrl: this.lakesUrl,
          textScale: this.textScale,
        }),
      )
      .then((data) => {
        if (request === this.request)
          (map.getSource(OFF_MAP_SOURCE_ID) as GeoJSONSource | undefined)?.setData(data);
      })
      // Without its code (offline before it was cached) the place is listed all the same, unpinned.
      .catch(() => undefined);
  }
}
