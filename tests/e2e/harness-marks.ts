// The User Timing marks the atlas records, and waiting for them: a test waits for a signal, not a time.
import type { Page } from 'playwright-core';

/** Marks the atlas records with performance.mark(). */
export const marks = {
  /** The map's first `idle` with the default layers drawn. */
  mapIdle: 'atlas:map-idle',
  /** The panels answer input (also set when the map could not start). */
  ready: 'atlas:ready',
  /** The map's first painted frame; its detail says whether every source was loaded by then. */
  mapPainted: 'atlas:map-painted',
  /** The pins of places outside the map are set for the first time (after the first idle). */
  offMapPinned: 'atlas:off-map-pinned',
} as const;

/** Waits until performance.mark(name) has been called on the page. */
export async function waitForMark(page: Page, name: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name, {
    timeout: timeoutMs,
    polling: 50,
  });
}

/** Milliseconds from navigation start to the first mark of that name, or undefined if not marked. */
export async function markTimeMs(page: Page, name: string): Promise<number | undefined> {
  return page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, name);
}
