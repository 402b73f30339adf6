/**
 * 有后续进展 / Has updates since the report: the filter keeps only places with dated public facts
 * from after the report, travels in the link as `updates=1`, and a link without it clears it. The
 * expected places are read from the layer files here, not from the filter under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { parseHash, serialiseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();
const withUpdates = GROUP_IDS.flatMap(
  (g) =>
    (
      JSON.parse(readFileSync(`geo/layers/${g}.geojson`, 'utf8')) as {
        features: { properties: { id: string; updates?: unknown[] } }[];
      }
    ).features,
)
  .filter((f) => (f.properties.updates ?? []).length > 0)
  .map((f) => f.properties.id)
  .sort();

describe('the 有后续进展 filter', () => {
  it('keeps exactly the places with updates since the report', () => {
    expect(withUpdates.length).toBeGreaterThanOrEqual(11);
    const atlas = new AtlasState(catalog);
    atlas.filters.setUpdatesOnly(true);
    expect([...atlas.filteredIds].sort()).toEqual(withUpdates);
    atlas.filters.setUpdatesOnly(false);
    expect(atlas.filteredIds.size).toBe(catalog.places.length);
  });

  it('is part of the link, and a link without it turns it off', () => {
    expect(serialiseHash({ updates: true, lang: 'en' })).toBe('updates=1&lang=en');
    expect(parseHash('updates=yes').problems).toEqual(['updates: "yes" is not 1']);
    const atlas = new AtlasState(catalog);
    atlas.applyUrl(parseHash('updates=1').state, []);
    expect(atlas.filters.updatesOnly).toBe(true);
    expect(atlas.hash).toContain('updates=1');
    atlas.applyUrl(parseHash('').state, []);
    expect(atlas.filters.updatesOnly).toBe(false);
  });
});
