// The data gate on geometry: coordinates, rings, self-crossings, the region and unlocated places.
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../src/lib/catalog/validate';
import { boxRing, path } from '../geo/shapes';
import { SQUARE, find, triples, validInput } from './validate-fixture';

describe('validateCatalog', () => {
  it('rejects latitude and longitude swapped', () => {
    const input = validInput();
    find(input, 'transport', 'wujin-station').geometry = { type: 'Point', coordinates: [31.6603, 119.9424] };
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'wujin-station', 'coordinates']]);
  });

  it('rejects coordinates with more than 5 decimals', () => {
    const input = validInput();
    find(input, 'transport', 'wujin-station').geometry = {
      type: 'Point',
      coordinates: [119.942412, 31.6603],
    };
    expect(triples(input)).toEqual([
      ['geo/layers/transport.geojson', 'wujin-station', 'coordinate-decimals'],
    ]);
  });

  it('rejects a clockwise exterior ring', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [[...SQUARE].reverse()] };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'winding']]);
  });

  it('rejects a counter-clockwise hole', () => {
    const input = validInput();
    const hole = boxRing(119.943, 31.703, 119.947, 31.707);
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [SQUARE, hole] };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'winding']]);
    find(input, 'industry', 'a-zone').geometry = {
      type: 'Polygon',
      coordinates: [SQUARE, [...hole].reverse()],
    };
    expect(triples(input)).toEqual([]);
  });

  it('rejects a ring that is not closed', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = {
      type: 'Polygon',
      coordinates: [SQUARE.slice(0, 4).concat([[119.94, 31.705]])],
    };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'ring-closed']]);
  });

  it('rejects a self-intersecting polygon', () => {
    const input = validInput();
    const bowtie = path('119.94 31.7, 119.95 31.71, 119.95 31.7, 119.94 31.71, 119.94 31.7');
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [bowtie] };
    const rules = triples(input).map((t) => t[2]);
    expect(rules).toContain('self-intersection');
    expect(
      triples(input).every(([file, id]) => file === 'geo/layers/industry.geojson' && id === 'a-zone'),
    ).toBe(true);
  });

  it('rejects a self-crossing line', () => {
    const input = validInput();
    find(input, 'transport', 'a-line').geometry = {
      type: 'LineString',
      coordinates: path('119.9 31.7, 119.95 31.72, 119.95 31.7, 119.9 31.72'),
    };
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'a-line', 'self-intersection']]);
    // The page skips this one check (the build has made it on the same files); everything else stays.
    expect(validateCatalog(input, { selfIntersections: false }).errors).toEqual([]);
    find(input, 'transport', 'wujin-station').geometry = { type: 'Point', coordinates: [121.47, 31.23] };
    expect(validateCatalog(input, { selfIntersections: false }).errors.map((e) => e.rule)).toEqual([
      'outside-region',
    ]);
  });

  it('rejects a place outside the region unless it is marked outside', () => {
    const input = validInput();
    const shanghai = { type: 'Point', coordinates: [121.4737, 31.2304] };
    find(input, 'transport', 'wujin-station').geometry = shanghai;
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'wujin-station', 'outside-region']]);
    find(input, 'transport', 'wujin-station').properties.outside = true;
    expect(triples(input)).toEqual([]);
  });

  it('rejects outside: true on a place inside the region', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').properties.outside = true;
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'outside-flag']]);
  });

  it('ties unlocated to a null geometry, both ways', () => {
    const input = validInput();
    find(input, 'innovation', 'lost').geometry = { type: 'Point', coordinates: [119.95, 31.7] };
    find(input, 'industry', 'a-zone').geometry = null;
    expect(triples(input)).toEqual([
      ['geo/layers/industry.geojson', 'a-zone', 'unlocated-geometry'],
      ['geo/layers/innovation.geojson', 'lost', 'unlocated-geometry'],
    ]);
  });
});
