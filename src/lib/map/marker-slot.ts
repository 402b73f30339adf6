/**
 * Keeps the markers' spread and counted discs to the places shown: when the shown places (or the
 * places themselves, after a correction) change, marker-data.ts lays them out again. Its code
 * loads with the first such change; the map opens with a style already laid out for what is
 * shown then. Part of the map adapter (adapter.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { GroupId } from '../catalog/types';
import type { MarkerData, MarkerDataMap } from './marker-data';
import type { ShownPlace } from './style/spread-cache';

/** What the markers follow of the place layers (place-layers.ts): which places are shown, and the rings. */
export interface MarkerPlaces {
  shown: ShownPlace;
  /** The places as laid out anew, with their spread indices (the rings copy them). */
  setLaidOut(places: Record<GroupId, FeatureCollection>): void;
}

export class MarkerSlot {
  private map: MarkerDataMap | null = null;
  private code: Promise<typeof import('./marker-data')> | null = null;
  /** A change not yet laid out: the map was not loaded, or the code is on its way. */
  private pending = false;

  private readonly data: MarkerData;

  constructor(
    options: Omit<MarkerData, 'shown'>,
    private readonly placeLayers: MarkerPlaces,
    private readonly onError: (message: string) => void,
  ) {
    this.data = { ...options, shown: placeLayers.shown };
  }

  /** The map has loaded: a change asked for meanwhile is laid out now. */
  attach(map: MarkerDataMap): void {
    this.map = map;
    if (this.pending) this.refresh();
  }

  detach(): void {
    this.map = null;
  }

  /** The report's places drawn anew (correction mode), laid out for what is shown. */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.data.places = places;
    this.refresh();
  }

  /** Which places are shown has changed: lay the markers out again (once, however many changes wait). */
  refresh(): void {
    this.pending = true;
    if (!this.map) return;
    this.code ??= import('./marker-data');
    this.code
      .then(({ applyMarkerData }) => {
        if (!this.map || !this.pending) return;
        this.pending = false;
        this.placeLayers.setLaidOut(applyMarkerData(this.map, this.data));
      })
      .catch((error: unknown) => {
        this.code = null;
        this.onError(`markers: ${String(error)}`);
      });
  }
}
