/**
 * The map adapter: the only code in the atlas that talks to MapLibre. State flows in through its
 * methods (language, visible groups, filtered ids, selection, camera requests); the map talks back
 * only through the callbacks it was created with.
 */
import {
  Map as MapLibreMap,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  prewarm,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type PointLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { LAYER_GROUPS } from '../catalog/groups';
import { STATUSES } from '../catalog/status';
import type { GroupId } from '../catalog/types';
import type { Camera } from '../state/url';
import type { BasemapSourceId } from './style/basemap';
import { atlasStyle } from './style/atlas-style';
import { interactiveLayerIds } from './style/places';
import { USER_INDEX_PROP } from '../geo/user-features';
import { WUJIN_BBOX } from './extent';
import { markerImageData, markerImageId } from './style/markers';
import {
  EMBEDDED_FILL_LAYER_IDS,
  ONLINE_LAYERS_BEFORE_ID,
  ONLINE_SOURCE_IDS,
  TIANDITU_REVIEW_NUMBER,
  isOnlineSourceId,
  onlineBasemapStyle,
  type BasemapKind,
  type OnlineBasemapKind,
} from './style/online';
import { USER_SELECTED_LAYER_IDS, userSelectedFilter, type OverlaySourceId } from './style/overlays';
import { palette } from './style/palette';
import { loadStreets, type StreetsStyle } from './streets-archive';
import { labelField, type Lang } from './style/text';
import { FIRST_TILE_TIMEOUT_MS, TileHealth } from './tile-health';
import { FirstPaintGate } from './first-paint';
import type { EditRequest } from './edit/session';
import type { PrintRender, PrintRenderRequest } from './print-render';

setWorkerUrl(workerUrl);
// Start MapLibre's worker while the catalogue is still loading, not when the map is created:
// the worker's download and start-up then overlap the data fetch instead of following it.
if (typeof window !== 'undefined') prewarm();

/** The planner's own features answer clicks too: their shapes, not their labels (as for the report's places). */
const USER_HIT_LAYERS = ['user-fill', 'user-line', 'user-point'];
/** How close (in CSS pixels) a picked point must be to a marker to land on it. */
const SNAP_PX = 12;
/**
 * A map narrower than this folds its attribution to the ⓘ button: a phone, or a tablet beside the
 * side panel. The map's own width, not the window's (the page's phone layout is ui/scale.ts).
 */
const ATTRIBUTION_FOLD_BELOW_PX = 720;

export interface AtlasMapOptions {
  container: HTMLElement;
  camera: Camera;
  /** Frame the whole district instead of `camera` (no camera in the link): right on any screen size. */
  fitDistrict: boolean;
  lang: Lang;
  visibleGroups: readonly GroupId[];
  /** Ids of places that pass the filters, or null for all. */
  visibleIds: ReadonlySet<string> | null;
  basemapUrls: Record<BasemapSourceId, string>;
  /** Located places per group, with flat properties (see toMapFeatures). */
  places: Record<GroupId, FeatureCollection>;
  /** Scale for symbols and labels (large screens). */
  textScale: number;
  /** The streets archive to draw (an absolute address), or null for none. */
  streets?: string | null;
  onSelect: (id: string | null) => void;
  /** A click on one of the planner's own features (its index in their file), or on none. */
  onUserFeature?: (index: number | null) => void;
  /** A click while picking (see setPicking): the point, instead of a selection. */
  onPick?: (lon: number, lat: number) => void;
  /** The geometry being corrected (see setEditing) was moved, reshaped or drawn. */
  onEdit?: (geometry: Geometry) => void;
  onHover: (id: string | null) => void;
  onMove: (camera: Camera) => void;
  /** The first frame is painted: `complete` unless the sources took longer than FIRST_PAINT_MAX_HOLD_MS. */
  onFirstPaint?: (complete: boolean) => void;
  /** First idle with every default layer drawn. */
  onFirstIdle: () => void;
  onError: (message: string) => void;
  /**
   * An online basemap failed (tile errors, or no tile within FIRST_TILE_TIMEOUT_MS). The map has
   * already gone back to the embedded basemap; the state should follow.
   */
  onBasemapFailed?: (kind: OnlineBasemapKind) => void;
}

/** What the map draws under the atlas: the embedded basemap, or tiles from an online service. */
export interface BasemapChoice {
  kind: BasemapKind;
  /** The Tianditu key (tk); never stored by the map beyond its tile URLs. */
  token?: string | null;
  /** The review number (审图号) shown with Tianditu tiles. */
  reviewNumber?: string;
}

/** The map's pixels once it is idle, with what is needed to draw a scale for them. */
export interface MapSnapshot {
  /** A copy of the map canvas, in device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the map canvas. */
  pixelRatio: number;
  zoom: number;
  lat: number;
  lon: number;
}

/** Longest wait for the map to settle before a snapshot takes what is drawn. */
const SNAPSHOT_WAIT_MS = 15_000;

/** Wujin's extent (with a margin): the camera may not wander off to places the atlas has no data for. */
const MAX_BOUNDS: LngLatBoundsLike = [
  [118.9, 30.6],
  [121.1, 32.6],
];

export class AtlasMap {
  private readonly map: MapLibreMap;
  private readonly opts: AtlasMapOptions;
  private lang: Lang;
  /** The language the style was built in; the labels need changing on load only if it has changed since. */
  private readonly styleLang: Lang;
  private visibleGroups: readonly GroupId[];
  private visibleIds: ReadonlySet<string> | null;
  private selected: { id: string; group: GroupId } | null = null;
  private hovered: { id: string; group: GroupId } | null = null;
  private figurePlaces: { id: string; group: GroupId }[] = [];
  private readonly groupOf = new Map<string, GroupId>();
  /** Where each point place is, exactly as the catalogue has it: picks snap to these. */
  private readonly pointOf = new Map<string, [number, number]>();
  /** Each line or area place's whole geometry: picks near its line or edge snap onto it. */
  private readonly shapeOf = new Map<string, Geometry>();
  /** Snapping to edges: its code loads when picking is first turned on (no first view needs it). */
  private snapCode: Promise<typeof import('../geo/snap')> | null = null;
  /** The last pick on its way to the state (see the click handler). */
  private picks: Promise<void> = Promise.resolve();
  private userSelected: number | null = null;
  /** False until the style has loaded: state set before then is applied once, on load. */
  private ready = false;
  /** While true a click reports its point (onPick) instead of selecting. */
  private picking = false;
  /** The correction being edited (its clicks belong to the editor), and its editing code once loaded. */
  private editing: EditRequest | null = null;
  private editSession: Promise<import('./edit/session').EditSession> | null = null;
  /** What the overlay sources hold, kept to fill them once the style has loaded. */
  private readonly overlayData: Record<OverlaySourceId, FeatureCollection> = {
    user: { type: 'FeatureCollection', features: [] },
    near: { type: 'FeatureCollection', features: [] },
    'search-pin': { type: 'FeatureCollection', features: [] },
    measure: { type: 'FeatureCollection', features: [] },
  };
  /** Overlays given data before the style loaded (the style starts them empty). */
  private readonly pendingOverlays = new Set<OverlaySourceId>();
  /** Each place layer's own filter (geometry type, status), kept to combine with the user's filter. */
  private readonly baseFilters = new Map<string, { group: GroupId; filter: unknown }>();
  private basemap: BasemapChoice = { kind: 'embedded' };
  /** The streets archive asked for, and the one whose layers are on the map (hidden or not). */
  private streets: string | null;
  private streetsAdded: string | null = null;
  /** The streets' style functions, once loaded (they load with the archive's reader). */
  private streetsStyle: StreetsStyle | null = null;
  private firstPaintTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the place layers' filters and visibility were last set to (see applyFilters, setVisibleGroups). */
  private appliedIdsKey: string | null;
  private appliedGroupsKey: string;
  /** Watches the online basemap's tiles; null while the embedded basemap is shown. */
  private basemapWatch: {
    kind: OnlineBasemapKind;
    sources: readonly string[];
    health: TileHealth;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;

  constructor(opts: AtlasMapOptions) {
    this.opts = opts;
    this.lang = opts.lang;
    this.styleLang = opts.lang;
    this.visibleGroups = opts.visibleGroups;
    this.visibleIds = opts.visibleIds;
    this.streets = opts.streets ?? null;
    // The reader's code loads while the style does, not after it.
    if (this.streets) loadStreets().catch(() => undefined);
    for (const [group, fc] of Object.entries(opts.places) as [GroupId, FeatureCollection][]) {
      for (const f of fc.features) {
        this.groupOf.set(String(f.id), group);
        if (f.geometry.type === 'Point') {
          const [lon, lat] = f.geometry.coordinates;
          this.pointOf.set(String(f.id), [lon, lat]);
        } else {
          this.shapeOf.set(String(f.id), f.geometry);
        }
      }
    }
    const style = atlasStyle({
      basemapUrls: opts.basemapUrls,
      places: opts.places,
      lang: this.lang,
      textScale: opts.textScale,
    });
    const passing = this.passingIds();
    this.appliedIdsKey = idsKey(passing);
    this.appliedGroupsKey = groupsKey(this.visibleGroups);
    for (const layer of style.layers) {
      const group = LAYER_GROUPS.find((g) => 'source' in layer && layer.source === g.id);
      if (!group) continue;
      const base = 'filter' in layer ? layer.filter : undefined;
      this.baseFilters.set(layer.id, { group: group.id, filter: base });
      const combined = combinedFilter(base, passing);
      if (combined) (layer as { filter?: unknown }).filter = combined;
      layer.layout = {
        ...layer.layout,
        visibility: this.visibleGroups.includes(group.id) ? 'visible' : 'none',
      };
    }
    this.map = new MapLibreMap({
      container: opts.container,
      style,
      center: [opts.camera.lon, opts.camera.lat],
      zoom: opts.camera.zoom,
      ...(opts.fitDistrict
        ? {
            bounds: [
              [WUJIN_BBOX[0], WUJIN_BBOX[1]],
              [WUJIN_BBOX[2], WUJIN_BBOX[3]],
            ] as LngLatBoundsLike,
            fitBoundsOptions: { padding: 24 },
          }
        : {}),
      minZoom: 7,
      maxZoom: 18,
      maxBounds: MAX_BOUNDS,
      attributionControl: false,
      // CJK labels are drawn with the browser's own fonts: no glyph server, works offline.
      localIdeographFontFamily:
        "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // The style is validated by the unit tests (style/atlas-style.ts); checking it again on every load costs start-up time.
      validateStyle: false,
    });
    this.holdFirstPaint();
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.bindEvents();
  }

  /**
   * Lets MapLibre paint only once its sources are loaded (or the gate's time limit has passed):
   * it keeps loading and placing as usual, only the painting of partial frames is skipped. The
   * painter is MapLibre's public per-map renderer (custom layers use it too).
   */
  private holdFirstPaint(): void {
    const map = this.map;
    const gate = new FirstPaintGate(performance.now());
    const painter = map.painter;
    const paint = painter.render.bind(painter);
    painter.render = (...args: Parameters<typeof paint>) => {
      if (!gate.isOpen) {
        const loaded = map.loaded();
        if (!gate.allows(performance.now(), loaded)) return;
        painter.render = paint;
        this.opts.onFirstPaint?.(loaded);
      }
      paint(...args);
    };
    // Nothing else may ask for a frame when the limit passes (a source that never finishes).
    this.firstPaintTimer = setTimeout(() => map.triggerRepaint(), gate.deadlineMs - performance.now());
  }

  /** Draws a status marker the first time the map asks for it (MapLibre's own lazy-image hook). */
  private addMarker(imageId: string): boolean {
    for (const g of LAYER_GROUPS) {
      for (const s of STATUSES) {
        if (markerImageId(g.id, s.id) !== imageId) continue;
        const ratio = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
        this.map.addImage(imageId, markerImageData(s.marker, palette[g.color], ratio), { pixelRatio: ratio });
        return true;
      }
    }
    return false;
  }

  /**
   * The ids the user's filter lets through, or null when it lets every place on the map through:
   * then the layers need no id filter, and the worker no lookup per feature and layer.
   */
  private passingIds(): string[] | null {
    const ids = this.visibleIds;
    if (!ids) return null;
    for (const id of this.groupOf.keys()) if (!ids.has(id)) return [...ids].sort();
    return null;
  }

  private bindEvents(): void {
    const map = this.map;
    const hitLayers = () =>
      this.visibleGroups
        .flatMap((g) => interactiveLayerIds(g))
        .filter((id) => map.getLayer(id) !== undefined);
    const featureAt = (e: MapMouseEvent): MapGeoJSONFeature | undefined => {
      // A tolerance box makes small markers and thin lines easy to hit with a finger.
      const pad = 8;
      const { x, y } = e.point;
      const hits = map.queryRenderedFeatures(
        [
          [x - pad, y - pad],
          [x + pad, y + pad],
        ],
        { layers: [...hitLayers(), ...USER_HIT_LAYERS] },
      );
      // Points over lines over areas: the smallest thing under the pointer wins. The planner's
      // own areas carry no size and so come before the report's (which are zones of km²).
      const rank = (f: MapGeoJSONFeature) =>
        f.geometry.type === 'Point'
          ? 0
          : f.geometry.type.includes('Line')
            ? 1
            : 2 + Number(f.properties.area_km2 ?? 0);
      return hits.sort((a, b) => rank(a) - rank(b))[0];
    };
    const userIndexOf = (f: MapGeoJSONFeature | undefined): number | null =>
      f?.source === 'user' ? Number(f.properties[USER_INDEX_PROP]) : null;
    /**
     * A picked point lands on a place's or town's marker when the click is within SNAP_PX of it:
     * measuring from 武进站 then starts exactly at 武进站 (at the catalogue's coordinates for a place).
     * Away from markers it lands on a line place or an area's edge within SNAP_PX (the metro line,
     * a park's boundary), at the nearest point of the whole shape, not of the tile's copy of it.
     */
    const snapAt = async (e: MapMouseEvent): Promise<[number, number]> => {
      const { x, y } = e.point;
      const layers = [...this.visibleGroups.map((g) => `${g}-point`), 'towns-dot'].filter(
        (id) => map.getLayer(id) !== undefined,
      );
      let best: { lonLat: [number, number]; distancePx: number } | null = null;
      const box: [PointLike, PointLike] = [
        [x - SNAP_PX, y - SNAP_PX],
        [x + SNAP_PX, y + SNAP_PX],
      ];
      for (const f of map.queryRenderedFeatures(box, { layers })) {
        if (f.geometry.type !== 'Point') continue;
        const [lon, lat] = this.pointOf.get(String(f.properties.id)) ?? f.geometry.coordinates;
        const p = map.project([lon, lat]);
        const distancePx = Math.hypot(p.x - x, p.y - y);
        if (distancePx <= SNAP_PX && (!best || distancePx < best.distancePx))
          best = { lonLat: [lon, lat], distancePx };
      }
      const clicked: [number, number] = [e.lngLat.lng, e.lngLat.lat];
      if (best) return best.lonLat;
      // The candidates are read now, from the map as it was clicked; the code that finds the
      // nearest point may still be arriving (it loads when picking is turned on).
      const edgeLayers = this.visibleGroups
        .flatMap((g) => [`${g}-line`, `${g}-line-planned`, `${g}-area-outline`, `${g}-area-outline-vague`])
        .filter((id) => map.getLayer(id) !== undefined);
      const ids = new Set(
        map.queryRenderedFeatures(box, { layers: edgeLayers }).map((f) => String(f.properties.id)),
      );
      const shapes = [...ids].flatMap((id) => this.shapeOf.get(id) ?? []);
      if (shapes.length === 0) return clicked;
      try {
        const hit = (await this.loadSnap()).nearestOnEdges(clicked, shapes);
        if (!hit) return clicked;
        // Both projected now, so a camera that moved meanwhile does not change the distance.
        const a = map.project(hit.lonLat);
        const b = map.project(clicked);
        return Math.hypot(a.x - b.x, a.y - b.y) <= SNAP_PX ? hit.lonLat : clicked;
      } catch {
        // The snapping code could not be fetched (offline after an update): the click as it was.
        return clicked;
      }
    };
    map.on('click', (e) => {
      if (this.editing) return;
      if (this.picking && this.opts.onPick) {
        const onPick = this.opts.onPick;
        // Picks reach the state in the order they were clicked, whichever needed to wait.
        const pick = snapAt(e);
        this.picks = this.picks
          .then(() => pick)
          .then(([lon, lat]) => onPick(lon, lat))
          // One failed pick must not stop the ones after it: they wait on this chain.
          .catch((error: unknown) => this.opts.onError(String(error)));
        return;
      }
      const f = featureAt(e);
      const userIndex = userIndexOf(f);
      this.opts.onSelect(f && userIndex === null ? String(f.properties.id) : null);
      this.opts.onUserFeature?.(userIndex);
    });
    map.on('mousemove', (e) => {
      const f = featureAt(e);
      const isUser = userIndexOf(f) !== null;
      const id = f && !isUser ? String(f.properties.id) : null;
      map.getCanvas().style.cursor = this.picking ? 'crosshair' : f ? 'pointer' : '';
      if (id !== this.hovered?.id) {
        this.setHovered(id);
        this.opts.onHover(id);
      }
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      this.opts.onMove({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
    });
    map.once('load', () => {
      this.ready = true;
      // On a narrow map the attribution folds to its ⓘ button so it does not cover the map.
      if (map.getContainer().clientWidth < ATTRIBUTION_FOLD_BELOW_PX) {
        map
          .getContainer()
          .querySelector('.maplibregl-compact-show')
          ?.classList.remove('maplibregl-compact-show');
      }
      this.applyFilters();
      this.setVisibleGroups(this.visibleGroups);
      if (this.lang !== this.styleLang) this.applyLang();
      this.setSelected(this.selected?.id ?? null);
      this.setFigurePlaces(this.figurePlaces.map((p) => p.id));
      // Only what changed since the style was built: a needless setData or layout change makes
      // MapLibre re-tile that source and delays the first idle map.
      for (const id of this.pendingOverlays) this.applyOverlay(id);
      this.pendingOverlays.clear();
      if (this.userSelected !== null) this.applyUserSelected();
      if (this.basemap.kind !== 'embedded') this.applyBasemap();
      if (this.streets) this.applyStreets();
    });
    map.once('idle', () => this.opts.onFirstIdle());
    map.on('error', (e) => {
      // Tile errors of an online basemap are expected offline: they decide the fallback, not a notice.
      const sourceId = (e as { sourceId?: string }).sourceId;
      if (isOnlineSourceId(sourceId)) {
        if (this.basemapWatch?.sources.includes(sourceId)) this.onBasemapTile(false);
        return;
      }
      this.opts.onError(e.error?.message ?? 'map error');
    });
    map.on('sourcedata', (e) => {
      if (e.tile && this.basemapWatch?.sources.includes(e.sourceId)) this.onBasemapTile(true);
    });
    // Status markers are drawn on demand, the first time a layer asks for one.
    map.setMissingStyleImageResolver((id) => {
      this.addMarker(id);
    });
    map.on('styleimagemissing', (e) => this.opts.onError(`missing marker ${e.id}`));
  }

  private setFeatureState(target: { id: string; group: GroupId } | null, key: string, value: boolean): void {
    if (!target || !this.ready) return;
    this.map.setFeatureState({ source: target.group, id: target.id }, { [key]: value });
  }

  private setHovered(id: string | null): void {
    this.setFeatureState(this.hovered, 'hover', false);
    const group = id ? this.groupOf.get(id) : undefined;
    this.hovered = id && group ? { id, group } : null;
    this.setFeatureState(this.hovered, 'hover', true);
  }

  /** Marks the selected place (or none). */
  setSelected(id: string | null): void {
    this.setFeatureState(this.selected, 'selected', false);
    const group = id ? this.groupOf.get(id) : undefined;
    this.selected = id && group ? { id, group } : null;
    this.setFeatureState(this.selected, 'selected', true);
  }

  /** Marks the places tied to the selected figure (feature-state `figure`); an empty list clears them. */
  setFigurePlaces(ids: readonly string[]): void {
    for (const target of this.figurePlaces) this.setFeatureState(target, 'figure', false);
    this.figurePlaces = ids.flatMap((id) => {
      const group = this.groupOf.get(id);
      return group ? [{ id, group }] : [];
    });
    for (const target of this.figurePlaces) this.setFeatureState(target, 'figure', true);
  }

  /** Highlights places from outside the map (hovering a name in a list or the report). */
  setHighlighted(id: string | null): void {
    this.setHovered(id);
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
      if (layer?.type === 'symbol' && this.map.getLayoutProperty(id, 'text-field') !== undefined) {
        // The streets' names come from OpenStreetMap's own name tags.
        this.map.setLayoutProperty(
          id,
          'text-field',
          this.streetsStyle && layer.source === this.streetsStyle.STREETS_SOURCE_ID
            ? this.streetsStyle.streetsNameField(lang)
            : field,
        );
      }
    }
  }

  setVisibleGroups(groups: readonly GroupId[]): void {
    this.visibleGroups = groups;
    if (!this.ready) return;
    // Map.setLayoutProperty asks for a new frame even when nothing changes: only real changes go through.
    const key = groupsKey(groups);
    if (key === this.appliedGroupsKey) return;
    this.appliedGroupsKey = key;
    for (const [layerId, { group }] of this.baseFilters) {
      this.map.setLayoutProperty(layerId, 'visibility', groups.includes(group) ? 'visible' : 'none');
    }
  }

  setVisibleIds(ids: ReadonlySet<string> | null): void {
    this.visibleIds = ids;
    this.applyFilters();
  }

  /** Combines each layer's own filter with the user's filter (as a list of passing ids). */
  private applyFilters(): void {
    if (!this.ready) return;
    // Map.setFilter asks for a new frame even for an equal filter: only a changed set of ids goes through.
    const passing = this.passingIds();
    const key = idsKey(passing);
    if (key === this.appliedIdsKey) return;
    this.appliedIdsKey = key;
    for (const [layerId, { filter: base }] of this.baseFilters) {
      this.map.setFilter(layerId, (combinedFilter(base, passing) ?? null) as never);
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
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    // The container may have changed size a moment ago (the tour hides the side panel) before the
    // resize observer told the map: fit to the size it has now.
    const canvas = this.map.getCanvas();
    if (canvas.clientWidth !== width || canvas.clientHeight !== height) this.map.resize();
    const pad = Math.min(80, Math.round(Math.min(width, height) / 6));
    const padding = { top: pad, right: pad, bottom: pad, left: pad };
    // An inset that leaves too little map is ignored: MapLibre cannot fit a box into nothing.
    const minFreePx = 160;
    if (
      inset &&
      width - inset.left - inset.right - 2 * pad >= minFreePx &&
      height - inset.top - inset.bottom - 2 * pad >= minFreePx
    ) {
      padding.top += inset.top;
      padding.right += inset.right;
      padding.bottom += inset.bottom;
      padding.left += inset.left;
    }
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding, maxZoom, duration: prefersReducedMotion() ? 0 : 900 },
    );
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
  }

  /** The rendered features of a layer, for tests and for the export legend. */
  renderedIds(layerIds: string[]): string[] {
    const present = layerIds.filter((id) => this.map.getLayer(id));
    return [
      ...new Set(this.map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.id))),
    ];
  }

  resize(): void {
    this.map.resize();
  }

  /** The pin search leaves (a labelled point), or none. */
  setSearchPin(pin: { lon: number; lat: number; label: string } | null): void {
    this.setOverlay('search-pin', {
      type: 'FeatureCollection',
      features: pin
        ? [
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [pin.lon, pin.lat] },
              properties: { name_zh: pin.label, name_en: pin.label },
            },
          ]
        : [],
    });
  }

  /** The near-me origin and its radius ring (a polygon made by the caller), or none. */
  setNearArea(area: { lon: number; lat: number; ring: Feature<Polygon> } | null): void {
    this.setOverlay('near', {
      type: 'FeatureCollection',
      features: area
        ? [
            area.ring,
            {
              type: 'Feature',
              geometry: { type: 'Point', coordinates: [area.lon, area.lat] },
              properties: {},
            },
          ]
        : [],
    });
  }

  /** The planner's own data (already checked and in WGS84), or none. */
  /** Marks the planner's feature whose attributes are open (its index in their file), or none. */
  setUserSelected(index: number | null): void {
    if (index === this.userSelected) return;
    this.userSelected = index;
    if (this.ready) this.applyUserSelected();
  }

  private applyUserSelected(): void {
    for (const id of USER_SELECTED_LAYER_IDS)
      this.map.setFilter(id, userSelectedFilter(id, this.userSelected));
  }

  setUserData(features: FeatureCollection | null): void {
    this.setOverlay('user', features ?? { type: 'FeatureCollection', features: [] });
  }

  /** The measuring tool's points, path and shape (made by the caller), or none. */
  setMeasure(features: FeatureCollection | null): void {
    this.setOverlay('measure', features ?? { type: 'FeatureCollection', features: [] });
  }

  /** Pick-on-map mode: clicks report their point through onPick, and the cursor is a crosshair. */
  private loadSnap(): Promise<typeof import('../geo/snap')> {
    return (this.snapCode ??= import('../geo/snap'));
  }

  setPicking(on: boolean): void {
    this.picking = on;
    if (on) this.loadSnap().catch(() => (this.snapCode = null));
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

  private setOverlay(id: OverlaySourceId, data: FeatureCollection): void {
    const before = this.overlayData[id];
    this.overlayData[id] = data;
    // Empty before and after (every start, and most state changes): re-tiling the source would
    // only cost a frame and delay the first idle map.
    if (before.features.length === 0 && data.features.length === 0) return;
    this.applyOverlay(id);
  }

  private applyOverlay(id: OverlaySourceId): void {
    if (!this.ready) {
      this.pendingOverlays.add(id);
      return;
    }
    (this.map.getSource(id) as GeoJSONSource | undefined)?.setData(this.overlayData[id]);
  }

  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    for (const g of LAYER_GROUPS)
      (this.map.getSource(g.id) as GeoJSONSource | undefined)?.setData(places[g.id]);
  }

  /**
   * Shows an online basemap under the atlas's own layers, or goes back to the embedded one. The
   * embedded fills are hidden while tiles show; outlines, labels and the report's places stay on top.
   */
  setBasemap(choice: BasemapChoice): void {
    const key = (c: BasemapChoice) =>
      c.kind === 'tianditu' ? `tianditu|${c.token ?? ''}|${c.reviewNumber ?? ''}` : c.kind;
    if (key(choice) === key(this.basemap)) return;
    this.basemap = { ...choice };
    this.applyBasemap();
  }

  private applyBasemap(): void {
    if (!this.ready) return;
    this.applyStreets();
    const map = this.map;
    this.stopBasemapWatch();
    for (const id of map.getLayersOrder()) {
      if (isOnlineSourceId(map.getLayer(id)?.source)) map.removeLayer(id);
    }
    for (const id of ONLINE_SOURCE_IDS) if (map.getSource(id)) map.removeSource(id);
    const { kind } = this.basemap;
    for (const id of EMBEDDED_FILL_LAYER_IDS) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', kind === 'embedded' ? 'visible' : 'none');
    }
    if (kind === 'embedded') return;
    let style: ReturnType<typeof onlineBasemapStyle>;
    try {
      style = onlineBasemapStyle(kind, {
        token: this.basemap.token,
        reviewNumber: this.basemap.reviewNumber ?? TIANDITU_REVIEW_NUMBER,
      });
    } catch {
      this.failBasemap(kind);
      return;
    }
    for (const [id, source] of Object.entries(style.sources)) map.addSource(id, source);
    for (const layer of style.layers) map.addLayer(layer, ONLINE_LAYERS_BEFORE_ID);
    const health = new TileHealth(Date.now());
    this.basemapWatch = {
      kind,
      sources: Object.keys(style.sources),
      health,
      // Offline a request may hang instead of failing: no tile within the timeout counts as failure.
      timer: setTimeout(() => {
        if (health.check(Date.now()) === 'failed') this.failBasemap(kind);
      }, FIRST_TILE_TIMEOUT_MS),
    };
    if (typeof navigator !== 'undefined' && navigator.onLine === false) this.failBasemap(kind);
  }

  /** Draws the streets archive (an absolute address) under the report's places, or hides them (null). */
  setStreets(archiveUrl: string | null): void {
    if (archiveUrl === this.streets) return;
    this.streets = archiveUrl;
    this.applyStreets();
  }

  /**
   * Adds the archive's layers the first time, then only shows or hides them: the tiles already
   * read stay. Online tiles have streets of their own, so the extract shows over the embedded
   * basemap only.
   */
  private applyStreets(): void {
    if (!this.ready) return;
    const wanted = this.basemap.kind === 'embedded' ? this.streets : null;
    if (this.streetsAdded !== null) {
      this.showStreets(wanted !== null);
      return;
    }
    if (wanted === null) return;
    loadStreets()
      .then((style) => {
        if (!this.ready || this.streetsAdded !== null) return;
        const map = this.map;
        this.streetsStyle = style;
        map.addSource(style.STREETS_SOURCE_ID, style.streetsSource(wanted));
        for (const layer of style.streetsShapeLayers()) map.addLayer(layer, style.STREETS_SHAPES_BEFORE_ID);
        for (const layer of style.streetsLabelLayers(this.lang, this.opts.textScale))
          map.addLayer(layer, style.STREETS_LABELS_BEFORE_ID);
        this.streetsAdded = wanted;
        // The switch may have moved while the reader's code loaded.
        this.showStreets(this.basemap.kind === 'embedded' && this.streets !== null);
      })
      .catch((error: unknown) => {
        if (this.ready) this.opts.onError(`streets: ${String(error)}`);
      });
  }

  private showStreets(visible: boolean): void {
    const map = this.map;
    const sourceId = this.streetsStyle?.STREETS_SOURCE_ID;
    if (!sourceId) return;
    const visibility = visible ? 'visible' : 'none';
    for (const id of map.getLayersOrder()) {
      if (map.getLayer(id)?.source !== sourceId) continue;
      // setLayoutProperty asks for a frame even for an equal value.
      if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
        map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  private onBasemapTile(loaded: boolean): void {
    const watch = this.basemapWatch;
    if (!watch) return;
    const verdict = loaded ? watch.health.tileLoaded() : watch.health.tileFailed();
    if (loaded && watch.health.tilesLoaded === 1) clearTimeout(watch.timer);
    if (verdict === 'failed') this.failBasemap(watch.kind);
  }

  private stopBasemapWatch(): void {
    if (this.basemapWatch) clearTimeout(this.basemapWatch.timer);
    this.basemapWatch = null;
  }

  /** Goes back to the embedded basemap at once, then tells the state (which then asks for the same). */
  private failBasemap(kind: OnlineBasemapKind): void {
    this.basemap = { kind: 'embedded' };
    this.applyBasemap();
    this.opts.onBasemapFailed?.(kind);
  }

  /**
   * A copy of the map as drawn, taken once the map is idle (tiles loaded, no animation). The map
   * keeps its drawing buffer (preserveDrawingBuffer), so the copy is what the user sees.
   */
  async snapshot(): Promise<MapSnapshot> {
    const map = this.map;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SNAPSHOT_WAIT_MS);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      map.triggerRepaint();
    });
    const source = map.getCanvas();
    const canvas = document.createElement('canvas');
    canvas.width = source.width;
    canvas.height = source.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('2D canvas unavailable');
    ctx.drawImage(source, 0, 0);
    const centre = map.getCenter();
    return {
      canvas,
      pixelRatio: source.clientWidth > 0 ? source.width / source.clientWidth : map.getPixelRatio(),
      zoom: map.getZoom(),
      lat: centre.lat,
      lon: centre.lng,
    };
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
    clearTimeout(this.firstPaintTimer);
    this.stopBasemapWatch();
    this.map.remove();
  }
}

/** A place layer's own filter combined with the user's filter (null: everything passes). */
function combinedFilter(base: unknown, passing: readonly string[] | null): unknown {
  const idFilter = passing ? ['in', ['get', 'id'], ['literal', passing]] : null;
  return idFilter ? (base ? ['all', base, idFilter] : idFilter) : base;
}

function idsKey(ids: readonly string[] | null): string | null {
  return ids ? ids.join('\n') : null;
}

function groupsKey(groups: readonly GroupId[]): string {
  return [...groups].sort().join(',');
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
