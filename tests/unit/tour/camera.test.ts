import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import type { BBox } from '../../../src/lib/geo/bounds';
import { WUJIN_BBOX } from '../../../src/lib/geo/extent';
import {
  FRAME_LIMIT,
  MIN_SPAN_DEG,
  contains,
  intersects,
  isFramed,
  stopCamera,
  union,
  withMinimumSpan,
} from '../../../src/lib/tour/camera';

function point(id: string, lon: number, lat: number, outside = false): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id, outside } as PlaceFeature['properties'],
  };
}

function line(id: string, coords: [number, number][]): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords },
    properties: { id } as PlaceFeature['properties'],
  };
}

const round = (b: BBox) => b.map((x) => Number(x.toFixed(4)));

describe('tour cameras', () => {
  it('joins boxes and answers containment and overlap', () => {
    expect(union([])).toBeNull();
    expect(
      union([
        [1, 2, 3, 4],
        [0, 3, 2, 5],
      ]),
    ).toEqual([0, 2, 3, 5]);
    expect(contains([0, 0, 10, 10], [1, 1, 2, 2])).toBe(true);
    expect(contains([0, 0, 10, 10], [9, 9, 11, 10])).toBe(false);
    expect(intersects([0, 0, 10, 10], [9, 9, 11, 11])).toBe(true);
    expect(intersects([0, 0, 10, 10], [11, 11, 12, 12])).toBe(false);
  });

  it('widens a single place to a readable area, centred on it', () => {
    const box = withMinimumSpan([119.95, 31.65, 119.95, 31.65]);
    expect(round(box)).toEqual([119.92, 31.625, 119.98, 31.675]);
    expect(box[2] - box[0]).toBeCloseTo(MIN_SPAN_DEG.lon, 9);
    // A box already large enough is kept as it is.
    expect(withMinimumSpan([119.7, 31.4, 120.1, 31.8])).toEqual([119.7, 31.4, 120.1, 31.8]);
  });

  it('frames the places it can, and lets larger ones cross the view as context', () => {
    const factory = point('a', 119.94, 31.65);
    const park = point('b', 119.88, 31.72);
    const railway = line('rail', [
      [119.4, 31.64],
      [120.6, 31.91],
    ]);
    expect(isFramed(railway)).toBe(false);
    const camera = stopCamera([factory, park, railway], false);
    expect(round(camera)).toEqual([119.88, 31.65, 119.94, 31.72]);
    expect(intersects(camera, [119.4, 31.64, 120.6, 31.91])).toBe(true);
  });

  it('falls back to the district when nothing can be framed, and adds it when asked', () => {
    const shanghai = point('sh', 121.47, 31.23, true);
    expect(isFramed(shanghai)).toBe(false);
    expect(stopCamera([shanghai], false)).toEqual(WUJIN_BBOX);
    expect(stopCamera([], false)).toEqual(WUJIN_BBOX);
    const south = point('c', 120.2, 31.22);
    expect(contains(FRAME_LIMIT, [120.2, 31.22, 120.2, 31.22])).toBe(true);
    expect(stopCamera([south], true)).toEqual([WUJIN_BBOX[0], 31.22, WUJIN_BBOX[2], WUJIN_BBOX[3]]);
  });

  it('never frames a place without a position', () => {
    const unlocated = { ...point('x', 0, 0), geometry: null } as PlaceFeature;
    expect(isFramed(unlocated)).toBe(false);
  });
});
