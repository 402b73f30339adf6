/**
 * What the user has singled out: the selected place, a place highlighted from a list or the
 * report (hover, focus), and the selected figure whose places are marked on the map. Ids are
 * checked against the catalogue here, so nothing downstream meets an unknown one.
 */
export class SelectionState {
  readonly #isPlace: (id: string) => boolean;
  readonly #isFigure: (id: string) => boolean;
  #placeId = $state<string | null>(null);
  #highlightId = $state<string | null>(null);
  #figureId = $state<string | null>(null);

  constructor(isPlace: (id: string) => boolean, isFigure: (id: string) => boolean) {
    this.#isPlace = isPlace;
    this.#isFigure = isFigure;
  }

  /** The selected place (a catalogue id), or none. */
  get placeId(): string | null {
    return this.#placeId;
  }
  /** A place highlighted (not selected) from a list or the report. */
  get highlightId(): string | null {
    return this.#highlightId;
  }
  /** The selected figure (a metric id), or none. */
  get figureId(): string | null {
    return this.#figureId;
  }

  /** Selects a place (an unknown id selects nothing). */
  setPlace(id: string | null): void {
    this.#placeId = id !== null && this.#isPlace(id) ? id : null;
  }

  highlight(id: string | null): void {
    this.#highlightId = id !== null && this.#isPlace(id) ? id : null;
  }

  /** Selects a figure (an unknown id selects none). */
  setFigure(id: string | null): void {
    this.#figureId = id !== null && this.#isFigure(id) ? id : null;
  }

  clear(): void {
    this.#placeId = null;
    this.#highlightId = null;
    this.#figureId = null;
  }
}
