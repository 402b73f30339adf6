/**
 * Presenting: the tour stop on screen (the one owner of the tour's position), the stops once they
 * have loaded, kiosk mode, and the parts of the map that things on top of it cover.
 */
import type { TourStop } from '../../tour/stops';
import type { MapInset } from '../commands';
import { IDLE_LIMITS_S } from '../url';

export const NO_INSET: MapInset = { top: 0, right: 0, bottom: 0, left: 0 };

/** Two things covering the map at once: each edge is covered by the larger of the two. */
export function addInsets(a: MapInset, b: MapInset): MapInset {
  return {
    top: Math.max(a.top, b.top),
    right: Math.max(a.right, b.right),
    bottom: Math.max(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
  };
}

function sameInset(a: MapInset, b: MapInset): boolean {
  return a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;
}

export class PresentationState {
  #stopId = $state<string | null>(null);
  #stops = $state.raw<readonly TourStop[] | null>(null);
  #kiosk = $state(false);
  #idleS = $state<number>(IDLE_LIMITS_S.default);
  #captionInset = $state.raw<MapInset>(NO_INSET);
  #detailInset = $state.raw<MapInset>(NO_INSET);

  /** The tour stop on screen (a stop id); null when not presenting. */
  get stopId(): string | null {
    return this.#stopId;
  }
  /** The tour's stops, once loaded (on first use, to keep the first load small). */
  get stops(): readonly TourStop[] | null {
    return this.#stops;
  }
  /** The stop on screen, once the stops have loaded. */
  get stop(): TourStop | null {
    return this.#stops?.find((s) => s.id === this.#stopId) ?? null;
  }
  /** Kiosk mode: after `idleS` seconds without input the atlas resets to the tour. */
  get kiosk(): boolean {
    return this.#kiosk;
  }
  get idleS(): number {
    return this.#idleS;
  }
  /** The part of the map the tour's caption covers. */
  get captionInset(): MapInset {
    return this.#captionInset;
  }
  /** The part of the map the place details cover (right on desktops, bottom on phones). */
  get detailInset(): MapInset {
    return this.#detailInset;
  }

  /** Presents this stop (or, with null, stops presenting). */
  setStopId(id: string | null): void {
    this.#stopId = id;
    if (id === null) this.#captionInset = NO_INSET;
  }

  setStops(stops: readonly TourStop[]): void {
    this.#stops = stops;
  }

  setKiosk(on: boolean): void {
    this.#kiosk = on;
  }

  /** Seconds without input before a kiosk resets, brought within the limits. */
  setIdle(seconds: number): void {
    if (!Number.isFinite(seconds)) return;
    this.#idleS = Math.min(IDLE_LIMITS_S.max, Math.max(IDLE_LIMITS_S.min, Math.round(seconds)));
  }

  /** The caption was laid out; true when what it covers changed. */
  setCaptionInset(inset: MapInset): boolean {
    if (sameInset(inset, this.#captionInset)) return false;
    this.#captionInset = inset;
    return true;
  }

  setDetailInset(inset: MapInset): void {
    if (!sameInset(inset, this.#detailInset)) this.#detailInset = inset;
  }
}
