import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgreedBasemaps, saveAgreedBasemaps } from '../../../../src/lib/ui/basemap/agreement-storage';

const KEY = 'wujin-atlas.basemap-agreed';
let local: Map<string, string>;

beforeEach(() => {
  local = new Map();
  const storage = {
    getItem: (key: string) => local.get(key) ?? null,
    setItem: (key: string, value: string) => void local.set(key, value),
    removeItem: (key: string) => void local.delete(key),
  };
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the agreement to online basemaps on this device', () => {
  it('is kept as a list of the online basemaps, and an empty list removes it', () => {
    saveAgreedBasemaps(['osm']);
    expect(local.get(KEY)).toBe('["osm"]');
    expect(loadAgreedBasemaps()).toEqual(['osm']);
    saveAgreedBasemaps(['osm', 'tianditu']);
    expect(loadAgreedBasemaps()).toEqual(['osm', 'tianditu']);
    saveAgreedBasemaps([]);
    expect(local.has(KEY)).toBe(false);
    expect(loadAgreedBasemaps()).toEqual([]);
  });

  it.each([
    ['not JSON', '{osm'],
    ['a bare string', '"osm"'],
    ['an object', '{"osm":true}'],
    ['the embedded basemap', '["embedded"]'],
    ['an unknown host', '["osm","evil-tiles"]'],
    ['a number', '[1]'],
    ['too many entries', '["osm","osm","osm"]'],
    ['a prototype key', '["__proto__"]'],
  ])('a corrupt value (%s) counts as no agreement and is removed', (_what, text) => {
    local.set(KEY, text);
    expect(loadAgreedBasemaps()).toEqual([]);
    expect(local.has(KEY)).toBe(false);
  });

  it('a repeated basemap counts once', () => {
    local.set(KEY, '["osm","osm"]');
    expect(loadAgreedBasemaps()).toEqual(['osm']);
  });

  it('without storage (refused, or a private window) nothing is agreed and nothing throws', () => {
    (globalThis as { window?: unknown }).window = {
      get localStorage(): Storage {
        throw new Error('denied');
      },
    };
    expect(loadAgreedBasemaps()).toEqual([]);
    expect(() => saveAgreedBasemaps(['osm'])).not.toThrow();
  });
});
