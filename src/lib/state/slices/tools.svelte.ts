/**
 * The user's tools on the map: the pin search leaves, near me (where distances are measured from,
 * and how far), and the ruler. A click on the map goes to one tool at a time: near me's origin
 * while its panel asks for one, otherwise the ruler's next point (see AtlasState.pickOnMap).
 */
import type { BBox } from '../../geo/bounds';
import type { LonLat } from '../../geo/near';
import { MAX_MEASURE_POINTS } from '../url';

/** A labelled pin on the map: where a search went (a town, or the place found). */
export interface MapPin {
  lon: number;
  lat: number;
  label: string;
}

/**
 * Where near-me measures from: the device's position, a point tapped on the map, a town, one of the
 * planner's features, or one of the report's places (its point, or a point inside it).
 */
export interface NearOrigin {
  lon: number;
  lat: number;
  source: 'device' | 'map' | 'town' | 'user' | 'place';
  /** A town's name, or the name of the planner's feature, for the panel and the map. */
  label?: string;
  /** The report's place measured from (source 'place'): named in the panel, left out of its list. */
  placeId?: string;
  /** The device's reported accuracy, in metres. */
  accuracyM?: number;
}

/** The planner's measurement: points in order; `closed` also measures the area. */
export interface Measurement {
  points: readonly LonLat[];
  closed: boolean;
}

/** The distances near-me offers. */
export const NEAR_RADII_M = [1000, 3000, 5000, 10000] as const;
export const DEFAULT_NEAR_RADIUS_M = 3000;

export class ToolsState {
  /** Asks the map to show a box whole. */
  readonly #frame: (bbox: BBox) => void;
  #searchPin = $state.raw<MapPin | null>(null);
  #nearOrigin = $state.raw<NearOrigin | null>(null);
  #nearRadiusM = $state<number>(DEFAULT_NEAR_RADIUS_M);
  #pickingOrigin = $state(false);
  #measurement = $state.raw<Measurement | null>(null);

  constructor(frame: (bbox: BBox) => void) {
    this.#frame = frame;
  }

  /** The pin search leaves on the map; null when there is none. */
  get searchPin(): MapPin | null {
    return this.#searchPin;
  }
  /** Where near-me measures from; null until the user says. */
  get nearOrigin(): NearOrigin | null {
    return this.#nearOrigin;
  }
  get nearRadiusM(): number {
    return this.#nearRadiusM;
  }
  /** Near me asked for its origin to be picked on the map. */
  get pickingOrigin(): boolean {
    return this.#pickingOrigin;
  }
  /** The ruler's points; null while the ruler is off. */
  get measurement(): Measurement | null {
    return this.#measurement;
  }

  /** Leaves a pin on the map (or removes it); with `fly`, the camera goes to it. */
  showSearchPin(pin: MapPin | null, opts: { fly?: boolean } = {}): void {
    this.#searchPin = pin;
    // About 3 km across: a town seat with its surroundings.
    if (pin && opts.fly) this.#frame([pin.lon - 0.02, pin.lat - 0.015, pin.lon + 0.02, pin.lat + 0.015]);
  }

  /** Sets where near-me measures from (ending the pick-on-map mode); the map shows the whole radius. */
  setNearOrigin(origin: NearOrigin | null): void {
    this.#nearOrigin = origin;
    this.#pickingOrigin = false;
    this.#showNearArea();
  }

  setNearRadius(radiusM: number): void {
    if (!Number.isFinite(radiusM) || radiusM <= 0) return;
    this.#nearRadiusM = radiusM;
    this.#showNearArea();
  }

  /** Near me's origin is (or is no longer) to be picked on the map. */
  pickOrigin(on: boolean): void {
    this.#pickingOrigin = on;
  }

  /** Turns the ruler on, with no points yet; a pending origin pick is dropped (one pick at a time). */
  startMeasure(): void {
    this.#measurement = { points: [], closed: false };
    this.#pickingOrigin = false;
  }

  /** Puts the ruler's points (from a link) on the map. */
  setMeasurement(m: Measurement | null): void {
    if (m === null) {
      this.#measurement = null;
      return;
    }
    const points = m.points.filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat));
    this.#measurement = { points: points.slice(0, MAX_MEASURE_POINTS), closed: m.closed };
    this.#pickingOrigin = false;
  }

  stopMeasure(): void {
    this.#measurement = null;
  }

  addMeasurePoint(lon: number, lat: number): void {
    const m = this.#measurement;
    if (!m || !Number.isFinite(lon) || !Number.isFinite(lat) || m.points.length >= MAX_MEASURE_POINTS) return;
    this.#measurement = { ...m, points: [...m.points, [lon, lat]] };
  }

  undoMeasurePoint(): void {
    const m = this.#measurement;
    if (m && m.points.length > 0) this.#measurement = { ...m, points: m.points.slice(0, -1) };
  }

  clearMeasure(): void {
    if (this.#measurement) this.#measurement = { points: [], closed: false };
  }

  /** Measures the shape's area too (a closed shape), or only the path. */
  setMeasureClosed(closed: boolean): void {
    if (this.#measurement) this.#measurement = { ...this.#measurement, closed };
  }

  /** Forgets what a visitor left (the kiosk's reset): pin, origin, pick, ruler. */
  reset(): void {
    this.#searchPin = null;
    this.#nearOrigin = null;
    this.#pickingOrigin = false;
    this.#measurement = null;
  }

  /** Asks the map to show the near-me circle whole. */
  #showNearArea(): void {
    const o = this.#nearOrigin;
    if (!o) return;
    const dLat = this.#nearRadiusM / 110_574;
    const dLon = this.#nearRadiusM / (111_320 * Math.cos((o.lat * Math.PI) / 180));
    this.#frame([o.lon - dLon, o.lat - dLat, o.lon + dLon, o.lat + dLat]);
  }
}
