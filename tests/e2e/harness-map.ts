// Questions to the map the page draws (read through the test hooks).
import type { Page } from 'playwright-core';

/** Ids of the features the map has drawn in the given layers (layers that do not exist are skipped). */
export function renderedIds(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layerIds) => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const present = layerIds.filter((id) => map.getLayer(id));
    return [...new Set(map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.id)))];
  }, layers);
}

/** Resolves when the map has drawn everything after a change (a repaint is forced so idle always comes). */
export function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
