import { describe, expect, it } from 'vitest';
import { FIRST_TILE_TIMEOUT_MS, MAX_CONSECUTIVE_ERRORS, TileHealth } from '../../../src/lib/map/tile-health';

describe('online basemap tile health', () => {
  it('fails at the first error when no tile has loaded (the service is unreachable)', () => {
    const h = new TileHealth(0);
    expect(h.tileFailed()).toBe('failed');
    // Once failed it stays failed, whatever arrives late.
    expect(h.tileLoaded()).toBe('failed');
  });

  it('tolerates a few errors once tiles load, and fails after too many in a row', () => {
    const h = new TileHealth(0);
    expect(h.tileLoaded()).toBe('ok');
    for (let i = 1; i < MAX_CONSECUTIVE_ERRORS; i++) expect(h.tileFailed()).toBe('ok');
    expect(h.tileLoaded()).toBe('ok');
    for (let i = 1; i < MAX_CONSECUTIVE_ERRORS; i++) expect(h.tileFailed()).toBe('ok');
    expect(h.tileFailed()).toBe('failed');
  });

  it('fails when no tile arrived within the timeout, and not before', () => {
    expect(FIRST_TILE_TIMEOUT_MS).toBe(8000);
    const h = new TileHealth(1000);
    expect(h.check(1000 + FIRST_TILE_TIMEOUT_MS - 1)).toBe('ok');
    expect(h.check(1000 + FIRST_TILE_TIMEOUT_MS)).toBe('failed');
  });

  it('does not time out once a tile has loaded', () => {
    const h = new TileHealth(0);
    h.tileLoaded();
    expect(h.check(10 * FIRST_TILE_TIMEOUT_MS)).toBe('ok');
    expect(h.tilesLoaded).toBe(1);
  });
});
