/**
 * Decides when an online basemap has failed, from the tile loads and errors the map reports.
 * Pure bookkeeping: the adapter feeds it events and a clock, and falls back when it says so.
 */

/** How long an online basemap may take to deliver its first tile before the atlas gives up on it. */
export const FIRST_TILE_TIMEOUT_MS = 8000;

/**
 * Errors in a row, after tiles did load, that mean the network went away. A single failed tile
 * on a working connection (a server hiccup) should not throw the user back to the embedded map.
 */
export const MAX_CONSECUTIVE_ERRORS = 5;

export type TileVerdict = 'ok' | 'failed';

export class TileHealth {
  private loadedTiles = 0;
  private errorsInARow = 0;
  private failed = false;
  private readonly startedMs: number;

  constructor(
    startedMs: number,
    private readonly maxErrorsInARow = MAX_CONSECUTIVE_ERRORS,
  ) {
    this.startedMs = startedMs;
  }

  /** A tile arrived. */
  tileLoaded(): TileVerdict {
    if (this.failed) return 'failed';
    this.loadedTiles += 1;
    this.errorsInARow = 0;
    return 'ok';
  }

  /** A tile failed. Before any tile has loaded, one error is enough: the service is unreachable. */
  tileFailed(): TileVerdict {
    if (this.failed) return 'failed';
    this.errorsInARow += 1;
    if (this.loadedTiles === 0 || this.errorsInARow >= this.maxErrorsInARow) this.failed = true;
    return this.failed ? 'failed' : 'ok';
  }

  /** Asked when the first-tile timer runs out (or at any time): no tile yet after the timeout is a failure. */
  check(nowMs: number, timeoutMs = FIRST_TILE_TIMEOUT_MS): TileVerdict {
    if (!this.failed && this.loadedTiles === 0 && nowMs - this.startedMs >= timeoutMs) this.failed = true;
    return this.failed ? 'failed' : 'ok';
  }

  get tilesLoaded(): number {
    return this.loadedTiles;
  }
}
