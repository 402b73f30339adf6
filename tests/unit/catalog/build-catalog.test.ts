// buildCatalog indexes a valid catalogue and refuses an invalid one with every problem named.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog/catalog';
import { SQUARE, find, validInput } from './validate-fixture';

describe('buildCatalog', () => {
  it('indexes the places by id and by group', () => {
    const catalog = buildCatalog(validInput());
    expect(catalog.places.map((f) => f.properties.id).sort()).toEqual([
      'a-line',
      'a-zone',
      'lost',
      'wujin-station',
    ]);
    expect(catalog.byId.get('wujin-station')?.geometry).toEqual({
      type: 'Point',
      coordinates: [119.9424, 31.6603],
    });
    expect(catalog.groups.transport.features).toHaveLength(2);
    expect(catalog.metrics[0].id).toBe('gdp-2023');
    expect(catalog.report.paragraphs.has('plan-5.p1')).toBe(true);
  });

  it('throws one error naming every problem with its file, feature and rule', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [[...SQUARE].reverse()] };
    (input.metrics as { places: string[] }[])[0].places = ['nowhere'];
    expect(() => buildCatalog(input)).toThrow(
      /2 problems:\ngeo\/layers\/industry\.geojson \[a-zone\] \(winding\): .*\ndata\/metrics\.json \[gdp-2023\] \(unknown-place\)/,
    );
  });
});
