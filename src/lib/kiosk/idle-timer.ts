/**
 * The kiosk's clockwork, free of the page: after `idleMs` without input it resets the atlas, then
 * plays the tour, one stop every `advanceMs`, until someone touches it. The clock is injected, so
 * the tests run it in virtual time.
 */

/** The parts of the browser's clock the timer uses. */
export interface Clock {
  /** Milliseconds on any monotonic scale. */
  now(): number;
  setTimeout(run: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** `attended`: someone used the atlas lately. `playing`: nobody did, the tour plays by itself. */
export type KioskMode = 'attended' | 'playing';

export interface KioskTimerOptions {
  /** Milliseconds without input before the reset. */
  idleMs: number;
  /** Milliseconds between stops while the tour plays by itself. */
  advanceMs: number;
  clock: Clock;
  /** Nobody has touched the atlas for `idleMs`: reset it (clear selection and filters, go to the title). */
  onIdle: () => void;
  /** Another `advanceMs` with nobody there: show the next stop. */
  onAdvance: () => void;
  onModeChange?: (mode: KioskMode) => void;
  /**
   * A callback threw. The kiosk keeps running whatever happens (a screen in a hall has nobody to
   * reload it), so errors are handed here instead of escaping from a timer.
   */
  onError?: (error: unknown) => void;
}

/** How long a kiosk waits between stops while it plays the tour by itself. */
export const DEFAULT_ADVANCE_MS = 12_000;

export class KioskTimer {
  private readonly opts: KioskTimerOptions;
  private lastInputAt = 0;
  private handle: unknown = null;
  private running = false;
  private currentMode: KioskMode = 'attended';

  constructor(opts: KioskTimerOptions) {
    if (!(opts.idleMs > 0) || !(opts.advanceMs > 0))
      throw new Error('KioskTimer: idleMs and advanceMs must be > 0');
    this.opts = opts;
  }

  get mode(): KioskMode {
    return this.currentMode;
  }

  /** Starts counting: the atlas was just opened, which counts as input. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.lastInputAt = this.opts.clock.now();
    this.schedule(this.opts.idleMs, () => this.checkIdle());
  }

  /**
   * Someone touched the atlas. While attended this only notes the time (pointer moves come many
   * times a second; the pending timer checks the time when it fires); while playing it stops the tour.
   */
  input(): void {
    if (!this.running) return;
    this.lastInputAt = this.opts.clock.now();
    if (this.currentMode === 'playing') {
      this.setMode('attended');
      this.schedule(this.opts.idleMs, () => this.checkIdle());
    }
  }

  stop(): void {
    this.running = false;
    this.cancel();
    this.setMode('attended');
  }

  private checkIdle(): void {
    const quietMs = this.opts.clock.now() - this.lastInputAt;
    if (quietMs < this.opts.idleMs) {
      this.schedule(this.opts.idleMs - quietMs, () => this.checkIdle());
      return;
    }
    this.setMode('playing');
    this.call(this.opts.onIdle);
    this.schedule(this.opts.advanceMs, () => this.advance());
  }

  private advance(): void {
    this.call(this.opts.onAdvance);
    this.schedule(this.opts.advanceMs, () => this.advance());
  }

  private schedule(delayMs: number, run: () => void): void {
    this.cancel();
    if (!this.running) return;
    this.handle = this.opts.clock.setTimeout(() => {
      this.handle = null;
      if (this.running) run();
    }, delayMs);
  }

  private cancel(): void {
    if (this.handle !== null) this.opts.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private setMode(mode: KioskMode): void {
    if (mode === this.currentMode) return;
    this.currentMode = mode;
    if (this.opts.onModeChange) this.call(() => this.opts.onModeChange!(mode));
  }

  private call(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      try {
        this.opts.onError?.(error);
      } catch {
        // Nothing may stop the kiosk, not even a failing error report.
      }
    }
  }
}
