/**
 * The root of the atlas's state: small slices, each the one owner of its facts and changed only
 * through its methods (./slices), composed here with what is derived from them (visible places,
 * the link) and the few actions that span slices (a tour stop sets filters and selection; a kiosk
 * reset clears everything a visitor left). Commands for the map and the reader (fit, jump, show a
 * paragraph, export) go out on `commands`. Components reach the root through getAtlas() (./context).
 */
import type { Feature } from 'geojson';
import type { Catalog } from '../catalog/catalog';
import type { PrintSpec } from '../export/print-page';
import { excerpt } from '../i18n/excerpt';
import { bilingual } from '../i18n/messages';
import type { GroupId, Metric, PlaceFeature } from '../catalog/types';
import { placeBounds, type BBox } from '../geo/bounds';
import type { UserData } from '../geo/user-data';
import type { OnlineBasemapKind } from '../map/style/online';
import { WUJIN_BBOX } from '../geo/extent';
import { TITLE_STOP_ID } from '../tour/ids';
import type { TourStop } from '../tour/stops';
import { CommandChannel } from './commands';
import { filteredIds, groupIndex } from './filters';
import { BasemapState } from './slices/basemap.svelte';
import type { BasemapAgreementStore } from './slices/basemap-agreement';
import { CorrectionsState } from './slices/corrections.svelte';
import { DEFAULT_FILTERS, FilterState, type FilterSnapshot } from './slices/filters.svelte';
import { NoticesState } from './slices/notices.svelte';
import { PlannerState, type UserLayerOptions } from './slices/planner.svelte';
import { PresentationState } from './slices/presentation.svelte';
import { ReaderState } from './slices/reader.svelte';
import { SelectionState } from './slices/selection.svelte';
import { ToolsState, type NearOrigin } from './slices/tools.svelte';
import { ViewState } from './slices/view.svelte';
import { WithinState } from './slices/within.svelte';
import { applyUrlState, toUrlState } from './url-state';
import { serialiseHash, type Camera, type UrlState } from './url';

export { DEFAULT_CAMERA, DEFAULT_PANEL } from './slices/view.svelte';
export { DEFAULT_GROUPS } from './slices/filters.svelte';
export { NO_INSET, addInsets } from './slices/presentation.svelte';
export { NEAR_RADII_M, DEFAULT_NEAR_RADIUS_M, type MapPin, type NearOrigin } from './slices/tools.svelte';
export type { MapInset } from './commands';
export type { Notice } from './slices/notices.svelte';

/** What the tour changes, kept when it starts so that leaving it puts the view back. */
interface TourReturn extends FilterSnapshot {
  /** null: frame the whole district (after a kiosk reset). */
  camera: Camera | null;
  selection: string | null;
  figure: string | null;
}

export class AtlasState {
  readonly catalog: Catalog;
  /** Place id → its layer group. */
  readonly groupOf: ReadonlyMap<string, GroupId>;
  /** Metric id → the figure. */
  readonly metricById: ReadonlyMap<string, Metric>;

  /** Commands for the map and the reader. */
  readonly commands = new CommandChannel();
  readonly view = new ViewState();
  readonly selection: SelectionState;
  readonly filters: FilterState;
  readonly reader: ReaderState;
  readonly tools = new ToolsState((bbox) => this.frame(bbox));
  readonly planner = new PlannerState();
  /** The places selected by where they lie ("within 3 km of 武进站"), driving the list and downloads. */
  readonly within = new WithinState();
  readonly presentation = new PresentationState();
  readonly basemap: BasemapState;
  readonly notices = new NoticesState();
  /** Correction mode (`#edit=1`); blocked while presenting and in a kiosk. */
  readonly corrections = new CorrectionsState(
    () => this.presentation.kiosk || this.presentation.stopId !== null,
  );

  /** What to put back when the tour ends; null when not presenting. */
  #tourReturn: TourReturn | null = null;

  /**
   * `streetsArchive`: the address of the streets archive the build ships (map/streets-archive-meta.ts),
   * if any; `basemapAgreement`: where the visitor's agreement to online basemaps is kept.
   */
  constructor(
    catalog: Catalog,
    options: { streetsArchive?: string | null; basemapAgreement?: BasemapAgreementStore } = {},
  ) {
    this.catalog = catalog;
    this.basemap = new BasemapState(options.streetsArchive ?? null, options.basemapAgreement);
    this.groupOf = groupIndex(catalog.groups);
    // Built once from the immutable catalogue and never mutated, so it needs no reactivity.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.metricById = new Map(catalog.metrics.map((m) => [m.id, m]));
    this.selection = new SelectionState(
      (id) => catalog.byId.has(id),
      (id) => this.metricById.has(id),
    );
    this.filters = new FilterState((town) => catalog.places.some((p) => p.properties.town === town));
    this.reader = new ReaderState((id) => catalog.report.paragraphs.has(id));
    this.filteredIds = $derived(filteredIds(this.catalog.places, this.filters));
    this.visiblePlaces = $derived(
      this.catalog.places.filter(
        (p) =>
          this.filteredIds.has(p.properties.id) &&
          this.filters.groups.includes(this.groupOf.get(p.properties.id)!),
      ),
    );
    this.selectedPlace = $derived(
      this.selection.placeId ? (this.catalog.byId.get(this.selection.placeId) ?? null) : null,
    );
    this.selectedFigure = $derived(
      this.selection.figureId ? (this.metricById.get(this.selection.figureId) ?? null) : null,
    );
    this.figurePlaces = $derived(
      (this.selectedFigure?.places ?? []).filter((id) => this.catalog.byId.has(id)),
    );
    this.markedPlaces = $derived(this.presentation.stop ? this.presentation.stop.places : this.figurePlaces);
    this.urlState = $derived(toUrlState(this));
    this.hash = $derived(serialiseHash(this.urlState));
  }

  /** Ids of places that pass the status, year and town filters (group visibility is separate). */
  readonly filteredIds: ReadonlySet<string>;
  /** Places that are visible: in a visible group and passing the filters. */
  readonly visiblePlaces: readonly PlaceFeature[];
  readonly selectedPlace: PlaceFeature | null;
  readonly selectedFigure: Metric | null;
  /** Ids of the places tied to the selected figure; empty for a district-wide figure. */
  readonly figurePlaces: readonly string[];
  /** Places marked on the map: the tour stop's while presenting, otherwise the selected figure's. */
  readonly markedPlaces: readonly string[];
  /** The shareable state; while presenting, a link names the stop only. */
  readonly urlState: UrlState;
  readonly hash: string;

  /** The planner's feature whose attributes are shown, with the name of its file. */
  get shownUserFeature(): { layerId: string; index: number; feature: Feature; fileName: string } | null {
    return this.planner.shownFeature;
  }

  /** The map is picking points rather than selecting places: for near-me's origin, or for measuring. */
  get mapPicking(): boolean {
    return (this.tools.pickingOrigin && this.view.panel === 'near') || this.tools.measurement !== null;
  }

  /** Applies a parsed link in full: what it leaves out goes back to its default. Unknown ids are reported. */
  applyUrl(url: UrlState, problems: string[]): void {
    applyUrlState(this, url, problems);
  }

  select(id: string | null, opts: { fly?: boolean } = {}): void {
    // A correction in progress belongs to its place's details: closing them or opening another drops it.
    if (this.corrections.draft && this.corrections.draft.placeId !== id) this.corrections.cancel();
    this.selection.setPlace(id);
    if (this.selection.placeId) this.planner.hideFeature();
    if (this.selection.placeId && opts.fly) this.flyTo(this.selection.placeId);
  }

  /**
   * Selects a figure (or none): its places are marked on the map and, with `fly`, shown whole.
   * A figure tied to no place is district-wide; the camera then stays where it is.
   */
  selectFigure(id: string | null, opts: { fly?: boolean } = {}): void {
    this.selection.setFigure(id);
    if (!this.selection.figureId || !opts.fly) return;
    const boxes = this.figurePlaces.flatMap((placeId) => {
      const place = this.catalog.byId.get(placeId);
      const box = place ? placeBounds(place) : null;
      return box ? [box] : [];
    });
    if (boxes.length === 0) return;
    this.frame([
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ]);
  }

  /** Opens the report reader at a paragraph; `flash` briefly marks it (a jump the user asked for). */
  showParagraph(id: string, opts: { flash?: boolean } = {}): void {
    if (!this.catalog.report.paragraphs.has(id)) return;
    this.view.openPanel('report');
    this.reader.setParagraph(id);
    this.commands.emit({ kind: 'paragraph', paragraph: id, flash: opts.flash ?? true });
  }

  /** Near-me from one of the report's places; `anchor` is its point, or a point inside it (geo/anchor.ts). */
  nearFromPlace(id: string, anchor: [lon: number, lat: number]): void {
    if (!this.catalog.byId.has(id)) return;
    this.tools.setNearOrigin({ lon: anchor[0], lat: anchor[1], source: 'place', placeId: id });
    this.view.openPanel('near');
  }

  /** Near-me from a point of the planner's own (a feature's centre): the near panel opens on it. */
  nearFrom(origin: NearOrigin): void {
    this.tools.setNearOrigin(origin);
    this.view.openPanel('near');
  }

  /** A point picked on the map: near-me's origin when its panel asked for one, else the next measuring point. */
  pickOnMap(lon: number, lat: number): void {
    if (this.tools.pickingOrigin && this.view.panel === 'near')
      this.tools.setNearOrigin({ lon, lat, source: 'map' });
    else if (this.tools.measurement) this.tools.addMeasurePoint(lon, lat);
  }

  /**
   * Shows a loaded file as a new layer over the others and frames it, unless `fly` is false;
   * returns the layer's id.
   */
  showUserData(data: UserData, opts: { fly?: boolean } & UserLayerOptions = {}): string {
    const { fly, ...options } = opts;
    const id = this.planner.add(data, options);
    if (fly ?? true) this.frame(data.bbox);
    return id;
  }

  /** Shows one of the planner's own features (it takes the place of a selected place), or none. */
  showUserFeature(ref: { layerId: string; index: number } | null): void {
    if (this.planner.showFeature(ref?.layerId ?? null, ref?.index ?? null)) this.selection.setPlace(null);
  }

  /** Moves the camera to show a box whole. */
  frame(bbox: BBox): void {
    this.commands.emit({ kind: 'fit', bbox });
  }

  /** Asks the map to show a place whole. */
  flyTo(id: string): void {
    const place = this.catalog.byId.get(id);
    const bounds = place ? placeBounds(place) : null;
    if (bounds) this.frame(bounds);
  }

  /** The online basemap could not be loaded: the map is back on the embedded one; nothing else changes. */
  basemapFailed(kind: OnlineBasemapKind): void {
    if (this.basemap.kind !== kind) return;
    this.basemap.set('embedded');
    this.notices.notify(
      'warning',
      bilingual((m) => m.notices.basemapFailed),
    );
  }

  /**
   * Asks the map for a PNG of the current view, at screen resolution or, with `print`, drawn again
   * for that paper at 300 dpi (ignored while one is being made).
   */
  requestExport(print?: PrintSpec): void {
    if (this.view.beginExport()) this.commands.emit(print ? { kind: 'export', print } : { kind: 'export' });
  }

  /**
   * Starts presenting at a stop (the title by default), or moves to it while presenting. Before
   * the stops have loaded the id is kept, and shown once they have (see setTourStops).
   */
  startTour(id: string = TITLE_STOP_ID): void {
    if (this.presentation.stopId === null && this.#tourReturn === null)
      this.#tourReturn = this.#tourSnapshot();
    this.tools.stopMeasure();
    if (this.presentation.stops) this.goToStop(id);
    else this.presentation.setStopId(id);
  }

  /** The stops have loaded: show the stop the tour is at (the title, for an id no stop has). */
  setTourStops(stops: readonly TourStop[]): void {
    this.presentation.setStops(stops);
    const at = this.presentation.stopId;
    if (at === null || stops.length === 0) return;
    if (stops.some((s) => s.id === at)) {
      this.goToStop(at);
      return;
    }
    this.notices.notify(
      'warning',
      bilingual((m) => m.notices.tourNoStop(excerpt(at))),
    );
    this.goToStop(stops[0].id);
  }

  /** Shows a stop: its layers and year, its places marked, nothing selected, the camera on its places. */
  goToStop(id: string): void {
    const stop = this.presentation.stops?.find((s) => s.id === id);
    if (!stop) return;
    // Entering the tour: keep the view to put back (unless a kiosk reset already chose it).
    if (this.presentation.stopId === null && this.#tourReturn === null)
      this.#tourReturn = this.#tourSnapshot();
    this.presentation.setStopId(stop.id);
    this.selection.clear();
    this.filters.restore({ groups: stop.groups, statuses: null, year: stop.year, town: null });
    this.refitStop();
  }

  /** Puts the camera on the current stop's places again (the screen changed size, or went full screen). */
  refitStop(): void {
    const stop = this.presentation.stop;
    if (stop) this.commands.emit({ kind: 'fit', bbox: stop.camera, inset: this.presentation.captionInset });
  }

  /** Stops presenting and puts back the view from before: camera, selection, figure and filters. */
  leaveTour(): void {
    if (this.presentation.stopId === null) return;
    const back = this.#tourReturn;
    this.presentation.setStopId(null);
    this.#tourReturn = null;
    if (!back) return;
    this.selection.setPlace(back.selection);
    this.selection.setFigure(back.figure);
    this.filters.restore(back);
    if (back.camera) this.commands.emit({ kind: 'jump', camera: back.camera });
    else this.frame(WUJIN_BBOX);
  }

  /** Leaves kiosk mode and the tour it shows: the way out of a kiosk that a link switched on. */
  leaveKiosk(): void {
    this.presentation.setKiosk(false);
    this.leaveTour();
  }

  /**
   * The kiosk's reset after nobody used it for a while: forget what visitors left behind (selection,
   * filters, search pin, near-me origin, measurement, a loaded file, notices) and show the tour's
   * title. Leaving the tour then shows the whole district with every default layer.
   */
  resetForKiosk(): void {
    this.selection.clear();
    this.filters.restore(DEFAULT_FILTERS);
    this.tools.reset();
    this.planner.clear();
    this.within.clear();
    this.view.openPanel('overview');
    this.notices.clear();
    this.presentation.setStopId(null);
    this.#tourReturn = { ...this.#tourSnapshot(), camera: null };
    this.goToStop(this.presentation.stops?.[0]?.id ?? TITLE_STOP_ID);
  }

  #tourSnapshot(): TourReturn {
    return {
      ...this.filters.snapshot,
      camera: this.view.camera,
      selection: this.selection.placeId,
      figure: this.selection.figureId,
    };
  }
}
