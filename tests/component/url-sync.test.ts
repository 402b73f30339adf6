// The address bar and the state (state/url-sync.svelte.ts): the state is written to the address a
// moment after it changes, and an address the visitor edits meanwhile is not written over.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { bindUrl } from '../../src/lib/state/url-sync.svelte';
import { realCatalog } from './catalog';

/** Longer than any delay the atlas waits before it writes the address. */
const LATER_MS = 1000;

// Two places of the catalogue, whichever they are.
const [first, second] = [...realCatalog().byId.keys()] as [string, string];

let unbind: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', `/#sel=${first}`);
});

afterEach(() => {
  unbind();
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

function open(): AtlasState {
  const atlas = new AtlasState(realCatalog());
  unbind = bindUrl(atlas);
  return atlas;
}

describe('the address bar', () => {
  it('follows the state a moment after it changes', () => {
    const atlas = open();
    expect(atlas.selection.placeId).toBe(first);
    atlas.select(second);
    flushSync();
    vi.advanceTimersByTime(LATER_MS);
    expect(location.hash).toContain(`sel=${second}`);
  });

  it('keeps an address the visitor edited while a write of the state was still pending', () => {
    const atlas = open();
    atlas.select(null);
    flushSync();
    // The visitor types an address before the atlas has written the last change; the browser
    // tells the page with a hashchange a moment later.
    history.replaceState(null, '', `/#sel=${second}`);
    vi.advanceTimersByTime(LATER_MS);
    expect(location.hash).toBe(`#sel=${second}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    flushSync();
    expect(atlas.selection.placeId).toBe(second);
    vi.advanceTimersByTime(LATER_MS);
    expect(location.hash).toContain(`sel=${second}`);
  });
});
