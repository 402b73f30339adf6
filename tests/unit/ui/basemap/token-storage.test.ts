import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetTiandituToken,
  loadReviewNumber,
  loadTiandituToken,
  saveReviewNumber,
  saveTiandituToken,
  tiandituTokenRemembered,
} from '../../../../src/lib/ui/basemap/token-storage';

/** A minimal Storage kept in a Map. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const TK = '0123456789abcdef0123456789abcdef';
let session: MemoryStorage;
let local: MemoryStorage;

beforeEach(() => {
  session = new MemoryStorage();
  local = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { sessionStorage: session, localStorage: local };
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('Tianditu key storage', () => {
  it('keeps the key for the tab unless asked to remember it on the device', () => {
    saveTiandituToken(TK, false);
    expect(session.getItem('wujin-atlas.tianditu-tk')).toBe(TK);
    expect(local.items.size).toBe(0);
    expect(tiandituTokenRemembered()).toBe(false);
    saveTiandituToken(TK, true);
    expect(local.getItem('wujin-atlas.tianditu-tk')).toBe(TK);
    expect(session.items.size).toBe(0);
    expect(tiandituTokenRemembered()).toBe(true);
    expect(loadTiandituToken()).toBe(TK);
  });

  it("prefers this tab's key, and forgets both", () => {
    local.setItem('wujin-atlas.tianditu-tk', 'device');
    session.setItem('wujin-atlas.tianditu-tk', 'tab');
    expect(loadTiandituToken()).toBe('tab');
    forgetTiandituToken();
    expect(loadTiandituToken()).toBeNull();
  });

  it('keeps a changed review number and removes it to return to the default', () => {
    expect(loadReviewNumber()).toBeNull();
    saveReviewNumber('GS(2025)0001号');
    expect(loadReviewNumber()).toBe('GS(2025)0001号');
    saveReviewNumber(null);
    expect(loadReviewNumber()).toBeNull();
  });

  it('survives storage that throws (private windows, locked-down browsers)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    (globalThis as { window?: unknown }).window = { sessionStorage: throwing, localStorage: throwing };
    expect(() => saveTiandituToken(TK, true)).not.toThrow();
    expect(loadTiandituToken()).toBeNull();
    expect(() => forgetTiandituToken()).not.toThrow();
    delete (globalThis as { window?: unknown }).window;
    expect(loadTiandituToken()).toBeNull();
  });
});
