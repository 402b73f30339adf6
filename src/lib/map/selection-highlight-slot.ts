/**
 * Where the selection's rings wait for their code (selection-highlight.ts, loaded with the first
 * selection) and for the map's style: whichever comes second puts them on the map.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SelectionHighlight } from './selection-highlight';

export class SelectionHighlightSlot {
  private code: Promise<SelectionHighlight> | null = null;
  private map: MapLibreMap | null = null;

  constructor(
    private readonly textScale: number,
    private readonly onError: (message: string) => void,
  ) {}

  /** The style has loaded: the rings (if any were asked for) go on the map. */
  attach(map: MapLibreMap): void {
    this.map = map;
    void this.code?.then((h) => h.attach(map));
  }

  /** The map is going away: the rings' layers go with it. */
  detach(): void {
    this.map = null;
    void this.code?.then((h) => h.detach());
  }

  /** Rings the selected places and features (properties `id`, `kind`); an empty collection clears them. */
  set(features: FeatureCollection): void {
    this.code ??= import('./selection-highlight').then(({ SelectionHighlight }) => {
      const h = new SelectionHighlight(this.textScale);
      if (this.map) h.attach(this.map);
      return h;
    });
    this.code
      .then((h) => h.set(features))
      .catch((e: unknown) => {
        this.code = null;
        this.onError(`selection highlight: ${String(e)}`);
      });
  }
}
