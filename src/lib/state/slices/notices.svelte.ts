/** Short messages to the user over the map. */
export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export class NoticesState {
  #items = $state.raw<readonly Notice[]>([]);
  #seq = 0;

  /** The notices on screen, oldest first. */
  get items(): readonly Notice[] {
    return this.#items;
  }

  notify(kind: Notice['kind'], text: string): void {
    this.#items = [...this.#items, { id: ++this.#seq, kind, text }];
  }

  dismiss(id: number): void {
    this.#items = this.#items.filter((n) => n.id !== id);
  }

  clear(): void {
    this.#items = [];
  }
}
