/**
 * When the map may paint its first frame: once its sources are loaded, or when waiting has gone on
 * too long. MapLibre otherwise paints a partial frame each time one of the atlas's fifteen sources
 * finishes. With a GPU those frames are nearly free; with software WebGL (SwiftShader: office PCs and
 * kiosks without a graphics driver, virtual machines, CI) each full frame costs 100–150 ms of CPU,
 * taken from the worker that is still cutting the other sources into tiles. Painting once, complete,
 * brought the complete first view forward by about a third there (README, "Measured performance").
 *
 * Pure bookkeeping: the adapter asks before each paint and supplies the clock and the load state.
 */

/**
 * The longest the first paint waits for the sources. The embedded data loads in about a second;
 * past this limit something is slow (a busy machine) and a progressive map is better than none.
 */
export const FIRST_PAINT_MAX_HOLD_MS = 3000;

export class FirstPaintGate {
  private opened = false;

  constructor(
    private readonly startedMs: number,
    private readonly maxHoldMs = FIRST_PAINT_MAX_HOLD_MS,
  ) {}

  /** True from the first frame that may paint on; it never closes again. */
  allows(nowMs: number, sourcesLoaded: boolean): boolean {
    if (!this.opened && (sourcesLoaded || nowMs - this.startedMs >= this.maxHoldMs)) this.opened = true;
    return this.opened;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** When the hold ends at the latest, so the adapter can ask for a frame then. */
  get deadlineMs(): number {
    return this.startedMs + this.maxHoldMs;
  }
}
