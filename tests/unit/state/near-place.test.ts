import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

describe('near me from one of the report’s places', () => {
  it('measures from the place, opens the near-me panel and keeps the place selected', () => {
    const atlas = new AtlasState(catalog);
    atlas.select('wujin-station');
    atlas.tools.pickOrigin(true);
    atlas.nearFromPlace('wujin-station', [119.9424, 31.6603]);
    expect(atlas.tools.nearOrigin).toEqual({
      lon: 119.9424,
      lat: 31.6603,
      source: 'place',
      placeId: 'wujin-station',
    });
    expect(atlas.view.panel).toBe('near');
    expect(atlas.tools.pickingOrigin).toBe(false);
    expect(atlas.selection.placeId).toBe('wujin-station');
  });

  it('ignores an id the catalogue does not have', () => {
    const atlas = new AtlasState(catalog);
    atlas.nearFromPlace('no-such-place', [119.9, 31.7]);
    expect(atlas.tools.nearOrigin).toBeNull();
    expect(atlas.view.panel).not.toBe('near');
  });
});
