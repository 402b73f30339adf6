/**
 * Where the Tianditu key (tk) and review number live: in this browser only, never in a link or
 * the repository. The key stays for the tab (sessionStorage) unless the user asks to remember it
 * on the device (localStorage). Storage can be missing or refuse writes (private windows, some
 * in-app browsers); then the key simply lasts as long as the page.
 */

const TOKEN_KEY = 'wujin-atlas.tianditu-tk';
const REVIEW_KEY = 'wujin-atlas.tianditu-review-number';

type StorageKind = 'session' | 'local';

function storage(kind: StorageKind): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

function read(kind: StorageKind, key: string): string | null {
  try {
    return storage(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(kind: StorageKind, key: string, value: string | null): void {
  try {
    const s = storage(kind);
    if (value === null) s?.removeItem(key);
    else s?.setItem(key, value);
  } catch {
    // Storage full or refused: the key is still kept in memory for this page.
  }
}

/** The stored key: this tab's first, else the device's. */
export function loadTiandituToken(): string | null {
  return read('session', TOKEN_KEY) ?? read('local', TOKEN_KEY);
}

/** Keeps the key for this tab, or on this device when `remember`; the other store is cleared. */
export function saveTiandituToken(token: string, remember: boolean): void {
  write(remember ? 'local' : 'session', TOKEN_KEY, token);
  write(remember ? 'session' : 'local', TOKEN_KEY, null);
}

export function forgetTiandituToken(): void {
  write('session', TOKEN_KEY, null);
  write('local', TOKEN_KEY, null);
}

/** True when the key is remembered on this device (not only for the tab). */
export function tiandituTokenRemembered(): boolean {
  return read('local', TOKEN_KEY) !== null;
}

export function loadReviewNumber(): string | null {
  return read('local', REVIEW_KEY);
}

/** Stores a changed review number; null (or the default) removes it so the default applies. */
export function saveReviewNumber(text: string | null): void {
  write('local', REVIEW_KEY, text);
}
