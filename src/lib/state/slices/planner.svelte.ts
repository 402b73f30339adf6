/**
 * The planner's own data, drawn over the report's places: the file on screen, the feature whose
 * attributes are shown, whether the file is kept on this device, and the coordinate system the
 * planner says their files use. A local file: never part of the link.
 */
import type { Feature } from 'geojson';
import type { UserCrs, UserData } from '../../geo/user-data';

export class PlannerState {
  #data = $state.raw<UserData | null>(null);
  #mapUrl = $state<string | null>(null);
  /** The copy the map was given before the current one, freed one change later (see #retire). */
  #retiredUrl: string | null = null;
  #featureIndex = $state<number | null>(null);
  #kept = $state(false);
  #crs = $state<UserCrs>('WGS84');
  #reading = $state<{ name: string; fraction: number } | null>(null);

  /** The file on screen, or none. */
  get data(): UserData | null {
    return this.#data;
  }
  /**
   * The map's copy of a file no longer on screen is freed, one change later: MapLibre's worker may
   * still be fetching it when the next file comes (files chosen in quick succession), and a fetch
   * of a freed blob: URL fails.
   */
  #retire(): void {
    if (this.#retiredUrl) URL.revokeObjectURL(this.#retiredUrl);
    this.#retiredUrl = this.#mapUrl;
  }

  /** Which feature has its attributes shown (its index in the file), or none. */
  get featureIndex(): number | null {
    return this.#featureIndex;
  }
  /** The file on screen is also kept on this device (IndexedDB) and comes back at the next visit. */
  get kept(): boolean {
    return this.#kept;
  }
  /** What the planner says their files' coordinates are (GCJ-02 for Amap/Tencent, BD-09 for Baidu). */
  get crs(): UserCrs {
    return this.#crs;
  }

  /** Files being read (in the reader's worker), with the share done (0–1); null when none is. */
  get reading(): { name: string; fraction: number } | null {
    return this.#reading;
  }

  startReading(name: string): void {
    this.#reading = { name, fraction: 0 };
  }

  setReadingProgress(fraction: number): void {
    if (this.#reading) this.#reading = { ...this.#reading, fraction: Math.min(1, Math.max(0, fraction)) };
  }

  endReading(): void {
    this.#reading = null;
  }

  /** The feature whose attributes are shown, with the name of its file. */
  get shownFeature(): { index: number; feature: Feature; fileName: string } | null {
    const data = this.#data;
    const index = this.#featureIndex;
    if (index === null || !data) return null;
    return { index, feature: data.data.features[index], fileName: data.name };
  }

  /**
   * The map's copy of the file on screen as a blob: URL, when the reader made one (MapLibre's
   * worker parses it, so the page does not serialise a large file again); null for a kept file.
   */
  get mapUrl(): string | null {
    return this.#mapUrl;
  }

  /** Shows a file in place of the one on screen. */
  show(data: UserData, mapUrl: string | null = null): void {
    this.#retire();
    this.#data = data;
    this.#mapUrl = mapUrl;
    this.#featureIndex = null;
  }

  clear(): void {
    this.#retire();
    this.#data = null;
    this.#mapUrl = null;
    this.#featureIndex = null;
    this.#kept = false;
  }

  /** Shows one feature's attributes (an index the file does not have shows none); true when one is shown. */
  showFeature(index: number | null): boolean {
    const count = this.#data?.data.features.length ?? 0;
    this.#featureIndex =
      index !== null && Number.isInteger(index) && index >= 0 && index < count ? index : null;
    return this.#featureIndex !== null;
  }

  hideFeature(): void {
    this.#featureIndex = null;
  }

  /** Whether the file is kept on this device (only a file on screen can be). */
  setKept(kept: boolean): void {
    this.#kept = kept && this.#data !== null;
  }

  setCrs(crs: UserCrs): void {
    this.#crs = crs;
  }
}
