/**
 * The mark of the current selection by location on the map (style: selection-highlight-style.ts).
 * Part of the map adapter (adapter.ts), loaded with the first selection. Its source and layers are
 * added once, when the first selection meets a loaded style; later selections only replace the
 * source's data, and clearing the selection empties it.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  SELECTION_HIGHLIGHT_BEFORE_ID,
  SELECTION_HIGHLIGHT_SOURCE_ID,
  selectionHighlightLayers,
  selectionHighlightSource,
} from './style/selection-highlight-style';
import { addLayers } from './add-layers';
import { MapPart } from './code-slot';

/** What of MapLibre the mark uses (a stub map provides the same in the unit tests). */
export type SelectionHighlightMap = Pick<MapLibreMap, 'addSource' | 'addLayer' | 'getLayer' | 'getSource'>;

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export class SelectionHighlight extends MapPart<SelectionHighlightMap> {
  private data: FeatureCollection = empty();

  constructor(private readonly textScale: number) {
    super();
  }

  /** The selected places and features (properties `id`, `kind`); an empty collection clears the mark. */
  set(features: FeatureCollection): void {
    const before = this.data;
    this.data = features;
    if (before.features.length === 0 && features.features.length === 0) return;
    this.draw();
  }

  /** The mark is added with the first selection; later ones replace its data. */
  protected draw(): void {
    const map = this.map;
    if (!map) return;
    const source = map.getSource(SELECTION_HIGHLIGHT_SOURCE_ID) as GeoJSONSource | undefined;
    if (source) {
      source.setData(this.data);
      return;
    }
    // Nothing selected yet: the mark's layers wait for the first selection.
    if (this.data.features.length === 0) return;
    map.addSource(SELECTION_HIGHLIGHT_SOURCE_ID, selectionHighlightSource(this.data));
    const before = map.getLayer(SELECTION_HIGHLIGHT_BEFORE_ID) ? SELECTION_HIGHLIGHT_BEFORE_ID : undefined;
    addLayers(map, selectionHighlightLayers(this.textScale), before);
  }
}
