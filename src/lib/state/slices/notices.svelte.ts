/**
 * Short messages to the visitor over the map. Each notice is a catalogue message in both
 * languages (src/lib/i18n/messages/notices.ts), so it follows the page's language; none carries
 * the text of an error. A pile never covers the map: the newest few are shown and the rest
 * collapse behind "n more"; an `info` notice goes away by itself after a few seconds; the same
 * message again moves to the front instead of appearing twice; only the latest ones are kept.
 */
import type { Bilingual } from '../../i18n/lang';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: Bilingual;
}

/** How notices are timed; tests pass their own to drive the clock without waiting. */
export interface NoticeClock {
  /** Calls `run` after `ms` milliseconds; returns the function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

export const browserClock: NoticeClock = {
  after(ms, run) {
    const handle = setTimeout(run, ms);
    return () => clearTimeout(handle);
  },
};

/** Notices shown at once; older ones collapse behind "n more". */
export const MAX_VISIBLE_NOTICES = 3;
/** Notices kept at all; older ones are forgotten (50 junk links must not leave 50 notices). */
export const MAX_KEPT_NOTICES = 12;
/** How long an `info` notice (an export saved) stays, in milliseconds. */
export const TRANSIENT_NOTICE_MS = 6000;

export class NoticesState {
  #items = $state.raw<readonly Notice[]>([]);
  #expanded = $state(false);
  #seq = 0;
  readonly #clock: NoticeClock;
  // Bookkeeping of pending expiries, never shown: no reactivity needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #timers = new Map<number, () => void>();

  constructor(clock: NoticeClock = browserClock) {
    this.#clock = clock;
  }

  /** Every notice kept, oldest first. */
  get items(): readonly Notice[] {
    return this.#items;
  }

  /** The notices on screen, oldest first: the newest MAX_VISIBLE_NOTICES unless expanded. */
  get visible(): readonly Notice[] {
    return this.#expanded ? this.#items : this.#items.slice(-MAX_VISIBLE_NOTICES);
  }

  /** How many older notices are collapsed. */
  get hiddenCount(): number {
    return this.#items.length - this.visible.length;
  }

  get expanded(): boolean {
    return this.#expanded;
  }

  /** Shows the collapsed notices too, or collapses them again. */
  setExpanded(expanded: boolean): void {
    this.#expanded = expanded && this.#items.length > MAX_VISIBLE_NOTICES;
  }

  /** Shows a message; `info` ones expire after TRANSIENT_NOTICE_MS. Returns its id. */
  notify(kind: Notice['kind'], text: Bilingual): number {
    const same = this.#items.find((n) => n.kind === kind && n.text.zh === text.zh && n.text.en === text.en);
    if (same) this.#forget(same.id);
    const notice: Notice = { id: ++this.#seq, kind, text: { zh: text.zh, en: text.en } };
    let items = [...this.#items.filter((n) => n.id !== same?.id), notice];
    for (const old of items.slice(0, Math.max(0, items.length - MAX_KEPT_NOTICES))) this.#forget(old.id);
    items = items.slice(-MAX_KEPT_NOTICES);
    this.#items = items;
    if (kind === 'info')
      this.#timers.set(
        notice.id,
        this.#clock.after(TRANSIENT_NOTICE_MS, () => this.dismiss(notice.id)),
      );
    return notice.id;
  }

  dismiss(id: number): void {
    this.#forget(id);
    this.#items = this.#items.filter((n) => n.id !== id);
    if (this.#items.length <= MAX_VISIBLE_NOTICES) this.#expanded = false;
  }

  clear(): void {
    for (const id of [...this.#timers.keys()]) this.#forget(id);
    this.#items = [];
    this.#expanded = false;
  }

  #forget(id: number): void {
    this.#timers.get(id)?.();
    this.#timers.delete(id);
  }
}
