// The adapter's basemap switching against a stub map: online tiles go under the atlas's own
// layers, and a basemap whose tiles fail (or never come) gives way to the embedded one at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BasemapSwitch, type BasemapMap } from '../../../../src/lib/map/basemap-switch';
import type { BasemapKind, OnlineBasemapKind } from '../../../../src/lib/map/style/online';
import { StubMap, asMap } from './stub-map';

// The embedded style's bottom layers as the atlas has them (style/basemap.ts), and a place layer.
const EMBEDDED = [
  'background',
  'district-neighbour-fill',
  'district-fill',
  'lakes-fill',
  'district-line',
  'water-point',
];
const FILLS = ['district-neighbour-fill', 'district-fill', 'lakes-fill'];
const TIMEOUT_MS = 8000;

function setup(options: { offline?: boolean } = {}) {
  const stub = new StubMap(
    EMBEDDED.map((id) => ({ id, source: id === 'water-point' ? 'water' : 'basemap' })),
  );
  const shown: BasemapKind[] = [];
  const failed: OnlineBasemapKind[] = [];
  let now = 0;
  const basemap = new BasemapSwitch({
    onShown: (kind) => shown.push(kind),
    onFailed: (kind) => failed.push(kind),
    nowMs: () => now,
    isOffline: () => options.offline ?? false,
  });
  basemap.attach(asMap<BasemapMap>(stub));
  return { stub, basemap, shown, failed, advance: (ms: number) => ((now += ms), vi.advanceTimersByTime(ms)) };
}

const visibilityOf = (stub: StubMap, id: string) => stub.getLayoutProperty(id, 'visibility') ?? 'visible';

describe('basemap switching', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts OpenStreetMap tiles under every embedded layer but the background, and hides the embedded fills', () => {
    const { stub, basemap, shown } = setup();
    basemap.set({ kind: 'osm' });
    expect(stub.getLayersOrder()).toEqual(['background', 'osm-tiles', ...EMBEDDED.slice(1)]);
    expect(stub.sources.has('osm')).toBe(true);
    for (const id of FILLS) expect(visibilityOf(stub, id)).toBe('none');
    expect(visibilityOf(stub, 'district-line')).toBe('visible');
    expect(shown).toEqual(['osm']);
  });

  it('goes back to the embedded basemap when the first tile fails, and says so once', () => {
    const { stub, basemap, shown, failed } = setup();
    basemap.set({ kind: 'osm' });
    expect(basemap.handleError({ error: new Error('net::ERR_INTERNET_DISCONNECTED'), sourceId: 'osm' })).toBe(
      true,
    );
    expect(stub.getLayersOrder()).toEqual(EMBEDDED);
    expect(stub.sources.has('osm')).toBe(false);
    for (const id of FILLS) expect(visibilityOf(stub, id)).toBe('visible');
    expect(failed).toEqual(['osm']);
    expect(shown).toEqual(['osm', 'embedded']);
    expect(basemap.kind).toBe('embedded');
    // The timer of the failed basemap does not fail it a second time.
    vi.advanceTimersByTime(TIMEOUT_MS * 2);
    expect(failed).toEqual(['osm']);
  });

  it('gives up when no tile arrives within the timeout, and not before', () => {
    const { basemap, failed, advance } = setup();
    basemap.set({ kind: 'osm' });
    advance(TIMEOUT_MS - 1);
    expect(failed).toEqual([]);
    advance(1);
    expect(failed).toEqual(['osm']);
  });

  it('keeps tiles that arrived through a single failed tile later on', () => {
    const { stub, basemap, failed, advance } = setup();
    basemap.set({ kind: 'osm' });
    basemap.handleSourceData({ sourceId: 'osm', tile: {} as never });
    basemap.handleError({ error: new Error('503'), sourceId: 'osm' });
    advance(TIMEOUT_MS * 2);
    expect(failed).toEqual([]);
    expect(stub.sources.has('osm')).toBe(true);
  });

  it('falls back at once when the browser says it is offline', () => {
    const { stub, basemap, failed } = setup({ offline: true });
    basemap.set({ kind: 'osm' });
    expect(failed).toEqual(['osm']);
    expect(stub.getLayersOrder()).toEqual(EMBEDDED);
  });

  it('falls back when Tianditu is asked for without a usable key, adding nothing', () => {
    const { stub, basemap, failed } = setup();
    basemap.set({ kind: 'tianditu', token: 'short' });
    expect(failed).toEqual(['tianditu']);
    expect(stub.callsTo('addSource')).toEqual([]);
    expect(stub.getLayersOrder()).toEqual(EMBEDDED);
  });

  it("leaves other sources' errors to the adapter's notices, and ignores an equal choice", () => {
    const { stub, basemap } = setup();
    expect(basemap.handleError({ error: new Error('bad data'), sourceId: 'water' })).toBe(false);
    basemap.set({ kind: 'embedded' });
    expect(stub.calls).toEqual([]);
  });
});
