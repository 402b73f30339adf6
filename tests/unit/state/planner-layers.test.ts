// The planner's layers in the state: an ordered list whose methods keep every layer valid.
import { describe, expect, it } from 'vitest';
import type { UserData } from '../../../src/lib/geo/user-data';
import { PlannerState } from '../../../src/lib/state/slices/planner.svelte';
import { USER_LAYER_COLOURS } from '../../../src/lib/map/style/palette';

function file(
  name: string,
  properties: Record<string, string | number | null>[] = [{ name: 'a' }],
): UserData {
  return {
    name,
    data: {
      type: 'FeatureCollection',
      features: properties.map((p, i) => ({
        type: 'Feature',
        properties: p,
        geometry: { type: 'Point', coordinates: [119.9 + i / 100, 31.7] },
      })),
    },
    counts: { points: properties.length, lines: 0, areas: 0 },
    skipped: 0,
    bbox: [119.9, 31.7, 119.9, 31.7],
    convertedFrom: null,
  };
}

describe("the planner's layers", () => {
  it('are kept in the order they came, each with its own id and the next unused colour', () => {
    const planner = new PlannerState();
    const ids = ['a', 'b', 'c'].map((n) => planner.add(file(`${n}.geojson`)));
    expect(new Set(ids).size).toBe(3);
    expect(planner.layers.map((l) => l.name)).toEqual(['a.geojson', 'b.geojson', 'c.geojson']);
    expect(planner.layers.map((l) => l.colour)).toEqual(USER_LAYER_COLOURS.slice(0, 3));
    expect(planner.data?.name).toBe('c.geojson');
    // A removed layer's colour is the next one's.
    planner.remove(ids[0]);
    expect(planner.layer(planner.add(file('d.geojson')))?.colour).toBe(USER_LAYER_COLOURS[0]);
    // Past the palette, colours repeat rather than fail.
    for (let i = 0; i < USER_LAYER_COLOURS.length; i++) planner.add(file(`more${i}.geojson`));
    expect(planner.layers.every((l) => USER_LAYER_COLOURS.includes(l.colour))).toBe(true);
  });

  it('take only attributes their file has as label or category, and only palette colours', () => {
    const planner = new PlannerState();
    const id = planner.add(file('plots.shp', [{ name: '甲', use: '工业' }, { code: 'B' }]));
    planner.setLabelField(id, 'code');
    expect(planner.layer(id)?.labelField).toBe('code');
    planner.setLabelField(id, 'nowhere');
    expect(planner.layer(id)?.labelField).toBeNull();
    planner.setCategoryField(id, 'use');
    expect(planner.layer(id)?.categoryField).toBe('use');
    planner.setCategoryField(id, null);
    expect(planner.layer(id)?.categoryField).toBeNull();
    planner.setColour(id, 'userDataWine');
    planner.setColour(id, 'groupWater' as never);
    expect(planner.layer(id)?.colour).toBe('userDataWine');
    // A kept layer comes back with its style; unknown fields and colours fall back.
    const again = planner.add(file('plots.shp', [{ use: '绿地' }]), {
      id: 'kept-1',
      colour: 'nonsense' as never,
      labelField: 'missing',
      categoryField: 'use',
      visible: false,
      kept: true,
    });
    expect(again).toBe('kept-1');
    expect(planner.layer(again)).toMatchObject({
      labelField: null,
      categoryField: 'use',
      visible: false,
      kept: true,
    });
    expect(USER_LAYER_COLOURS).toContain(planner.layer(again)?.colour);
    // An id already in use is not taken twice.
    expect(planner.add(file('x.geojson'), { id: 'kept-1' })).not.toBe('kept-1');
  });

  it('change only the layer named, and nothing for an id they do not have', () => {
    const planner = new PlannerState();
    const a = planner.add(file('a.geojson'));
    const b = planner.add(file('b.geojson'));
    const before = planner.layer(b);
    planner.setVisible(a, false);
    planner.setKept(a, true);
    expect(planner.layer(a)).toMatchObject({ visible: false, kept: true });
    expect(planner.layer(b)).toBe(before);
    expect(planner.kept).toBe(true);
    const list = planner.layers;
    planner.setVisible('nope', false);
    planner.remove('nope');
    expect(planner.layers).toBe(list);
    planner.clear();
    expect(planner.layers).toEqual([]);
    expect(planner.kept).toBe(false);
  });

  it('show a feature by layer and index; the accessor names its layer and file', () => {
    const planner = new PlannerState();
    const a = planner.add(file('a.geojson', [{ name: '甲' }, { name: '乙' }]));
    expect(planner.showFeature(a, 1)).toBe(true);
    expect(planner.shownFeature).toMatchObject({ layerId: a, index: 1, fileName: 'a.geojson' });
    expect(planner.shownFeature?.feature.properties).toEqual({ name: '乙' });
    expect(planner.showFeature(a, 2)).toBe(false);
    expect(planner.showFeature('nope', 0)).toBe(false);
    expect(planner.shownFeature).toBeNull();
  });
});

describe('every file shown, as one', () => {
  it('joins the visible layers bottom to top, leaves hidden ones out, and stays the same object until they change', () => {
    const planner = new PlannerState();
    expect(planner.visibleData).toBeNull();
    const a = planner.add(file('a.geojson', [{ name: '甲' }]));
    expect(planner.visibleData?.name).toBe('a.geojson');
    planner.add(file('b.geojson', [{ name: '乙' }, { name: '丙' }]));
    const both = planner.visibleData!;
    expect(both.name).toBe('a.geojson + b.geojson');
    expect(both.data.features.map((f) => f.properties?.name)).toEqual(['甲', '乙', '丙']);
    expect(both.counts).toEqual({ points: 3, lines: 0, areas: 0 });
    expect(planner.visibleData).toBe(both);
    // A new colour is no new data: the same object.
    planner.setColour(a, USER_LAYER_COLOURS[3]);
    expect(planner.visibleData).toBe(both);
    planner.setVisible(a, false);
    expect(planner.visibleData?.data.features.map((f) => f.properties?.name)).toEqual(['乙', '丙']);
    planner.setVisible(planner.layers[1].id, false);
    expect(planner.visibleData).toBeNull();
  });
});
