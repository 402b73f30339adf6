/**
 * Adds a run of layers to a loaded map with one round of MapLibre's layer check instead of one per
 * layer. `Map#addLayer` checks each new layer against a full copy of the style, made anew for
 * every call; with the atlas's hundred-odd layers, adding the streets' dozen layers or the pin's
 * four cost a phone a quarter of a second of main-thread time (docs/performance.md).
 * The layers come from the atlas's own style code, which the unit tests check against the style
 * specification; the last one still goes through `Map#addLayer`, which checks it and asks for
 * the frame that draws them all. Part of the map adapter (adapter.ts).
 */
import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';

/** A map without `style` (a stub) has each layer added and checked one by one. */
export type AddLayersMap = Pick<MapLibreMap, 'addLayer'> & Partial<Pick<MapLibreMap, 'style'>>;

export function addLayers(map: AddLayersMap, layers: readonly AddLayerObject[], before?: string): void {
  const style = map.style;
  layers.forEach((layer, i) => {
    if (style && i < layers.length - 1) style.addLayer(layer, before, { validate: false });
    else map.addLayer(layer, before);
  });
}

/**
 * The options for `setFilter` and `setLayoutProperty` with values the atlas's own code builds:
 * MapLibre's check would copy the whole style on every call (a filter change touches every place
 * layer). The values' builders are unit-tested against the style specification.
 */
export const PREVALIDATED = { validate: false } as const;
