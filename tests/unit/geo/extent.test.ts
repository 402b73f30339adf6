import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { CAMERA_BOUNDS, DATA_REGION, FILE_REGION, WUJIN_BBOX } from '../../../src/lib/geo/extent';
import { DUMP_BBOX } from '../../../geo/scripts/basemap/extent.mjs';
import { parseHash } from '../../../src/lib/state/url';

type Box = readonly [number, number, number, number];

/** Outer contains inner, written out here rather than taken from the atlas. */
function contains(outer: Box, inner: Box): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

describe('the atlas extents', () => {
  it('are the boxes the atlas is documented to use', () => {
    expect(WUJIN_BBOX).toEqual([119.668, 31.334, 120.202, 31.811]);
    expect(DATA_REGION).toEqual([119.2, 30.8, 120.9, 32.3]);
    expect(FILE_REGION).toEqual([118.5, 30, 121.5, 33]);
    expect(CAMERA_BOUNDS).toEqual([118.3, 29.8, 121.7, 33.2]);
  });

  it('nest: camera ⊇ planner file region ⊇ data region ⊇ district', () => {
    const chain: [string, Box][] = [
      ['camera', CAMERA_BOUNDS],
      ['file', FILE_REGION],
      ['data', DATA_REGION],
      ['district', WUJIN_BBOX],
    ];
    for (let i = 1; i < chain.length; i++) {
      expect(contains(chain[i - 1][1], chain[i][1]), `${chain[i - 1][0]} ⊇ ${chain[i][0]}`).toBe(true);
    }
    // Literal corners, so a box that shrinks below what the atlas promises fails even if the chain still holds.
    expect(contains(CAMERA_BOUNDS, [118.5, 30, 121.5, 33])).toBe(true);
    expect(contains(FILE_REGION, [119.2, 30.8, 120.9, 32.3])).toBe(true);
    expect(contains(DATA_REGION, [119.668, 31.334, 120.202, 31.811])).toBe(true);
  });

  it('let a link point at every corner of a planner file’s region', () => {
    for (const [lon, lat] of [
      [118.5, 30],
      [121.5, 30],
      [118.5, 33],
      [121.5, 33],
    ]) {
      const { problems } = parseHash(`map=12/${lat}/${lon}&measure=${lon},${lat}`);
      expect(problems, `${lon}, ${lat}`).toEqual([]);
    }
    expect(parseHash('map=12/31.7/122').problems).toHaveLength(1);
  });

  it('matches the district polygon to within ~100 m', () => {
    const fc = JSON.parse(readFileSync('geo/basemap/district.geojson', 'utf8'));
    const wujin = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'wujin');
    const actual = bbox(wujin);
    WUJIN_BBOX.forEach((v, i) => expect(Math.abs(v - actual[i])).toBeLessThan(0.001));
  });

  it('cuts the basemap to the data region', () => {
    expect([...DUMP_BBOX]).toEqual([119.2, 30.8, 120.9, 32.3]);
  });
});
