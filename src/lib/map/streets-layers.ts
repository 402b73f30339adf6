/**
 * The optional streets extract on the map: added the first time it is shown, then only shown or
 * hidden (the tiles already read stay). Part of the map adapter (adapter.ts).
 */
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { loadStreets, type StreetsStyle } from './streets-archive';
import type { Lang } from './style/text';
import { addLayers, PREVALIDATED } from './add-layers';

export type StreetsMap = Pick<
  MapLibreMap,
  'addSource' | 'addLayer' | 'getLayersOrder' | 'getLayer' | 'getLayoutProperty' | 'setLayoutProperty'
>;

export interface StreetsLayersOptions {
  /** The archive asked for at start (an absolute address), or null for none. */
  archiveUrl: string | null;
  textScale: number;
  lang: () => Lang;
  /** Online tiles have streets of their own: the extract shows over the embedded basemap only. */
  overEmbedded: () => boolean;
  /** The reader's code and the streets' style functions (replaced in the unit tests). */
  load?: () => Promise<StreetsStyle>;
  onError: (message: string) => void;
}

export class StreetsLayers {
  /** The archive asked for, and the one whose layers are on the map (hidden or not). */
  private wanted: string | null;
  private added: string | null = null;
  private style: StreetsStyle | null = null;
  private map: StreetsMap | null = null;
  private readonly load: () => Promise<StreetsStyle>;
  private settle: () => void = () => {};
  private settledYet = false;
  /**
   * Settles once the first decision is carried out: the archive's layers are on the map, or it
   * is not to be drawn (none asked for, an online basemap shown), or its code failed to load. The
   * map's first idle waits for it, so that it includes the streets (first-idle.ts).
   */
  readonly settled = new Promise<void>(
    (resolve) =>
      (this.settle = () => {
        this.settledYet = true;
        resolve();
      }),
  );

  /** True once `settled` has settled (a promise cannot be asked). */
  get isSettled(): boolean {
    return this.settledYet;
  }

  constructor(private readonly opts: StreetsLayersOptions) {
    this.wanted = opts.archiveUrl;
    this.load = opts.load ?? loadStreets;
    // The reader's code loads while the style does, not after it.
    if (this.wanted) this.load().catch(() => undefined);
  }

  attach(map: StreetsMap): void {
    this.map = map;
    if (this.wanted) this.apply();
    else this.settle();
  }

  detach(): void {
    this.map = null;
  }

  /** Draws the streets archive (an absolute address) under the report's places, or hides them (null). */
  set(archiveUrl: string | null): void {
    if (archiveUrl === this.wanted) return;
    this.wanted = archiveUrl;
    this.apply();
  }

  /** The basemap shown changed. */
  basemapShown(): void {
    this.apply();
  }

  /** The label text of a streets layer in `lang`, or null for a layer that is not the streets'. */
  nameField(source: string | undefined, lang: Lang): ExpressionSpecification | null {
    return this.style && source === this.style.STREETS_SOURCE_ID ? this.style.streetsNameField(lang) : null;
  }

  private apply(): void {
    if (!this.map) return;
    const wanted = this.opts.overEmbedded() ? this.wanted : null;
    if (this.added !== null) {
      this.show(wanted !== null);
      return;
    }
    if (wanted === null) return this.settle();
    this.load()
      .then((style) => {
        const map = this.map;
        if (!map || this.added !== null) return;
        this.style = style;
        map.addSource(style.STREETS_SOURCE_ID, style.streetsSource(wanted));
        addLayers(map, style.streetsShapeLayers(), style.STREETS_SHAPES_BEFORE_ID);
        addLayers(
          map,
          style.streetsLabelLayers(this.opts.lang(), this.opts.textScale),
          style.STREETS_LABELS_BEFORE_ID,
        );
        this.added = wanted;
        // The switch may have moved while the reader's code loaded.
        this.show(this.opts.overEmbedded() && this.wanted !== null);
      })
      .catch((error: unknown) => {
        if (this.map) this.opts.onError(`streets: ${String(error)}`);
      })
      .finally(() => this.settle());
  }

  private show(visible: boolean): void {
    const map = this.map;
    const sourceId = this.style?.STREETS_SOURCE_ID;
    if (!map || !sourceId) return;
    const visibility = visible ? 'visible' : 'none';
    for (const id of map.getLayersOrder()) {
      if (map.getLayer(id)?.source !== sourceId) continue;
      // setLayoutProperty asks for a frame even for an equal value.
      if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
        map.setLayoutProperty(id, 'visibility', visibility, PREVALIDATED);
    }
  }
}
