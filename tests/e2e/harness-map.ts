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

/**
 * Resolves once the camera has stopped moving (a flight or an easing has ended) and the map has
 * drawn what it then shows.
 */
export async function mapSettled(
  page: Page,
  { timeoutMs = 20_000, pollMs = 50 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.isMoving(),
    null,
    { timeout: timeoutMs, polling: pollMs },
  );
  await mapIdle(page);
}

/** Features in one of the map's overlay sources, as the adapter last set them. */
export function overlayFeatures(
  page: Page,
  source: string,
): Promise<{ properties: Record<string, unknown> }[]> {
  return page.evaluate((id) => {
    const data = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getStyle()
      .sources[id] as { data: { features: { properties: Record<string, unknown> }[] } };
    return data.data.features;
  }, source);
}

/** The page position of a geographic point on the map. */
export function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const p = map.project([x, y]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lon, lat],
  );
}
