/**
 * The map's first idle, with the streets extract when the build ships one. The extract's code
 * loads on its own (streets-layers.ts) and can arrive after the rest of the map is drawn; the
 * first idle then waits for its layers, so that "the map is ready" includes the streets. Part of
 * the map adapter (adapter.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long the first idle waits for the streets at most: past it, a map without them is better than none. */
export const STREETS_WAIT_MAX_MS = 8000;

/**
 * Calls `done` once: at once when there are no streets to wait for (`streetsSettled` undefined),
 * otherwise at the first idle after they are on the map (or after the time limit).
 */
export function firstIdleWithStreets(
  map: Pick<MapLibreMap, 'once' | 'triggerRepaint'>,
  streetsSettled: Promise<unknown> | undefined,
  done: () => void,
  maxWaitMs = STREETS_WAIT_MAX_MS,
): void {
  if (!streetsSettled) return done();
  let called = false;
  const finish = (): void => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    done();
  };
  const timer = setTimeout(finish, maxWaitMs);
  void streetsSettled.then(() => {
    map.once('idle', finish);
    map.triggerRepaint();
  }, finish);
}
