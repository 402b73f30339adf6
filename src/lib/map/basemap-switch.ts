/**
 * Switching between the embedded basemap and online tiles (OpenStreetMap, Tianditu), and going
 * back to the embedded one when the tiles fail. Part of the map adapter (adapter.ts).
 */
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
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
import { FIRST_TILE_TIMEOUT_MS, TileHealth } from './tile-health';
import { addLayers, PREVALIDATED } from './add-layers';

/** What the map draws under the atlas: the embedded basemap, or tiles from an online service. */
export interface BasemapChoice {
  kind: BasemapKind;
  /** The Tianditu key (tk); never stored by the map beyond its tile URLs. */
  token?: string | null;
  /** The review number (审图号) shown with Tianditu tiles. */
  reviewNumber?: string;
}

/** What of MapLibre the switch uses (a stub map provides the same in the unit tests). */
export type BasemapMap = Pick<
  MapLibreMap,
  | 'getLayersOrder'
  | 'getLayer'
  | 'removeLayer'
  | 'getSource'
  | 'removeSource'
  | 'addSource'
  | 'addLayer'
  | 'setLayoutProperty'
>;

export interface BasemapSwitchOptions {
  /** The basemap shown changed (the streets extract shows over the embedded one only). */
  onShown: (kind: BasemapKind) => void;
  /** An online basemap failed; the map is already back on the embedded one. */
  onFailed: (kind: OnlineBasemapKind) => void;
  /** The clock, and whether the browser says it is offline (replaced in the unit tests). */
  nowMs?: () => number;
  isOffline?: () => boolean;
}

const choiceKey = (c: BasemapChoice) =>
  c.kind === 'tianditu' ? `tianditu|${c.token ?? ''}|${c.reviewNumber ?? ''}` : c.kind;

export class BasemapSwitch {
  private choice: BasemapChoice = { kind: 'embedded' };
  private map: BasemapMap | null = null;
  /** Watches the online basemap's tiles; null while the embedded basemap is shown. */
  private watch: {
    kind: OnlineBasemapKind;
    sources: readonly string[];
    health: TileHealth;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;
  private readonly nowMs: () => number;
  private readonly isOffline: () => boolean;

  constructor(private readonly opts: BasemapSwitchOptions) {
    this.nowMs = opts.nowMs ?? Date.now;
    this.isOffline = opts.isOffline ?? (() => typeof navigator !== 'undefined' && navigator.onLine === false);
  }

  get kind(): BasemapKind {
    return this.choice.kind;
  }

  /** The style has loaded: an online basemap asked for meanwhile is added now. */
  attach(map: BasemapMap): void {
    this.map = map;
    if (this.choice.kind !== 'embedded') this.apply();
  }

  detach(): void {
    this.stopWatch();
    this.map = null;
  }

  /**
   * Shows an online basemap under the atlas's own layers, or goes back to the embedded one. The
   * embedded fills are hidden while tiles show; outlines, labels and the report's places stay on top.
   */
  set(choice: BasemapChoice): void {
    if (choiceKey(choice) === choiceKey(this.choice)) return;
    this.choice = { ...choice };
    this.apply();
  }

  /** A map error: an online source's are expected offline and decide the fallback. True if it was one of those. */
  handleError(e: Pick<ErrorEvent, 'error'> & { sourceId?: string }): boolean {
    if (!isOnlineSourceId(e.sourceId)) return false;
    if (this.watch?.sources.includes(e.sourceId)) this.onTile(false);
    return true;
  }

  /** A source's data event: a tile of the online basemap arrived. */
  handleSourceData(e: Pick<MapSourceDataEvent, 'tile' | 'sourceId'>): void {
    if (e.tile && this.watch?.sources.includes(e.sourceId)) this.onTile(true);
  }

  private apply(): void {
    const map = this.map;
    if (!map) return;
    const { kind } = this.choice;
    this.opts.onShown(kind);
    this.stopWatch();
    for (const id of map.getLayersOrder()) {
      if (isOnlineSourceId(map.getLayer(id)?.source)) map.removeLayer(id);
    }
    for (const id of ONLINE_SOURCE_IDS) if (map.getSource(id)) map.removeSource(id);
    for (const id of EMBEDDED_FILL_LAYER_IDS) {
      if (map.getLayer(id))
        map.setLayoutProperty(id, 'visibility', kind === 'embedded' ? 'visible' : 'none', PREVALIDATED);
    }
    if (kind === 'embedded') return;
    let style: ReturnType<typeof onlineBasemapStyle>;
    try {
      style = onlineBasemapStyle(kind, {
        token: this.choice.token,
        reviewNumber: this.choice.reviewNumber ?? TIANDITU_REVIEW_NUMBER,
      });
    } catch {
      this.fail(kind);
      return;
    }
    for (const [id, source] of Object.entries(style.sources)) map.addSource(id, source);
    addLayers(map, style.layers, ONLINE_LAYERS_BEFORE_ID);
    const health = new TileHealth(this.nowMs());
    this.watch = {
      kind,
      sources: Object.keys(style.sources),
      health,
      // Offline a request may hang instead of failing: no tile within the timeout counts as failure.
      timer: setTimeout(() => {
        if (health.check(this.nowMs()) === 'failed') this.fail(kind);
      }, FIRST_TILE_TIMEOUT_MS),
    };
    if (this.isOffline()) this.fail(kind);
  }

  private onTile(loaded: boolean): void {
    const watch = this.watch;
    if (!watch) return;
    const verdict = loaded ? watch.health.tileLoaded() : watch.health.tileFailed();
    if (loaded && watch.health.tilesLoaded === 1) clearTimeout(watch.timer);
    if (verdict === 'failed') this.fail(watch.kind);
  }

  private stopWatch(): void {
    if (this.watch) clearTimeout(this.watch.timer);
    this.watch = null;
  }

  /** Goes back to the embedded basemap at once, then tells the state (which then asks for the same). */
  private fail(kind: OnlineBasemapKind): void {
    this.choice = { kind: 'embedded' };
    this.apply();
    this.opts.onFailed(kind);
  }
}
