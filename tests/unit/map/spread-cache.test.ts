// The markers' spread the build stores with the catalogue: the page's style must come out exactly as
// if the page had computed it, and a cache made for other markers must never be used.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { fromArtifact } from '../../../src/lib/catalog/artifact';
import { catalogueArtifact } from '../../../src/lib/catalog/vite-plugin-validate';
import { toMapFeatures } from '../../../src/lib/map/features';
import { spreadPlaces } from '../../../src/lib/map/style/atlas-style';
import { SPREAD_ZOOMS } from '../../../src/lib/map/style/marker-spread';
import { spreadFor, spreadKey, spreadPoints } from '../../../src/lib/map/style/spread-cache';

const shipped = () => {
  const result = fromArtifact(JSON.parse(JSON.stringify(catalogueArtifact('.'))));
  if (!result.ok) throw new Error(result.reason);
  return result.catalog;
};

describe("the markers' spread stored with the catalogue", () => {
  const catalog = shipped();
  const places = toMapFeatures(catalog);

  it.each([1, 1.5, 2])(
    'gives the same sources and offset tables as computing it, at type scale %s',
    (scale) => {
      expect(catalog.spread?.scales[String(scale)]).toBeDefined();
      // Made for exactly the markers the map draws, so the page uses it rather than computing.
      expect(catalog.spread?.key).toBe(spreadKey(spreadPoints(places)));
      expect(spreadPlaces(places, scale, catalog.spread)).toEqual(spreadPlaces(places, scale));
    },
  );

  it('sets apart markers that share a spot (the cache is not empty)', () => {
    const moved = Object.values(catalog.spread!.scales['1']!);
    expect(moved.length).toBeGreaterThan(1);
    for (const flat of moved) expect(flat).toHaveLength(2 * SPREAD_ZOOMS.length);
  });

  it('is not used for markers it was not made for: a moved place, or a scale it does not hold', () => {
    const points = spreadPoints(places);
    const movedId = Object.keys(catalog.spread!.scales['1']!)[0]!;
    // Far from everything else: the computed offsets of the moved place are all zero, the cached ones are not.
    const moved = points.map((p) => (p.id === movedId ? { ...p, lon: p.lon + 5, lat: p.lat + 5 } : p));
    const fromCache = spreadFor(moved, 1, catalog.spread).offsets.get(movedId)!;
    expect(fromCache.every(([dx, dy]) => dx === 0 && dy === 0)).toBe(true);

    const stale = { ...catalog.spread!, key: 'other markers' };
    const poisoned = {
      key: catalog.spread!.key,
      scales: { 1: Object.fromEntries(points.map((p) => [p.id, SPREAD_ZOOMS.flatMap(() => [99, 99])])) },
      clusters: { 1: [] },
    };
    expect(spreadFor(points, 1, poisoned).offsets.get(points[0]!.id)![0]).toEqual([99, 99]);
    expect(spreadFor(points, 1.25, poisoned).offsets.get(points[0]!.id)![0]).not.toEqual([99, 99]);
    expect(spreadFor(points, 1, stale)).toEqual(spreadFor(points, 1));
  });

  it('is small next to the catalogue it travels with', () => {
    const artifact = JSON.stringify(catalogueArtifact('.'));
    const spread = JSON.stringify((JSON.parse(artifact) as { spread: FeatureCollection }).spread);
    expect(spread.length).toBeLessThan(artifact.length * 0.1);
  });
});
