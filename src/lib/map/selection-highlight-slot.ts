/**
 * Where the selection's rings wait for their code (selection-highlight.ts, loaded with the first
 * selection) and for the map's style: whichever comes second puts them on the map.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CodeSlot } from './code-slot';
import type { SelectionHighlight } from './selection-highlight';

export class SelectionHighlightSlot extends CodeSlot<MapLibreMap, SelectionHighlight> {
  constructor(textScale: number, onError: (message: string) => void) {
    super(
      async () => new (await import('./selection-highlight')).SelectionHighlight(textScale),
      (message) => onError(`selection highlight: ${message}`),
    );
  }

  /** Rings the selected places and features (properties `id`, `kind`); an empty collection clears them. */
  set(features: FeatureCollection): void {
    this.use((h) => h.set(features));
  }
}
