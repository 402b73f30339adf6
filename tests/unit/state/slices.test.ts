import { describe, expect, it } from 'vitest';
import { AtlasState, DEFAULT_GROUPS } from '../../../src/lib/state/atlas.svelte';
import { MAX_MEASURE_POINTS } from '../../../src/lib/state/url';
import { setTiandituKey, tiandituKey } from '../../../src/lib/state/slices/tianditu-key.svelte';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

describe('state slices keep their invariants', () => {
  it('selects only places and figures the catalogue has', () => {
    const atlas = new AtlasState(catalog);
    atlas.select('no-such-place');
    expect(atlas.selection.placeId).toBeNull();
    atlas.select('gehu');
    expect(atlas.selection.placeId).toBe('gehu');
    atlas.selectFigure('no-such-figure');
    expect(atlas.selection.figureId).toBeNull();
    atlas.selection.highlight('no-such-place');
    expect(atlas.selection.highlightId).toBeNull();
  });

  it('refuses a town filter that no place lies in', () => {
    const atlas = new AtlasState(catalog);
    expect(atlas.filters.setTown('no-such-town')).toBe(false);
    expect(atlas.filters.town).toBeNull();
    const town = catalog.places.find((p) => p.properties.town)!.properties.town!;
    expect(atlas.filters.setTown(town)).toBe(true);
    expect(atlas.filters.town).toBe(town);
  });

  it('keeps layer groups in the legend order, without unknown ones', () => {
    const atlas = new AtlasState(catalog);
    atlas.filters.setGroups([...DEFAULT_GROUPS].reverse());
    expect(atlas.filters.groups).toEqual(DEFAULT_GROUPS);
  });

  it('never keeps a file that is not on screen', () => {
    const atlas = new AtlasState(catalog);
    atlas.planner.setKept('layer-none', true);
    expect(atlas.planner.kept).toBe(false);
  });

  it('picks one thing at a time: starting the ruler ends a pending origin pick', () => {
    const atlas = new AtlasState(catalog);
    atlas.view.openPanel('near');
    atlas.tools.pickOrigin(true);
    expect(atlas.mapPicking).toBe(true);
    atlas.tools.startMeasure();
    expect(atlas.tools.pickingOrigin).toBe(false);
    atlas.pickOnMap(119.95, 31.7);
    expect(atlas.tools.measurement?.points).toEqual([[119.95, 31.7]]);
    expect(atlas.tools.nearOrigin).toBeNull();
  });

  it('caps the ruler at the points a link can hold, also from a link', () => {
    const atlas = new AtlasState(catalog);
    const points = Array.from({ length: MAX_MEASURE_POINTS + 5 }, (_, i): [number, number] => [
      119.9 + i * 1e-3,
      31.7,
    ]);
    atlas.tools.setMeasurement({ points, closed: false });
    expect(atlas.tools.measurement?.points.length).toBe(MAX_MEASURE_POINTS);
  });

  it('brings a kiosk idle time within its limits', () => {
    const atlas = new AtlasState(catalog);
    atlas.presentation.setIdle(1);
    expect(atlas.presentation.idleS).toBe(15);
    atlas.presentation.setIdle(1e9);
    expect(atlas.presentation.idleS).toBe(3600);
  });

  it('allows one export at a time', () => {
    const atlas = new AtlasState(catalog);
    const sent: string[] = [];
    atlas.commands.subscribe(['export'], (c) => sent.push(c.kind));
    atlas.requestExport();
    atlas.requestExport();
    expect(sent).toEqual(['export']);
    atlas.view.exportFinished();
    atlas.requestExport();
    expect(sent).toEqual(['export', 'export']);
  });

  it('keeps the Tianditu key out of the state: nothing reachable from the atlas holds it', () => {
    const atlas = new AtlasState(catalog);
    setTiandituKey('  0123456789abcdef0123456789abcdef  ');
    try {
      expect(tiandituKey()).toBe('0123456789abcdef0123456789abcdef');
      expect(atlas.basemap.hasTiandituKey).toBe(true);
      // Walks every property and getter reachable from the atlas (as a global holding it would),
      // leaving out the catalogue, which is public data.
      const seen = new Set<unknown>();
      const holdsKey = (value: unknown, depth: number): boolean => {
        if (typeof value === 'string') return value.includes('0123456789abcdef');
        if (value === null || typeof value !== 'object' || seen.has(value) || depth > 5) return false;
        seen.add(value);
        const names = new Set<string>(Object.keys(value));
        for (let p = Object.getPrototypeOf(value); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
          for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p)))
            if (d.get) names.add(name);
        names.delete('catalog');
        return [...names].some((name) => holdsKey((value as Record<string, unknown>)[name], depth + 1));
      };
      expect(holdsKey(atlas, 0)).toBe(false);
      // The walk does find a string kept in a getter, so the check above could fail.
      seen.clear();
      expect(
        holdsKey(
          {
            get nested() {
              return { key: tiandituKey() };
            },
          },
          0,
        ),
      ).toBe(true);
    } finally {
      setTiandituKey(null);
    }
    expect(atlas.basemap.hasTiandituKey).toBe(false);
  });
});
