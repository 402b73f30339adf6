// What an export's legend names: groups and statuses with a place meeting the view, and the
// planner's visible layers with a feature in it. Places and boxes written here by hand.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import { legendInView } from '../../../src/lib/export/legend-in-view';
import { palette } from '../../../src/lib/map/style/palette';

const place = (id: string, status: string, coordinates: [number, number]) =>
  ({
    type: 'Feature',
    properties: { id, status },
    geometry: { type: 'Point', coordinates },
  }) as unknown as PlaceFeature;
const points = (...coordinates: [number, number][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: coordinates.map((c) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: c },
  })),
});

describe('the legend of a view', () => {
  it('names only the groups, statuses and layers the view holds', () => {
    const legend = legendInView(
      ['water', 'industry', 'transport'],
      [
        { place: place('a', 'completed', [119.95, 31.7]), group: 'water' },
        { place: place('b', 'planned', [119.96, 31.71]), group: 'transport' },
        { place: place('c', 'signed', [120.5, 31.7]), group: 'industry' },
      ],
      [
        { name: 'in.geojson', colour: palette.userData, features: points([119.97, 31.72]) },
        { name: 'out.geojson', colour: palette.userDataWine, features: points([121, 32]) },
      ],
      [119.9, 31.65, 120.0, 31.75],
    );
    expect(legend.groups).toEqual(['water', 'transport']);
    expect(legend.statuses).toEqual(['completed', 'planned']);
    expect(legend.userLayers).toEqual([{ name: 'in.geojson', colour: palette.userData }]);
  });
});
