import { describe, expect, it } from 'vitest';
import type { UserData } from '../../../src/lib/geo/user-data';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

function plan(name: string): UserData {
  return {
    name,
    data: {
      type: 'FeatureCollection',
      features: [0, 1].map((i) => ({
        type: 'Feature',
        properties: { name: `${name}-${i}` },
        geometry: { type: 'Point', coordinates: [119.9 + i / 100, 31.7] },
      })),
    },
    counts: { points: 2, lines: 0, areas: 0 },
    skipped: 0,
    bbox: [119.9, 31.7, 119.91, 31.7],
    convertedFrom: null,
  };
}

describe("a planner's own feature in the atlas state", () => {
  it('is shown by its layer and index, with the layer’s file name; bad layers or indexes show nothing', () => {
    const atlas = new AtlasState(catalog);
    atlas.showUserFeature({ layerId: 'layer-none', index: 0 });
    expect(atlas.shownUserFeature).toBeNull();
    const a = atlas.showUserData(plan('a.geojson'));
    const b = atlas.showUserData(plan('b.geojson'));
    atlas.showUserFeature({ layerId: a, index: 1 });
    expect(atlas.shownUserFeature?.fileName).toBe('a.geojson');
    expect(atlas.shownUserFeature?.layerId).toBe(a);
    expect(atlas.shownUserFeature?.feature.properties).toEqual({ name: 'a.geojson-1' });
    atlas.showUserFeature({ layerId: b, index: 0 });
    expect(atlas.shownUserFeature?.feature.properties).toEqual({ name: 'b.geojson-0' });
    for (const bad of [2, -1, 0.5, Number.NaN]) {
      atlas.showUserFeature({ layerId: a, index: bad });
      expect(atlas.shownUserFeature, String(bad)).toBeNull();
    }
  });

  it('and a selected place take turns; removing or hiding its layer closes it; it never enters the link', () => {
    const atlas = new AtlasState(catalog);
    const a = atlas.showUserData(plan('a.geojson'));
    atlas.select('gehu');
    atlas.showUserFeature({ layerId: a, index: 0 });
    expect(atlas.selection.placeId).toBeNull();
    expect(atlas.hash).not.toContain('a.geojson');
    atlas.select('gehu');
    expect(atlas.planner.featureRef).toBeNull();
    atlas.showUserFeature({ layerId: a, index: 1 });
    // Another file is another layer: the open feature stays open.
    const b = atlas.showUserData(plan('b.geojson'));
    expect(atlas.shownUserFeature?.fileName).toBe('a.geojson');
    atlas.planner.remove(b);
    expect(atlas.shownUserFeature?.fileName).toBe('a.geojson');
    atlas.planner.setVisible(a, false);
    expect(atlas.shownUserFeature).toBeNull();
    atlas.planner.setVisible(a, true);
    atlas.showUserFeature({ layerId: a, index: 0 });
    atlas.planner.remove(a);
    expect(atlas.shownUserFeature).toBeNull();
  });

  it('is forgotten, with every layer, when a kiosk resets', () => {
    const atlas = new AtlasState(catalog);
    atlas.presentation.setKiosk(true);
    const id = atlas.showUserData(plan('visitor.geojson'));
    atlas.showUserData(plan('another.geojson'));
    atlas.showUserFeature({ layerId: id, index: 0 });
    atlas.planner.setKept(id, true);
    atlas.resetForKiosk();
    expect(atlas.planner.layers).toEqual([]);
    expect(atlas.planner.data).toBeNull();
    expect(atlas.shownUserFeature).toBeNull();
    expect(atlas.planner.kept).toBe(false);
  });
});
