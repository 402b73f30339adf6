/**
 * The chosen place's halo: which place has one, and drawing it (selection-halo.ts, whose code loads
 * with the first halo). A later choice wins over a slower earlier one; the cap follows the zoom the
 * camera stops at.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { LAYER_GROUPS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';
import type { OverlaySources } from './overlay-sources';
import { palette } from './style/palette';
import type { HaloPlace } from './selection-halo';

export class HaloSlot {
  private id: string | null = null;
  private request = 0;
  private code: Promise<typeof import('./selection-halo')> | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly overlays: OverlaySources,
    private readonly districtUrl: string,
    private readonly groupOf: ReadonlyMap<string, GroupId>,
    /** The places as last given (a correction replaces them). */
    private places: Record<GroupId, FeatureCollection>,
  ) {}

  /** The chosen place (or none). */
  select(id: string | null): void {
    this.id = id;
    this.update();
  }

  /** The places were redrawn (a correction). */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.places = places;
  }

  /** The camera stopped: the halo's cap follows its zoom. */
  cameraStopped(): void {
    if (this.id) this.update();
  }

  private update(): void {
    const request = ++this.request;
    const place = this.id ? this.haloPlace(this.id) : null;
    if (!place) {
      this.overlays.setHalo(null);
      return;
    }
    const { clientWidth: widthPx, clientHeight: heightPx } = this.map.getContainer();
    const view = { zoom: this.map.getZoom(), widthPx, heightPx };
    this.code ??= import('./selection-halo');
    void this.code
      .then((m) => m.haloFeatures(place, this.districtUrl, view))
      .then((halo) => {
        if (request === this.request) this.overlays.setHalo(halo);
      })
      // Without its code (offline before it was cached) the place is chosen all the same, without a halo.
      .catch(() => undefined);
  }

  /**
   * What a halo is drawn from: a point located only approximately. A zone's member has none (its
   * zone's outline is where it is known to be), nor a surveyed point or a pin at the map's edge.
   */
  private haloPlace(id: string): HaloPlace | null {
    const group = this.groupOf.get(id);
    const f = group ? this.places[group].features.find((x) => String(x.id) === id) : undefined;
    const p = f?.properties;
    if (!group || !f || !p || f.geometry?.type !== 'Point') return null;
    if (p.zone_member || p.off_map || p.precision === 'surveyed' || !(Number(p.precision_m) > 0)) return null;
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    const color = palette[LAYER_GROUPS.find((g) => g.id === group)!.color];
    return { lon, lat, radiusM: Number(p.precision_m), color };
  }
}
