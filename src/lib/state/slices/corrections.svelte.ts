/**
 * Correction mode (`#edit=1`): the corrections a maintainer has made in this visit, in the order
 * made, the one being made now (its geometry as the map's editor moves it), and whether the bulk
 * matching table is open. Never in effect while presenting or in a kiosk: a room's screen is no
 * place to move the district's places. Nothing here is stored: the patch file is the record.
 */
import type { Geometry } from 'geojson';
// Types only: the patch's code (its schema) loads with correction mode's panel, not with the page.
import type { Correction, PlacedState } from '../../corrections/patch';

/** What the editor draws for a place: its geometry's kind. */
export type DraftKind = 'point' | 'line' | 'polygon';

/** The correction being made: which place, with what kind of geometry, and where it is so far. */
export interface CorrectionDraft {
  placeId: string;
  kind: DraftKind;
  /** Where the place was before this correction (the catalogue's, or an earlier correction's). */
  old: PlacedState;
  /** The geometry so far; null while an unlocated place has not been put anywhere yet. */
  geometry: Geometry | null;
  /**
   * Counts geometries set from outside the map (a feature taken from the planner's file), so the
   * editor reloads those but not the ones it reported itself while being dragged.
   */
  revision: number;
}

/** The kind of editing a geometry needs (a multi-geometry is edited as its first part). */
export function draftKindOf(geometry: Geometry | null): DraftKind {
  switch (geometry?.type) {
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygon';
    default:
      return 'point';
  }
}

export class CorrectionsState {
  readonly #blocked: () => boolean;
  #requested = $state(false);
  #list = $state.raw<readonly Correction[]>([]);
  #draft = $state.raw<CorrectionDraft | null>(null);
  #bulkOpen = $state(false);

  /** `blocked`: true while presenting or in a kiosk, when correction mode never applies. */
  constructor(blocked: () => boolean) {
    this.#blocked = blocked;
  }

  /** The link asked for correction mode (kept in the link even while it is blocked). */
  get requested(): boolean {
    return this.#requested;
  }
  /** Correction mode is in effect: asked for, and neither presenting nor a kiosk. */
  get active(): boolean {
    return this.#requested && !this.#blocked();
  }
  /** The corrections made, oldest first; one per place (a later one replaces the earlier). */
  get list(): readonly Correction[] {
    return this.#list;
  }
  /** The correction being made now, if any (only while active). */
  get draft(): CorrectionDraft | null {
    return this.active ? this.#draft : null;
  }
  get bulkOpen(): boolean {
    return this.active && this.#bulkOpen;
  }
  /** The correction already made for a place in this visit, if any. */
  correctionOf(placeId: string): Correction | null {
    return this.#list.find((c) => c.id === placeId) ?? null;
  }

  setRequested(on: boolean): void {
    this.#requested = on;
    if (!on) {
      this.#draft = null;
      this.#bulkOpen = false;
    }
  }

  /**
   * Starts correcting a place from where it is now: `current` is the catalogue's position, unless
   * a correction made earlier in this visit moved it (then the draft starts from that one).
   */
  begin(placeId: string, current: PlacedState, kind: DraftKind = draftKindOf(current.geometry)): void {
    if (!this.active) return;
    const earlier = this.correctionOf(placeId);
    const old = earlier ? earlier.old : current;
    const geometry = earlier ? earlier.new.geometry : current.geometry;
    this.#draft = {
      placeId,
      kind,
      old,
      geometry: draftKindOf(geometry) === kind ? geometry : null,
      revision: 0,
    };
  }

  /** Draws the place anew with another kind of geometry (a point that should be an area). */
  changeKind(kind: DraftKind): void {
    const d = this.#draft;
    if (!d || d.kind === kind) return;
    this.#draft = { ...d, kind, geometry: null, revision: d.revision + 1 };
  }

  /** The map's editor moved the geometry. */
  moveDraft(geometry: Geometry): void {
    const d = this.#draft;
    if (d) this.#draft = { ...d, geometry };
  }

  /** Takes a geometry from elsewhere (a feature of the planner's file): the editor shows it. */
  takeGeometry(geometry: Geometry): void {
    const d = this.#draft;
    if (!d) return;
    this.#draft = { ...d, kind: draftKindOf(geometry), geometry, revision: d.revision + 1 };
  }

  cancel(): void {
    this.#draft = null;
  }

  /**
   * Records the draft as a correction with its precision, source and date; false (and nothing
   * recorded) while the draft has no geometry.
   */
  commit(
    meta: Omit<Correction, 'id' | 'old' | 'new'> & {
      precision: PlacedState['precision'];
      precision_m: number;
    },
  ): boolean {
    const d = this.#draft;
    if (!d || !d.geometry) return false;
    const { precision, precision_m, ...rest } = meta;
    this.#add({ id: d.placeId, old: d.old, new: { geometry: d.geometry, precision, precision_m }, ...rest });
    this.#draft = null;
    return true;
  }

  /** Records several corrections at once (accepted rows of bulk matching). */
  addAll(corrections: readonly Correction[]): void {
    for (const c of corrections) this.#add(c);
  }

  #add(correction: Correction): void {
    // An earlier correction of the same place keeps its "before": the patch goes from the data to the last position.
    const earlier = this.correctionOf(correction.id);
    const next = earlier ? { ...correction, old: earlier.old } : correction;
    this.#list = [...this.#list.filter((c) => c.id !== correction.id), next];
  }

  /** Takes back the last correction made; returns it, or null when there was none. */
  undo(): Correction | null {
    const last = this.#list.at(-1) ?? null;
    if (last) this.#list = this.#list.slice(0, -1);
    return last;
  }

  /** Takes back one place's correction. */
  remove(placeId: string): void {
    this.#list = this.#list.filter((c) => c.id !== placeId);
  }

  setBulkOpen(open: boolean): void {
    this.#bulkOpen = open && this.active;
  }
}
