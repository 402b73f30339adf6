/**
 * The one owner of the atlas's shared state. Each fact has exactly one field here; everything
 * else (the URL, the map's filters, counts) is derived from it.
 *
 * - camera: written only by the map (moveend); read by the URL.
 * - selection, filters, language, panel: written by the UI; the map follows through its adapter.
 */
import type { Feature } from 'geojson';
import type { Catalog } from '../catalog/catalog';
import { GROUP_IDS, LAYER_GROUPS } from '../catalog/groups';
import type { GroupId, Metric, PlaceFeature, Status } from '../catalog/types';
import type { Lang } from '../i18n/lang';
import { placeBounds, type BBox } from '../geo/bounds';
import type { LonLat } from '../geo/near';
import type { UserCrs, UserData } from '../geo/user-data';
import { TIANDITU_REVIEW_NUMBER, type BasemapKind, type OnlineBasemapKind } from '../map/style/online';
import { WUJIN_BBOX } from '../map/extent';
import { TITLE_STOP_ID } from '../tour/ids';
import type { TourStop } from '../tour/stops';
import { filteredIds, groupIndex, type Filters } from './filters';
import {
  IDLE_LIMITS_S,
  MAX_MEASURE_POINTS,
  serialiseHash,
  type Camera,
  type FilterYear,
  type PanelId,
  type UrlState,
} from './url';

/** The district seen whole on a laptop screen. */
export const DEFAULT_CAMERA: Camera = { zoom: 9.6, lat: 31.66, lon: 119.97 };
export const DEFAULT_PANEL: PanelId = 'overview';
export const DEFAULT_GROUPS: readonly GroupId[] = LAYER_GROUPS.filter((g) => g.defaultVisible).map(
  (g) => g.id,
);

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

/** The distances near-me offers. */
export const NEAR_RADII_M = [1000, 3000, 5000, 10000] as const;
export const DEFAULT_NEAR_RADIUS_M = 3000;

/** Screen pixels along each edge of the map that something on top of it hides. */
export interface MapInset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const NO_INSET: MapInset = { top: 0, right: 0, bottom: 0, left: 0 };

/** Two things covering the map at once: each edge is covered by the larger of the two. */
export function addInsets(a: MapInset, b: MapInset): MapInset {
  return {
    top: Math.max(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
  };
}

/** What the tour changes, kept when it starts so that leaving it puts the view back. */
interface TourReturn {
  /** null: frame the whole district (after a kiosk reset). */
  camera: Camera | null;
  selection: string | null;
  figure: string | null;
  groups: readonly GroupId[];
  statuses: readonly Status[] | null;
  year: FilterYear | null;
  town: string | null;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export class AtlasState {
  readonly catalog: Catalog;
  /** Place id → its layer group. */
  readonly groupOf: ReadonlyMap<string, GroupId>;
  /** Metric id → the figure. */
  readonly metricById: ReadonlyMap<string, Metric>;

  lang = $state<Lang>('zh');
  camera = $state.raw<Camera>(DEFAULT_CAMERA);
  /** True when the link named a camera; otherwise the map opens framed on the district. */
  cameraFromLink = false;
  selection = $state<string | null>(null);
  /** A place highlighted from a list or the report (hover/focus), not selected. */
  highlight = $state<string | null>(null);
  groups = $state.raw<readonly GroupId[]>(DEFAULT_GROUPS);
  statuses = $state.raw<readonly Status[] | null>(null);
  year = $state<FilterYear | null>(null);
  panel = $state<PanelId | null>(DEFAULT_PANEL);
  notices = $state.raw<readonly Notice[]>([]);
  /**
   * A camera request for the map (fit to a place); the map consumes it. `inset`: parts of the map
   * hidden by something on top (the tour's caption), which the fitted box keeps clear of.
   */
  flyRequest = $state.raw<{ bbox: BBox; seq: number; inset?: MapInset } | null>(null);

  /** A request to put the camera somewhere (a link edited by hand); the map consumes it. */
  jumpRequest = $state.raw<{ camera: Camera; seq: number } | null>(null);

  /** The selected figure (metric id): its places are marked on the map. */
  figure = $state<string | null>(null);
  /** The report paragraph the reader shows (its top); written by the reader as it scrolls. */
  readerParagraph = $state<string | null>(null);
  /** A request for the reader to scroll to a paragraph (and flash it); the reader consumes it. */
  readerRequest = $state.raw<{ paragraph: string; flash: boolean; seq: number } | null>(null);

  /** The pin search leaves on the map; null when there is none. */
  searchMarker = $state.raw<MapPin | null>(null);
  /** Near me: where distances are measured from (null until the user says), and how far. */
  nearOrigin = $state.raw<NearOrigin | null>(null);
  nearRadiusM = $state<number>(DEFAULT_NEAR_RADIUS_M);
  /** The planner's own data, drawn over the report's places. A local file: never part of the link. */
  userData = $state.raw<UserData | null>(null);
  /** Which of the planner's own features has its attributes shown (its index in the file), or none. Never in the link. */
  userFeature = $state<number | null>(null);
  /** The file on screen is also kept on this device (IndexedDB) and comes back at the next visit. */
  userDataKept = $state(false);
  /** What the planner says their files' coordinates are (GCJ-02 for Amap/Tencent, BD-09 for Baidu). */
  userCrs = $state<UserCrs>('WGS84');
  /**
   * The planner's measurement: the points clicked on the map, in order; `closed` also measures the
   * area. Null while the measuring tool is off.
   */
  measurement = $state.raw<{ points: readonly LonLat[]; closed: boolean } | null>(null);
  /** While true, a click on the map sets the near-me origin instead of selecting a place. */
  pickingOrigin = $state(false);
  /** Only places in this town or 街道 (towns.geojson id), in the list and on the map; null for all. */
  town = $state<string | null>(null);

  /** The basemap asked for: the embedded one, or an online tile service the user opted into (base= in links). */
  basemap = $state<BasemapKind>('embedded');
  /** The Tianditu key (tk), typed by the user and kept in browser storage; never in a link. */
  tiandituToken = $state<string | null>(null);
  /** Tianditu's review number (审图号), shown in the attribution and in exports; must match Tianditu's own. */
  tiandituReviewNumber = $state<string>(TIANDITU_REVIEW_NUMBER);
  /** A request to export the map view as a PNG; the map consumes it. */
  exportRequest = $state.raw<{ seq: number } | null>(null);
  /** True from an export request until its image is saved (or failed). */
  exporting = $state(false);
  /** True while the map is on screen (WebGL worked); written by the map view. Exports need it. */
  mapAvailable = $state(false);
  /** The map has drawn its first full view, or cannot draw at all: the panels' contents come then. */
  mapSettled = $state(false);

  /** The tour stop on screen (a stop id); null when not presenting. The one owner of the tour's position. */
  tour = $state<string | null>(null);
  /** The tour's stops, once the presentation has loaded them (on first use, to keep the first load small). */
  tourStops = $state.raw<readonly TourStop[] | null>(null);
  /** Kiosk mode (kiosk=1 in the link): after `idleS` seconds without input the atlas resets to the tour. */
  kiosk = $state(false);
  idleS = $state<number>(IDLE_LIMITS_S.default);
  /** The part of the map the tour's caption covers; written by the caption as it is laid out. */
  mapInset = $state.raw<MapInset>(NO_INSET);
  /** The part of the map the place details cover (right on desktops, bottom on phones); written by the layout. */
  detailInset = $state.raw<MapInset>(NO_INSET);
  /** What to put back when the tour ends; null when not presenting. */
  private tourReturn: TourReturn | null = null;

  private noticeSeq = 0;
  private flySeq = 0;

  constructor(catalog: Catalog) {
    this.catalog = catalog;
    this.filteredIds = $derived(filteredIds(this.catalog.places, this.filters));
    this.visiblePlaces = $derived(
      this.catalog.places.filter(
        (p) =>
          this.filteredIds.has(p.properties.id) && this.groups.includes(this.groupOf.get(p.properties.id)!),
      ),
    );
    this.selectedPlace = $derived(this.selection ? (this.catalog.byId.get(this.selection) ?? null) : null);
    this.groupOf = groupIndex(catalog.groups);
    // Built once from the immutable catalogue and never mutated, so it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.metricById = new Map(catalog.metrics.map((m) => [m.id, m]));
    this.selectedFigure = $derived(this.figure ? (this.metricById.get(this.figure) ?? null) : null);
    this.figurePlaces = $derived(
      (this.selectedFigure?.places ?? []).filter((id) => this.catalog.byId.has(id)),
    );
    this.markedPlaces = $derived(this.tourStop ? this.tourStop.places : this.figurePlaces);
  }

  readonly filters: Filters = $derived({
    groups: this.groups,
    statuses: this.statuses,
    year: this.year,
    town: this.town,
  });

  /** Ids of places that pass the status and year filters (group visibility is separate). */
  readonly filteredIds: ReadonlySet<string>;
  /** Places that are visible: in a visible group and passing the filters. */
  readonly visiblePlaces: readonly PlaceFeature[];
  readonly selectedPlace: PlaceFeature | null;
  readonly selectedFigure: Metric | null;
  /** Ids of the places tied to the selected figure; empty for a district-wide figure. */
  readonly figurePlaces: readonly string[];

  /** The stop on screen, once the stops have loaded. */
  readonly tourStop: TourStop | null = $derived(this.tourStops?.find((s) => s.id === this.tour) ?? null);
  /** Places marked on the map: the tour stop's while presenting, otherwise the selected figure's. */
  readonly markedPlaces: readonly string[];

  /** The planner's feature whose attributes are shown, with the name of its file. */
  readonly shownUserFeature: { index: number; feature: Feature; fileName: string } | null = $derived(
    this.userFeature !== null && this.userData
      ? {
          index: this.userFeature,
          feature: this.userData.data.features[this.userFeature],
          fileName: this.userData.name,
        }
      : null,
  );

  /** While presenting, a link names the stop only: the stop sets layers, year and camera itself. */
  readonly urlState: UrlState = $derived(
    this.tour !== null
      ? {
          tour: this.tour,
          kiosk: this.kiosk || undefined,
          idle: this.idleS === IDLE_LIMITS_S.default ? undefined : this.idleS,
          // The basemap stays: a presenter who reloads mid-tour keeps the map they chose.
          base: this.basemap === 'embedded' ? undefined : this.basemap,
          lang: this.lang === 'zh' ? undefined : this.lang,
        }
      : {
          camera: this.camera,
          sel: this.selection ?? undefined,
          layers: sameSet(this.groups, DEFAULT_GROUPS) ? undefined : [...this.groups],
          status: this.statuses ? [...this.statuses] : undefined,
          year: this.year ?? undefined,
          panel: this.panel === DEFAULT_PANEL ? undefined : (this.panel ?? undefined),
          fig: this.figure ?? undefined,
          para: this.panel === 'report' ? (this.readerParagraph ?? undefined) : undefined,
          town: this.town ?? undefined,
          base: this.basemap === 'embedded' ? undefined : this.basemap,
          measure: this.measurement
            ? {
                points: this.measurement.points.map(([lon, lat]) => [lon, lat]),
                closed: this.measurement.closed,
              }
            : undefined,
          lang: this.lang === 'zh' ? undefined : this.lang,
          kiosk: this.kiosk || undefined,
          idle: this.idleS === IDLE_LIMITS_S.default ? undefined : this.idleS,
        },
  );

  readonly hash: string = $derived(serialiseHash(this.urlState));

  /** What the map draws: Tianditu waits for its key, showing the embedded basemap meanwhile. */
  readonly activeBasemap: BasemapKind = $derived(
    this.basemap === 'tianditu' && !this.tiandituToken ? 'embedded' : this.basemap,
  );
  /** Tianditu was asked for (by the user or a link) but there is no key yet: the key prompt shows. */
  readonly needsTiandituToken: boolean = $derived(this.basemap === 'tianditu' && !this.tiandituToken);

  /** Applies a parsed link. Unknown place ids are reported, not kept. */
  applyUrl(url: UrlState, problems: string[]): void {
    if (url.camera) {
      this.camera = url.camera;
      this.cameraFromLink = true;
      this.jumpRequest = { camera: url.camera, seq: ++this.flySeq };
    }
    if (url.lang) this.lang = url.lang;
    if (url.layers) this.groups = url.layers;
    if (url.status) this.statuses = url.status;
    if (url.year) this.year = url.year;
    if (url.panel) this.panel = url.panel;
    if (url.sel) {
      if (this.catalog.byId.has(url.sel)) this.selection = url.sel;
      else problems.push(`sel: no place "${url.sel}"`);
    }
    if (url.fig) {
      if (this.metricById.has(url.fig)) this.figure = url.fig;
      else problems.push(`fig: no figure "${url.fig}"`);
    }
    if (url.para) {
      if (this.catalog.report.paragraphs.has(url.para)) this.showParagraph(url.para, { flash: false });
      else problems.push(`para: no paragraph "${url.para}"`);
    }
    if (url.town) {
      if (this.catalog.places.some((p) => p.properties.town === url.town)) this.town = url.town;
      else problems.push(`town: no places in "${url.town}"`);
    }
    if (url.base) this.basemap = url.base;
    if (url.measure) {
      this.measurement = url.measure;
      this.pickingOrigin = false;
    }
    if (url.kiosk) this.kiosk = true;
    if (url.idle !== undefined) this.idleS = url.idle;
    if (url.tour && url.tour !== this.tour) {
      if (!this.tourStops || this.tourStops.some((s) => s.id === url.tour)) this.startTour(url.tour);
      else problems.push(`tour: no stop "${url.tour}"`);
    }
    if (problems.length > 0) {
      this.notify(
        'warning',
        this.lang === 'zh'
          ? `链接中有无法识别的部分，已显示默认视图（${problems.join('；')}）`
          : `Parts of the link were not understood; showing the default view for them (${problems.join('; ')})`,
      );
    }
  }

  select(id: string | null, opts: { fly?: boolean } = {}): void {
    this.selection = id;
    if (id) this.userFeature = null;
    if (id && opts.fly) this.flyTo(id);
  }

  /**
   * Selects a figure (or none): its places are marked on the map and, with `fly`, shown whole.
   * A figure tied to no place is district-wide; the camera then stays where it is.
   */
  selectFigure(id: string | null, opts: { fly?: boolean } = {}): void {
    this.figure = id && this.metricById.has(id) ? id : null;
    if (!this.figure || !opts.fly) return;
    const boxes = this.figurePlaces.flatMap((placeId) => {
      const place = this.catalog.byId.get(placeId);
      const box = place ? placeBounds(place) : null;
      return box ? [box] : [];
    });
    if (boxes.length === 0) return;
    const union: BBox = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    this.flyRequest = { bbox: union, seq: ++this.flySeq };
  }

  /** Opens the report reader at a paragraph; `flash` briefly marks it (a jump the user asked for). */
  showParagraph(id: string, opts: { flash?: boolean } = {}): void {
    if (!this.catalog.report.paragraphs.has(id)) return;
    this.panel = 'report';
    this.readerParagraph = id;
    this.readerRequest = { paragraph: id, flash: opts.flash ?? true, seq: ++this.flySeq };
  }

  /** Leaves a pin on the map (or removes it); with `fly`, the camera goes to it. */
  showSearchMarker(pin: MapPin | null, opts: { fly?: boolean } = {}): void {
    this.searchMarker = pin;
    if (!pin || !opts.fly) return;
    // About 3 km across: a town seat with its surroundings.
    this.flyRequest = {
      bbox: [pin.lon - 0.02, pin.lat - 0.015, pin.lon + 0.02, pin.lat + 0.015],
      seq: ++this.flySeq,
    };
  }

  /**
   * Near-me from one of the report's places (what else the report plans around a station, a
   * park): `anchor` is its point, or a point inside it (geo/anchor.ts).
   */
  nearFromPlace(id: string, anchor: [lon: number, lat: number]): void {
    if (!this.catalog.byId.has(id)) return;
    this.setNearOrigin({ lon: anchor[0], lat: anchor[1], source: 'place', placeId: id });
    this.panel = 'near';
  }

  /** Sets where near-me measures from (ending the pick-on-map mode); the map shows the whole radius. */
  setNearOrigin(origin: NearOrigin | null): void {
    this.nearOrigin = origin;
    this.pickingOrigin = false;
    this.showNearArea();
  }

  /** The map is picking points rather than selecting places: for near-me's origin, or for measuring. */
  readonly mapPicking: boolean = $derived(
    (this.pickingOrigin && this.panel === 'near') || this.measurement !== null,
  );

  /** A point picked on the map: near-me's origin when its panel asked for one, else the next measuring point. */
  pickOnMap(lon: number, lat: number): void {
    if (this.pickingOrigin && this.panel === 'near') this.setNearOrigin({ lon, lat, source: 'map' });
    else if (this.measurement) this.addMeasurePoint(lon, lat);
  }

  /** Shows a loaded file (replacing the previous one) and frames it, unless `fly` is false. */
  showUserData(data: UserData, opts: { fly?: boolean } = {}): void {
    this.userData = data;
    this.userFeature = null;
    if (opts.fly ?? true) this.flyRequest = { bbox: data.bbox, seq: ++this.flySeq };
  }

  clearUserData(): void {
    this.userData = null;
    this.userFeature = null;
    this.userDataKept = false;
  }

  /** Shows one of the planner's own features (it takes the place of a selected place), or none. */
  showUserFeature(index: number | null): void {
    const count = this.userData?.data.features.length ?? 0;
    this.userFeature =
      index !== null && Number.isInteger(index) && index >= 0 && index < count ? index : null;
    if (this.userFeature !== null) this.selection = null;
  }

  /** Moves the camera to show a box whole. */
  frame(bbox: BBox): void {
    this.flyRequest = { bbox, seq: ++this.flySeq };
  }

  /** Turns the measuring tool on, with no points yet. */
  startMeasure(): void {
    this.measurement = { points: [], closed: false };
    this.pickingOrigin = false;
  }

  stopMeasure(): void {
    this.measurement = null;
  }

  addMeasurePoint(lon: number, lat: number): void {
    const m = this.measurement;
    if (!m || !Number.isFinite(lon) || !Number.isFinite(lat) || m.points.length >= MAX_MEASURE_POINTS) return;
    this.measurement = { ...m, points: [...m.points, [lon, lat]] };
  }

  undoMeasurePoint(): void {
    const m = this.measurement;
    if (m && m.points.length > 0) this.measurement = { ...m, points: m.points.slice(0, -1) };
  }

  clearMeasure(): void {
    if (this.measurement) this.measurement = { points: [], closed: false };
  }

  /** Measures the shape's area too (a closed shape), or only the path. */
  setMeasureClosed(closed: boolean): void {
    if (this.measurement) this.measurement = { ...this.measurement, closed };
  }

  setNearRadius(radiusM: number): void {
    if (!Number.isFinite(radiusM) || radiusM <= 0) return;
    this.nearRadiusM = radiusM;
    this.showNearArea();
  }

  /** Asks the map to show the near-me circle whole. */
  private showNearArea(): void {
    const o = this.nearOrigin;
    if (!o) return;
    const dLat = this.nearRadiusM / 110_574;
    const dLon = this.nearRadiusM / (111_320 * Math.cos((o.lat * Math.PI) / 180));
    this.flyRequest = { bbox: [o.lon - dLon, o.lat - dLat, o.lon + dLon, o.lat + dLat], seq: ++this.flySeq };
  }

  /** Asks the map to show a place whole. */
  flyTo(id: string): void {
    const place = this.catalog.byId.get(id);
    const bounds = place ? placeBounds(place) : null;
    if (!bounds) return;
    this.flyRequest = { bbox: bounds, seq: ++this.flySeq };
  }

  toggleGroup(id: GroupId): void {
    this.groups = this.groups.includes(id)
      ? this.groups.filter((g) => g !== id)
      : GROUP_IDS.filter((g) => g === id || this.groups.includes(g));
  }

  toggleStatus(id: Status, all: readonly Status[]): void {
    const current = this.statuses ?? all;
    const next = current.includes(id)
      ? current.filter((s) => s !== id)
      : all.filter((s) => s === id || current.includes(s));
    this.statuses = next.length === all.length ? null : next;
  }

  /** Chooses the basemap. Online ones are opt-in: they fetch tiles from outside the atlas. */
  setBasemap(kind: BasemapKind): void {
    this.basemap = kind;
  }

  /** Sets (or, with null, forgets) the Tianditu key; the caller keeps it in browser storage. */
  setTiandituToken(token: string | null): void {
    this.tiandituToken = token?.trim() || null;
  }

  setTiandituReviewNumber(text: string): void {
    this.tiandituReviewNumber = text.trim() || TIANDITU_REVIEW_NUMBER;
  }

  /**
   * The online basemap could not be loaded: the map is back on the embedded one. Only the basemap
   * changes; selection, filters and camera stay as they were.
   */
  basemapFailed(kind: OnlineBasemapKind): void {
    if (this.basemap !== kind) return;
    this.basemap = 'embedded';
    this.notify(
      'warning',
      this.lang === 'zh'
        ? '在线底图无法加载（可能没有网络），已切换回内置底图'
        : 'The online basemap could not be loaded (no network?); back to the embedded basemap',
    );
  }

  /** Asks the map for a PNG of the current view (ignored while one is being made). */
  requestExport(): void {
    if (this.exporting) return;
    this.exporting = true;
    this.exportRequest = { seq: ++this.flySeq };
  }

  exportFinished(): void {
    this.exporting = false;
  }

  /**
   * Starts presenting at a stop (the title by default), or moves to it while presenting. Before
   * the stops have loaded the id is kept, and shown once they have (see setTourStops).
   */
  startTour(id: string = TITLE_STOP_ID): void {
    if (this.tour === null) this.tourReturn = this.tourSnapshot();
    this.measurement = null;
    if (this.tourStops) this.goToStop(id);
    else this.tour = id;
  }

  /** The stops have loaded: show the stop the tour is at (the title, for an id no stop has). */
  setTourStops(stops: readonly TourStop[]): void {
    this.tourStops = stops;
    if (this.tour === null || stops.length === 0) return;
    if (stops.some((s) => s.id === this.tour)) {
      this.goToStop(this.tour);
      return;
    }
    this.notify(
      'warning',
      this.lang === 'zh'
        ? `导览中没有“${this.tour}”这一页，已从标题页开始`
        : `The tour has no stop "${this.tour}"; starting from the title`,
    );
    this.goToStop(stops[0].id);
  }

  /** Shows a stop: its layers and year, its places marked, nothing selected, the camera on its places. */
  goToStop(id: string): void {
    const stop = this.tourStops?.find((s) => s.id === id);
    if (!stop) return;
    if (this.tour === null) this.tourReturn = this.tourSnapshot();
    this.tour = stop.id;
    this.selection = null;
    this.highlight = null;
    this.figure = null;
    this.groups = stop.groups;
    this.statuses = null;
    this.year = stop.year;
    this.town = null;
    this.refitStop();
  }

  /** Puts the camera on the current stop's places again (the screen changed size, or went full screen). */
  refitStop(): void {
    const stop = this.tourStop;
    if (stop) this.flyRequest = { bbox: stop.camera, inset: this.mapInset, seq: ++this.flySeq };
  }

  /** Stops presenting and puts back the view from before: camera, selection, figure and filters. */
  leaveTour(): void {
    if (this.tour === null) return;
    const back = this.tourReturn;
    this.tour = null;
    this.tourReturn = null;
    this.mapInset = NO_INSET;
    if (!back) return;
    this.selection = back.selection;
    this.figure = back.figure;
    this.groups = back.groups;
    this.statuses = back.statuses;
    this.year = back.year;
    this.town = back.town;
    if (back.camera) this.jumpRequest = { camera: back.camera, seq: ++this.flySeq };
    else this.flyRequest = { bbox: WUJIN_BBOX, seq: ++this.flySeq };
  }

  /**
   * The kiosk's reset after nobody used it for a while: forget what visitors left behind (selection,
   * filters, search pin, near-me origin, measurement, a loaded file, notices) and show the tour's title. Leaving the tour then
   * shows the whole district with every default layer.
   */
  resetForKiosk(): void {
    this.selection = null;
    this.highlight = null;
    this.figure = null;
    this.groups = DEFAULT_GROUPS;
    this.statuses = null;
    this.year = null;
    this.town = null;
    this.searchMarker = null;
    this.nearOrigin = null;
    this.pickingOrigin = false;
    this.measurement = null;
    this.clearUserData();
    this.panel = DEFAULT_PANEL;
    this.notices = [];
    this.tour = null;
    this.tourReturn = { ...this.tourSnapshot(), camera: null };
    this.goToStop(this.tourStops?.[0]?.id ?? TITLE_STOP_ID);
  }

  private tourSnapshot(): TourReturn {
    return {
      camera: this.camera,
      selection: this.selection,
      figure: this.figure,
      groups: this.groups,
      statuses: this.statuses,
      year: this.year,
      town: this.town,
    };
  }

  notify(kind: Notice['kind'], text: string): void {
    const notice = { id: ++this.noticeSeq, kind, text };
    this.notices = [...this.notices, notice];
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
