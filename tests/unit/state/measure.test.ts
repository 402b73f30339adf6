import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { MAX_MEASURE_POINTS, parseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

describe('the measuring tool in the atlas state', () => {
  it('turns map clicks into points while on, and into nothing once off', () => {
    const atlas = new AtlasState(catalog);
    expect(atlas.mapPicking).toBe(false);
    atlas.pickOnMap(119.9, 31.7);
    expect(atlas.tools.measurement).toBeNull();
    atlas.tools.startMeasure();
    expect(atlas.mapPicking).toBe(true);
    atlas.pickOnMap(119.9, 31.7);
    atlas.pickOnMap(120, 31.6);
    atlas.pickOnMap(Number.NaN, 31.6);
    expect(atlas.tools.measurement).toEqual({
      points: [
        [119.9, 31.7],
        [120, 31.6],
      ],
      closed: false,
    });
    atlas.tools.undoMeasurePoint();
    expect(atlas.tools.measurement?.points).toHaveLength(1);
    atlas.tools.setMeasureClosed(true);
    atlas.tools.clearMeasure();
    expect(atlas.tools.measurement).toEqual({ points: [], closed: false });
    atlas.tools.stopMeasure();
    expect(atlas.tools.measurement).toBeNull();
    expect(atlas.mapPicking).toBe(false);
  });

  it('gives a pick to near me when its panel asks for an origin, and stops that pick when measuring starts', () => {
    const atlas = new AtlasState(catalog);
    atlas.tools.startMeasure();
    atlas.view.openPanel('near');
    atlas.tools.pickOrigin(true);
    atlas.pickOnMap(119.95, 31.72);
    expect(atlas.tools.nearOrigin).toMatchObject({ lon: 119.95, lat: 31.72, source: 'map' });
    expect(atlas.tools.measurement?.points).toEqual([]);
    atlas.tools.pickOrigin(true);
    atlas.tools.startMeasure();
    expect(atlas.tools.pickingOrigin).toBe(false);
  });

  it('is put away by a tour and by the kiosk reset', () => {
    const atlas = new AtlasState(catalog);
    atlas.tools.startMeasure();
    atlas.startTour();
    expect(atlas.tools.measurement).toBeNull();
    atlas.leaveTour();
    atlas.tools.startMeasure();
    atlas.resetForKiosk();
    expect(atlas.tools.measurement).toBeNull();
  });

  it('puts the ruler in the link, so a colleague opens the same measurement', () => {
    const atlas = new AtlasState(catalog);
    atlas.tools.startMeasure();
    atlas.pickOnMap(119.9, 31.7);
    atlas.pickOnMap(120, 31.7);
    atlas.pickOnMap(120, 31.6);
    atlas.tools.setMeasureClosed(true);
    const { state } = parseHash(atlas.hash);
    expect(state.measure).toEqual({
      points: [
        [119.9, 31.7],
        [120, 31.7],
        [120, 31.6],
      ],
      closed: true,
    });
    const colleague = new AtlasState(catalog);
    colleague.tools.pickOrigin(true);
    colleague.applyUrl(state, []);
    expect(colleague.tools.measurement).toEqual(atlas.tools.measurement);
    expect(colleague.tools.pickingOrigin).toBe(false);
    atlas.tools.stopMeasure();
    expect(atlas.hash).not.toMatch(/measure=|area=/);
  });

  it('stops at the most points a link can hold, so the link always stays readable', () => {
    const atlas = new AtlasState(catalog);
    atlas.tools.startMeasure();
    for (let i = 0; i < MAX_MEASURE_POINTS + 5; i++)
      atlas.pickOnMap(119.812345 + i / 1000, 31.612345 + i / 1000);
    expect(atlas.tools.measurement?.points).toHaveLength(MAX_MEASURE_POINTS);
    atlas.tools.setMeasureClosed(true);
    atlas.view.setLang('en');
    atlas.select('gehu');
    const { state, problems } = parseHash(atlas.hash);
    expect(problems).toEqual([]);
    expect(state.measure?.points).toHaveLength(MAX_MEASURE_POINTS);
    expect(state.sel).toBe('gehu');
  });
});
