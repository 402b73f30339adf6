/**
 * What a key does during the tour. Presentation clickers send PageDown/PageUp (some send the arrow
 * keys), and '.' or B for their "blank screen" button, as slide software expects.
 */
export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'fullscreen' | 'blank';

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const ACTIONS: Readonly<Record<string, TourAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  Esc: 'leave',
  f: 'fullscreen',
  F: 'fullscreen',
  '.': 'blank',
  b: 'blank',
  B: 'blank',
};

/**
 * The tour's action for a key, or null. Keys with Ctrl, Alt or Meta belong to the browser
 * (Ctrl+F finds, Alt+Left goes back), so they are never taken.
 */
export function tourAction(press: KeyPress): TourAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  return ACTIONS[press.key] ?? null;
}

/** True when the key goes to a text field or an open dialog, not to the tour. */
export function keyBelongsElsewhere(target: EventTarget | null, doc: Document): boolean {
  if (doc.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
