import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { PlaceFeature } from '../../../../src/lib/catalog/types';
import { describeDistance, formatDistance } from '../../../../src/lib/ui/near/format';

const place = (geometry: Geometry) =>
  ({
    type: 'Feature',
    geometry,
    properties: { name_zh: '滆湖', name_en: 'Gehu Lake' },
  }) as unknown as PlaceFeature;
const lake = place({ type: 'Polygon', coordinates: [] });
const road = place({ type: 'LineString', coordinates: [] });
const station = place({ type: 'Point', coordinates: [0, 0] });

describe('formatDistance', () => {
  it.each([
    [0, '10 m'],
    [4, '10 m'],
    [854, '850 m'],
    [999, '1.0 km'],
    [1000, '1.0 km'],
    [1249, '1.2 km'],
    [9949, '9.9 km'],
    [12_400, '12 km'],
  ])('%i m → %s', (metres, text) => {
    expect(formatDistance(metres)).toBe(text);
  });
});

describe('describeDistance', () => {
  it('says "inside" for an area that holds the origin', () => {
    expect(describeDistance({ place: lake, distanceM: 0, inside: true }, 'zh')).toBe('您在滆湖范围内');
    // From a planner's own feature, it is the starting point that is inside.
    expect(describeDistance({ place: lake, distanceM: 0, inside: true }, 'zh', 'feature')).toBe(
      '起点在滆湖范围内',
    );
    expect(describeDistance({ place: lake, distanceM: 0, inside: true }, 'en', 'feature')).toBe(
      'The starting point is inside Gehu Lake',
    );
    expect(describeDistance({ place: lake, distanceM: 0, inside: true }, 'en')).toBe(
      'You are inside Gehu Lake',
    );
  });

  it('measures lines and areas to their nearest point, points to themselves', () => {
    expect(describeDistance({ place: lake, distanceM: 1200, inside: false }, 'zh')).toBe('距最近处 1.2 km');
    expect(describeDistance({ place: road, distanceM: 1200, inside: false }, 'en')).toBe(
      '1.2 km from the nearest point',
    );
    expect(describeDistance({ place: station, distanceM: 430, inside: false }, 'zh')).toBe('距离 430 m');
    expect(describeDistance({ place: station, distanceM: 430, inside: false }, 'en')).toBe('430 m away');
  });
});

describe('describeDistance at the place’s precision', () => {
  const rough = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: {
      name_zh: '龙城芯谷',
      name_en: 'Longcheng Chip Valley',
      precision: 'area',
      precision_m: 5000,
    },
  } as unknown as PlaceFeature;

  it('rounds a distance to a place known to ±5 km, and never claims metres', () => {
    expect(describeDistance({ place: rough, distanceM: 680, inside: false }, 'zh')).toBe('距离 约 5 km 以内');
    expect(describeDistance({ place: rough, distanceM: 8420, inside: false }, 'en')).toBe('about 8 km away');
  });

  it('adds the starting place’s own uncertainty', () => {
    expect(describeDistance({ place: station, distanceM: 2300, inside: false }, 'zh', 'feature')).toBe(
      '距离 2.3 km',
    );
    expect(
      describeDistance({ place: station, distanceM: 2300, inside: false }, 'zh', 'feature', {
        originUncertaintyM: 1500,
      }),
    ).toBe('距离 约 2.5 km');
  });

  it('names the zone the starting point shares with a place known only to it', () => {
    expect(
      describeDistance({ place: rough, distanceM: 640, inside: false }, 'zh', 'person', {
        sharedZone: '武进国家高新区',
      }),
    ).toBe('同在武进国家高新区内');
  });
});
