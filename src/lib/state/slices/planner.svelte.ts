/**
 * The planner's own data, drawn over the report's places: the files on screen, each its own layer
 * (in the order they came, the newest drawn on top), the feature whose attributes are shown, and
 * the coordinate system the planner says their files use. Local files: never part of the link.
 */
import type { Feature } from 'geojson';
import type { UserCrs, UserData } from '../../geo/user-data';
import { userAttributeNames } from '../../geo/user-attributes';
import { USER_LAYER_COLOURS, type UserLayerColour } from '../../map/style/palette';

/** One of the planner's files as a layer of the map. Replaced whole on every change. */
export interface UserLayer {
  /** Stable for as long as the layer is on screen (and, for a kept layer, across visits). */
  readonly id: string;
  /** The file's name. */
  readonly name: string;
  readonly data: UserData;
  /** The map's copy as a blob: URL, when the reader made one; null for a kept file. */
  readonly mapUrl: string | null;
  readonly visible: boolean;
  readonly colour: UserLayerColour;
  /** The attribute its features are labelled with; null: the name the atlas finds (see user-features.ts). */
  readonly labelField: string | null;
  /** The attribute whose values colour its features, or null for one colour. */
  readonly categoryField: string | null;
  /** Also kept on this device (IndexedDB), and shown again at the next visit. */
  readonly kept: boolean;
}

/** What a new layer may be given beyond its data (a kept layer comes back as it was). */
export type UserLayerOptions = Partial<Omit<UserLayer, 'name' | 'data'>>;

/** A feature of a layer: the layer's id and the feature's index in its file. */
export interface UserFeatureRef {
  layerId: string;
  index: number;
}

let nextId = 1;

export class PlannerState {
  #layers = $state.raw<readonly UserLayer[]>([]);
  /** Map copies of removed layers, freed one change later (see #retire). */
  #retiredUrls: string[] = [];
  #shown = $state.raw<UserFeatureRef | null>(null);
  #crs = $state<UserCrs>('WGS84');
  #reading = $state<{ name: string; fraction: number } | null>(null);
  #tableId = $state<string | null>(null);

  /** Every layer on screen, bottom to top. */
  get layers(): readonly UserLayer[] {
    return this.#layers;
  }

  layer(id: string): UserLayer | undefined {
    return this.#layers.find((l) => l.id === id);
  }

  /** The newest file on screen (what a single-file tool such as bulk matching works on), or none. */
  get data(): UserData | null {
    return this.#layers.at(-1)?.data ?? null;
  }

  /**
   * Every file shown on the map as one (what bulk matching of corrections works on): the visible
   * layers' features bottom to top, their names joined; null when none is shown. The same object
   * while the same files are shown (a new colour or label is no new data), so a tool keyed by it
   * keeps what the planner did in it.
   */
  get visibleData(): UserData | null {
    const shown = this.#layers.filter((l) => l.visible).map((l) => l.data);
    const last = this.#joined;
    if (last && last.from.length === shown.length && last.from.every((d, i) => d === shown[i]))
      return last.data;
    const data = shown.length <= 1 ? (shown[0] ?? null) : joinData(shown);
    this.#joined = { from: shown, data };
    return data;
  }

  /** The last answer of visibleData, with the files it was made from. */
  #joined: { from: readonly UserData[]; data: UserData | null } | null = null;

  /** Some layer is kept on this device. */
  get kept(): boolean {
    return this.#layers.some((l) => l.kept);
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

  /** Which feature has its attributes shown, or none. */
  get featureRef(): UserFeatureRef | null {
    return this.#shown;
  }

  /** The feature whose attributes are shown, with its layer and the name of its file. */
  get shownFeature(): { layerId: string; index: number; feature: Feature; fileName: string } | null {
    const ref = this.#shown;
    const layer = ref ? this.layer(ref.layerId) : undefined;
    if (!ref || !layer) return null;
    return {
      layerId: layer.id,
      index: ref.index,
      feature: layer.data.data.features[ref.index],
      fileName: layer.name,
    };
  }

  /**
   * Adds a file as a new layer on top of the others; returns its id. It gets the first colour no
   * other layer has (in the palette's order), unless it comes with one.
   */
  add(data: UserData, options: UserLayerOptions = {}): string {
    const id =
      options.id && !this.layer(options.id) ? options.id : `layer-${Date.now().toString(36)}-${nextId++}`;
    const used = this.#layers.map((l) => l.colour);
    const colour =
      options.colour && USER_LAYER_COLOURS.includes(options.colour)
        ? options.colour
        : (USER_LAYER_COLOURS.find((c) => !used.includes(c)) ??
          USER_LAYER_COLOURS[this.#layers.length % USER_LAYER_COLOURS.length]);
    const fields = attributeSet(data);
    const layer: UserLayer = {
      id,
      name: data.name,
      data,
      mapUrl: options.mapUrl ?? null,
      visible: options.visible ?? true,
      colour,
      labelField: options.labelField && fields.has(options.labelField) ? options.labelField : null,
      categoryField:
        options.categoryField && fields.has(options.categoryField) ? options.categoryField : null,
      kept: options.kept ?? false,
    };
    this.#layers = [...this.#layers, layer];
    return id;
  }

  /** Takes a layer off the map (and closes its feature's card and its table). */
  remove(id: string): void {
    const layer = this.layer(id);
    if (!layer) return;
    this.#retire([layer.mapUrl]);
    this.#layers = this.#layers.filter((l) => l.id !== id);
    if (this.#shown?.layerId === id) this.#shown = null;
    if (this.#tableId === id) this.#tableId = null;
  }

  /** Takes every layer off the map. */
  clear(): void {
    this.#retire(this.#layers.map((l) => l.mapUrl));
    this.#layers = [];
    this.#shown = null;
    this.#tableId = null;
  }

  /** The layer whose attribute table is open, if any (one table at a time). */
  get tableLayer(): UserLayer | null {
    return this.#tableId === null ? null : (this.layer(this.#tableId) ?? null);
  }

  /** Opens a layer's attribute table (in place of another's); a layer not on screen opens none. */
  openTable(id: string): void {
    this.#tableId = this.layer(id) ? id : null;
  }

  closeTable(): void {
    this.#tableId = null;
  }

  setVisible(id: string, visible: boolean): void {
    this.#update(id, { visible });
    // A hidden layer's feature is not open.
    if (!visible && this.#shown?.layerId === id) this.#shown = null;
  }

  setColour(id: string, colour: UserLayerColour): void {
    if (USER_LAYER_COLOURS.includes(colour)) this.#update(id, { colour });
  }

  /** Labels a layer by one of its attributes, or (null, or a name it does not have) by the name the atlas finds. */
  setLabelField(id: string, field: string | null): void {
    const layer = this.layer(id);
    if (layer)
      this.#update(id, { labelField: field !== null && attributeSet(layer.data).has(field) ? field : null });
  }

  /** Colours a layer by the values of one of its attributes, or (null, or a name it does not have) in one colour. */
  setCategoryField(id: string, field: string | null): void {
    const layer = this.layer(id);
    if (layer)
      this.#update(id, {
        categoryField: field !== null && attributeSet(layer.data).has(field) ? field : null,
      });
  }

  /** Whether a layer is kept on this device (keep.ts stores it). */
  setKept(id: string, kept: boolean): void {
    this.#update(id, { kept });
  }

  /** Shows one feature's attributes (a layer or index that does not exist shows none); true when one is shown. */
  showFeature(layerId: string | null, index: number | null): boolean {
    const layer = layerId === null ? undefined : this.layer(layerId);
    const count = layer?.data.data.features.length ?? 0;
    this.#shown =
      layer && index !== null && Number.isInteger(index) && index >= 0 && index < count
        ? { layerId: layer.id, index }
        : null;
    return this.#shown !== null;
  }

  hideFeature(): void {
    this.#shown = null;
  }

  setCrs(crs: UserCrs): void {
    this.#crs = crs;
  }

  #update(id: string, change: Partial<UserLayer>): void {
    if (!this.layer(id)) return;
    this.#layers = this.#layers.map((l) => (l.id === id ? { ...l, ...change } : l));
  }

  /**
   * The map's copy of a removed layer is freed, one change later: MapLibre's worker may still be
   * fetching it (files chosen and removed in quick succession), and a fetch of a freed blob: URL fails.
   */
  #retire(urls: (string | null)[]): void {
    for (const old of this.#retiredUrls.splice(0)) URL.revokeObjectURL(old);
    for (const url of urls) if (url) this.#retiredUrls.push(url);
  }
}

/** The attribute names a file's features have (a field must be one of them). */
function attributeSet(data: UserData): { has: (name: string) => boolean } {
  const names = userAttributeNames(data.data);
  return { has: (name) => names.includes(name) };
}

/** Several files' data as one: features bottom to top, counts summed, boxes joined. */
function joinData(shown: readonly UserData[]): UserData {
  const sum = (key: keyof UserData['counts']) => shown.reduce((n, d) => n + d.counts[key], 0);
  return {
    name: shown.map((d) => d.name).join(' + '),
    data: { type: 'FeatureCollection', features: shown.flatMap((d) => d.data.features) },
    counts: { points: sum('points'), lines: sum('lines'), areas: sum('areas') },
    skipped: shown.reduce((n, d) => n + d.skipped, 0),
    bbox: [
      Math.min(...shown.map((d) => d.bbox[0])),
      Math.min(...shown.map((d) => d.bbox[1])),
      Math.max(...shown.map((d) => d.bbox[2])),
      Math.max(...shown.map((d) => d.bbox[3])),
    ],
    convertedFrom: shown.find((d) => d.convertedFrom !== null)?.convertedFrom ?? null,
  };
}
