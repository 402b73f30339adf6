import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { WUJIN_BBOX } from '../../../src/lib/map/extent';

describe('Wujin extent', () => {
  it('matches the district polygon to within ~100 m', () => {
    const fc = JSON.parse(readFileSync('geo/basemap/district.geojson', 'utf8'));
    const wujin = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'wujin');
    const actual = bbox(wujin);
    WUJIN_BBOX.forEach((v, i) => expect(Math.abs(v - actual[i])).toBeLessThan(0.001));
  });
});
