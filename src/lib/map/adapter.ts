/**
 * The map adapter: the only code in the atlas that talks to MapLibre. State flows in through its
 * methods (language, visible groups, filtered ids, selection, camera requests); the map talks back
 * only through the callbacks it was created with.
 *
 * This class is the facade: it creates the map and routes its events. The work is done by one
 * piece per job, each holding only what that job needs of MapLibre: place-layers.ts (visibility,
 * filters, selection), marker-slot.ts (the markers' spread and discs for what is shown), picking.ts
 * (what a click is on, snapping), overlay-sources.ts (the planner's data, near me, search pin,
 * measurement), basemap-switch.ts and streets-layers.ts (what is drawn under the places),
 * halo-slot.ts (the chosen place's halo), selection-highlight-slot.ts (the selection's rings),
 * cluster-zoom.ts (a counted disc's click), snapshot.ts (export), first-paint.ts (the first frame,
 * painted once) and first-idle.ts (with the streets).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { LAYER_GROUPS } from '../catalog/groups';
import type { GroupId } from '../catalog/types';
import type { Camera } from '../state/url';
import { atlasStyle } from './style/atlas-style';
import { zoomIntoCluster } from './cluster-zoom';
import type { OnlineBasemapKind } from './style/online';
import { labelField, type Lang } from './style/text';
import { holdFirstPaint } from './first-paint';
import { createMap, fitBox, foldAttributionIfNarrow } from './create-map';
import type { EditRequest } from './edit/session';
import type { PrintRender, PrintRenderRequest } from './print-render';
import { PlaceLayers } from './place-layers';
import { MarkerSlot } from './marker-slot';
import { Picker } from './picking';
import { OverlaySources } from './overlay-sources';
import { HaloSlot } from './halo-slot';
import { OffMapSlot } from './off-map-slot';
import { SelectionHighlightSlot } from './selection-highlight-slot';
import { userFeatureOf, type UserFeatureRef } from './user-feature-ref';
import type { UserLayerView } from './user-layers';
import { UserLayersSlot } from './user-layers-slot';
import type { BasemapChoice, BasemapSwitch } from './basemap-switch';
import type { StreetsLayers } from './streets-layers';
import { firstIdleWithStreets, type StreetsProgress } from './first-idle';
import type { MapSnapshot } from './snapshot';
import type { AtlasMapOptions } from './adapter-options';

export type { AtlasMapOptions } from './adapter-options';
export type { BasemapChoice } from './basemap-switch';
export type { MapSnapshot } from './snapshot';

export class AtlasMap {
  private readonly map: MapLibreMap;
  private lang: Lang;
  /** The language the style was built in; the labels need changing on load only if it has changed since. */
  private readonly styleLang: Lang;
  private readonly places: PlaceLayers;
  private readonly markers: MarkerSlot;
  private readonly picker: Picker;
  private readonly overlays = new OverlaySources();
  /** The planner's layers (their code loads with the first file). */
  private readonly userLayers: UserLayersSlot;
  /** Online basemaps and the streets extract: their code loads the first time one is asked for
   * (most first views need neither); until then the last request waits here. */
  private basemapChoice: BasemapChoice = { kind: 'embedded' };
  private basemap: BasemapSwitch | null = null;
  private basemapCode: Promise<void> | null = null;
  private streetsUrl: string | null;
  private streets: StreetsLayers | null = null;
  private streetsCode: Promise<void> | null = null;
  /** False until the first complete frame ('load'): state set before then is applied once, then. */
  private ready = false;
  /** True from 'style.load', when sources can be added: the streets are added then. */
  private styleLoaded = false;
  /** While true a click reports its point (onPick) instead of selecting. */
  private picking = false;
  /** The correction being edited (its clicks belong to the editor), and its editing code once loaded. */
  private editing: EditRequest | null = null;
  private editSession: Promise<import('./edit/session').EditSession> | null = null;
  private readonly endFirstPaintHold: () => void;
  /** The rings of the selection by location. */
  private readonly selectionMarks: SelectionHighlightSlot;
  private readonly halo: HaloSlot;
  private readonly offMap: OffMapSlot;

  constructor(private readonly opts: AtlasMapOptions) {
    this.lang = opts.lang;
    this.styleLang = opts.lang;
    this.places = new PlaceLayers(opts.places, opts.visibleGroups, opts.visibleIds);
    this.markers = new MarkerSlot(opts, this.places, (message) => opts.onError(message));
    this.selectionMarks = new SelectionHighlightSlot(opts.textScale, (message) => opts.onError(message));
    this.userLayers = new UserLayersSlot(opts.textScale, (message) => opts.onError(message));
    this.streetsUrl = opts.streets ?? null;
    if (this.streetsUrl) this.loadStreetsLayers();
    const style = atlasStyle({
      basemapUrls: opts.basemapUrls,
      places: opts.places,
      lang: this.lang,
      textScale: opts.textScale,
      spreadCache: opts.spreadCache,
      lakeOutlines: opts.lakes,
      shown: this.places.shown,
    });
    this.places.prepareStyle(style);
    this.map = createMap({
      container: opts.container,
      style,
      camera: opts.camera,
      fitDistrict: opts.fitDistrict,
    });
    const { district } = opts.basemapUrls;
    this.halo = new HaloSlot(this.map, this.overlays, district, this.places.groupOf, opts.places);
    this.offMap = new OffMapSlot(opts, this.places);
    this.endFirstPaintHold = holdFirstPaint(this.map, {
      // The attribution folds as the first frame is shown, not on load: it fills in (and opens) as sources arrive.
      onPainted: (complete) => (foldAttributionIfNarrow(this.map), opts.onFirstPaint?.(complete)),
      onFirstIdle: () => firstIdleWithStreets(this.map, this.streetsProgress(), opts.onFirstIdle),
    });
    this.picker = new Picker(
      this.map,
      LAYER_GROUPS.flatMap((g) =>
        opts.places[g.id].features.map((f) => ({ id: String(f.id), geometry: f.geometry })),
      ),
      () => this.places.groups,
      undefined,
      () => this.userLayers.hitLayers(),
    );
    this.bindEvents();
  }

  private bindEvents(): void {
    const map = this.map;
    map.on('click', (e) => {
      if (this.editing) return;
      if (this.picking && this.opts.onPick) {
        void this.picker.pick(e, this.opts.onPick, this.opts.onError);
        return;
      }
      if (zoomIntoCluster(map, e.point)) return;
      const f = this.picker.featureAt(e);
      const userFeature = userFeatureOf(f);
      this.opts.onSelect(f && userFeature === null ? String(f.properties.id) : null);
      this.opts.onUserFeature?.(userFeature);
    });
    map.on('mousemove', (e) => {
      const f = this.picker.featureAt(e);
      const id = f && userFeatureOf(f) === null ? String(f.properties.id) : null;
      map.getCanvas().style.cursor = this.picking ? 'crosshair' : f ? 'pointer' : '';
      if (this.places.setHovered(id)) this.opts.onHover(id);
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      this.opts.onMove({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
      this.halo.cameraStopped();
    });
    // The streets' tiles and the off-map pin load with the other sources, not after the first complete frame ('load').
    map.once('style.load', () => {
      this.styleLoaded = true;
      this.streets?.attach(map);
      this.offMap.attach(map);
    });
    map.once('load', () => {
      this.ready = true;
      foldAttributionIfNarrow(map);
      // Only what changed since the style was built: a needless setData, filter or layout change
      // makes MapLibre re-tile that source and delays the first idle map.
      this.places.attach(map);
      this.markers.attach(map);
      if (this.lang !== this.styleLang) this.applyLang();
      this.overlays.attach(map);
      this.userLayers.attach(map);
      this.basemap?.attach(map);
      this.selectionMarks.attach(map);
    });
    map.on('error', (e) => {
      // Tile errors of an online basemap are expected offline: they decide the fallback, not a notice.
      if (this.basemap?.handleError(e)) return;
      this.opts.onError(e.error?.message ?? 'map error');
    });
    map.on('sourcedata', (e) => this.basemap?.handleSourceData(e));
    map.on('styleimagemissing', (e) => this.opts.onError(`missing marker ${e.id}`));
  }

  /** Marks the selected place (or none). */
  setSelected(id: string | null): void {
    this.places.setSelected(id);
    this.halo.select(id);
  }

  /** Marks the places tied to the selected figure (feature-state `figure`); an empty list clears them. */
  setFigurePlaces(ids: readonly string[]): void {
    this.places.setFigurePlaces(ids);
  }

  /** Highlights places from outside the map (hovering a name in a list or the report). */
  setHighlighted(id: string | null): void {
    this.places.setHovered(id);
  }

  setVisibleGroups(groups: readonly GroupId[]): void {
    if (this.places.setVisibleGroups(groups)) this.markers.refresh();
  }

  setVisibleIds(ids: ReadonlySet<string> | null): void {
    if (this.places.setVisibleIds(ids)) this.markers.refresh();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.applyLang();
  }

  private applyLang(): void {
    if (!this.ready) return;
    const lang = this.lang;
    const field = labelField(lang);
    // getLayersOrder, not getStyle: the latter serialises every source's data on each call.
    for (const id of this.map.getLayersOrder()) {
      const layer = this.map.getLayer(id);
      // The planner's layers are named from their own attributes, in no language of the atlas's.
      if (layer?.type === 'symbol' && layer.source.startsWith('user:')) continue;
      if (layer?.type === 'symbol' && this.map.getLayoutProperty(id, 'text-field') !== undefined) {
        // The streets' names come from OpenStreetMap's own name tags.
        this.map.setLayoutProperty(id, 'text-field', this.streets?.nameField(layer.source, lang) ?? field);
      }
    }
  }

  /**
   * Eases the camera to contain a bounding box [west, south, east, north]. `inset`: pixels along
   * each edge hidden by something on top of the map (the tour's caption); the box keeps clear of them.
   */
  fitBounds(
    bbox: [number, number, number, number],
    // Beyond ~12.5 the embedded basemap has little left to show around a point (no streets).
    maxZoom = 12.5,
    inset?: { top: number; right: number; bottom: number; left: number },
  ): void {
    fitBox(this.map, bbox, maxZoom, inset);
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  resize(): void {
    this.map.resize();
  }

  /** The pin search leaves (a labelled point), or none. */
  setSearchPin(pin: { lon: number; lat: number; label: string } | null): void {
    this.overlays.setSearchPin(pin);
  }

  /** The near-me origin and its radius ring (a polygon made by the caller), or none. */
  setNearArea(area: { lon: number; lat: number; ring: Feature<Polygon> } | null): void {
    this.overlays.setNearArea(area);
  }

  /** Marks the planner's feature whose attributes are open, or none. */
  setUserSelected(ref: UserFeatureRef | null): void {
    this.userLayers.setSelected(ref);
  }

  /** The planner's own layers (already checked and in WGS84), bottom to top. */
  setUserLayers(views: readonly UserLayerView[]): void {
    this.userLayers.set(views);
  }

  /** Rings the selected places and features (properties `id`, `kind`); an empty collection clears them. */
  setSelectionHighlight(features: FeatureCollection): void {
    this.selectionMarks.set(features);
  }

  /** The measuring tool's points, path and shape (made by the caller), or none. */
  setMeasure(features: FeatureCollection | null): void {
    this.overlays.setMeasure(features);
  }

  /** Pick-on-map mode: clicks report their point through onPick, and the cursor is a crosshair. */
  setPicking(on: boolean): void {
    this.picking = on;
    if (on) this.picker.prepare();
    this.map.getCanvas().style.cursor = on ? 'crosshair' : '';
    // Two quick clicks are two points, not a zoom.
    if (on) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
  }

  /**
   * Correction mode: edits a place's geometry on the map (its editor's code loads on first use),
   * or stops editing. Clicks go to the editor meanwhile; each finished change goes to onEdit.
   */
  setEditing(request: EditRequest | null): void {
    this.editing = request;
    if (!request && !this.editSession) return;
    this.editSession ??= import('./edit/session').then(
      (m) => new m.EditSession(this.map, (g) => this.opts.onEdit?.(g)),
    );
    // Whatever is asked last when the code is there is what the editor shows.
    this.editSession.then((s) => s.show(this.editing)).catch((e: unknown) => this.opts.onError(String(e)));
  }

  /** Redraws the report's places (corrections made in correction mode). */
  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.halo.setPlaces(places);
    this.offMap.setPlaces(places);
    this.markers.setPlaces(places);
  }

  /**
   * Shows an online basemap under the atlas's own layers, or goes back to the embedded one
   * (basemap-switch.ts).
   */
  setBasemap(choice: BasemapChoice): void {
    this.basemapChoice = choice;
    if (this.basemap) this.basemap.set(choice);
    else if (choice.kind !== 'embedded') this.loadBasemapSwitch(choice.kind);
  }

  private loadBasemapSwitch(kind: OnlineBasemapKind): void {
    this.basemapCode ??= import('./basemap-switch')
      .then(({ BasemapSwitch }) => {
        const basemap = new BasemapSwitch({
          onShown: () => this.streets?.basemapShown(),
          onFailed: (failed) => this.opts.onBasemapFailed?.(failed),
        });
        this.basemap = basemap;
        if (this.ready) basemap.attach(this.map);
        basemap.set(this.basemapChoice);
      })
      .catch(() => {
        // Offline after an update, the switch's code could not come: the embedded basemap stays.
        this.basemapCode = null;
        this.opts.onBasemapFailed?.(kind);
      });
  }

  /** Draws the streets archive (an absolute address) under the report's places, or hides them (null). */
  setStreets(archiveUrl: string | null): void {
    this.streetsUrl = archiveUrl;
    if (this.streets) this.streets.set(archiveUrl);
    else if (archiveUrl) this.loadStreetsLayers();
  }

  private streetsProgress(): StreetsProgress | undefined {
    const code = this.streetsCode;
    if (!code) return undefined;
    return { isSettled: this.streets?.isSettled ?? false, settled: code.then(() => this.streets?.settled) };
  }

  private loadStreetsLayers(): void {
    this.streetsCode ??= import('./streets-layers')
      .then(({ StreetsLayers }) => {
        const streets = new StreetsLayers({
          archiveUrl: this.streetsUrl,
          textScale: this.opts.textScale,
          lang: () => this.lang,
          overEmbedded: () => (this.basemap?.kind ?? 'embedded') === 'embedded',
          onError: (message) => this.opts.onError(message),
        });
        this.streets = streets;
        if (this.styleLoaded) streets.attach(this.map);
      })
      .catch((error: unknown) => {
        this.streetsCode = null;
        this.opts.onError(`streets: ${String(error)}`);
      });
  }

  /** A copy of the map as drawn, once it is idle (snapshot.ts, loaded with the export's code). */
  async snapshot(): Promise<MapSnapshot> {
    const { takeSnapshot } = await import('./snapshot');
    return takeSnapshot(this.map);
  }

  /** The view drawn again at a print's size and resolution, on a map of its own (see print-render.ts). */
  async renderForPrint(request: PrintRenderRequest): Promise<PrintRender> {
    const { renderForPrint } = await import('./print-render');
    return renderForPrint(this.map, request);
  }

  /** The MapLibre map, for browser tests only. */
  get testHandle(): MapLibreMap {
    return this.map;
  }

  destroy(): void {
    this.setEditing(null);
    this.ready = false;
    this.endFirstPaintHold();
    this.places.detach();
    this.markers.detach();
    this.overlays.detach();
    this.userLayers.detach();
    this.basemap?.detach();
    this.streets?.detach();
    this.selectionMarks.detach();
    this.map.remove();
  }
}
