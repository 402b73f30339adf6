/**
 * The map's first idle, with the streets extract when the build ships one. The extract's code
 * loads on its own (streets-layers.ts) and can arrive after the rest of the map is drawn; the
 * first idle then waits for its layers, so that "the map is ready" includes the streets. Part of
 * the map adapter (adapter.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** How long the first idle waits for the streets at most: past it, a map without them is better than none. */
export const STREETS_WAIT_MAX_MS = 8000;

/** Where the streets stand when the map first goes idle. */
export interface StreetsProgress {
  /** Their layers were on the map (or they were given up) before this idle: it already includes them. */
  isSettled: boolean;
  /** Settles once they are, for a map that went idle first. */
  settled: Promise<unknown>;
}

/**
 * Called at the map's first idle; calls `done` once: at once when there are no streets to wait for
 * (`streets` undefined) or when their layers were added before this idle (an idle means every
 * source of the map is loaded, theirs included), otherwise at the first idle after they are on the
 * map (or after the time limit). Waiting for another idle when none is needed would make the first
 * idle wait for whatever else starts meanwhile.
 */
export function firstIdleWithStreets(
  map: Pick<MapLibreMap, 'once' | 'triggerRepaint'>,
  streets: StreetsProgress | undefined,
  done: () => void,
  maxWaitMs = STREETS_WAIT_MAX_MS,
): void {
  if (!streets || streets.isSettled) return done();
  let called = false;
  const finish = (): void => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    done();
  };
  const timer = setTimeout(finish, maxWaitMs);
  void streets.settled.then(() => {
    map.once('idle', finish);
    map.triggerRepaint();
  }, finish);
}
