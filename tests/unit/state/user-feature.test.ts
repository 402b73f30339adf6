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
  it('is shown by its index in the loaded file, with the file’s name; bad indexes show nothing', () => {
    const atlas = new AtlasState(catalog);
    atlas.showUserFeature(0);
    expect(atlas.shownUserFeature).toBeNull();
    atlas.showUserData(plan('a.geojson'));
    atlas.showUserFeature(1);
    expect(atlas.shownUserFeature?.fileName).toBe('a.geojson');
    expect(atlas.shownUserFeature?.feature.properties).toEqual({ name: 'a.geojson-1' });
    for (const bad of [2, -1, 0.5, Number.NaN]) {
      atlas.showUserFeature(bad);
      expect(atlas.shownUserFeature, String(bad)).toBeNull();
    }
  });

  it('and a selected place take turns; a new or removed file closes it; it never enters the link', () => {
    const atlas = new AtlasState(catalog);
    atlas.showUserData(plan('a.geojson'));
    atlas.select('gehu');
    atlas.showUserFeature(0);
    expect(atlas.selection.placeId).toBeNull();
    const hash = atlas.hash;
    expect(hash).not.toContain('a.geojson');
    atlas.select('gehu');
    expect(atlas.planner.featureIndex).toBeNull();
    atlas.showUserFeature(1);
    atlas.showUserData(plan('b.geojson'));
    expect(atlas.shownUserFeature).toBeNull();
    atlas.showUserFeature(0);
    atlas.planner.clear();
    expect(atlas.shownUserFeature).toBeNull();
  });

  it('is forgotten, with its file, when a kiosk resets', () => {
    const atlas = new AtlasState(catalog);
    atlas.presentation.setKiosk(true);
    atlas.showUserData(plan('visitor.geojson'));
    atlas.showUserFeature(0);
    atlas.planner.setKept(true);
    atlas.resetForKiosk();
    expect(atlas.planner.data).toBeNull();
    expect(atlas.shownUserFeature).toBeNull();
    expect(atlas.planner.kept).toBe(false);
  });
});
