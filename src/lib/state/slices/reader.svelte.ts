/** The report reader's position: the paragraph at the top of the reading area. */
export class ReaderState {
  readonly #isParagraph: (id: string) => boolean;
  #paragraph = $state<string | null>(null);

  constructor(isParagraph: (id: string) => boolean) {
    this.#isParagraph = isParagraph;
  }

  /** The paragraph the reader shows (its id), or none yet. */
  get paragraph(): string | null {
    return this.#paragraph;
  }

  /** The reader scrolled, or was sent, to a paragraph (an unknown id is ignored). */
  setParagraph(id: string | null): void {
    if (id === null || this.#isParagraph(id)) this.#paragraph = id;
  }
}
