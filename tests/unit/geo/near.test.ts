import { describe, expect, it } from 'vitest';
import { distanceToPlaceM, nearby, pointInArea, type LonLat } from '../../../src/lib/geo/near';
import { radiusRing } from '../../../src/lib/geo/ring';
import { place } from './place-fixture';
import { haversineM } from '../../oracles/haversine';
import { boxRing } from './shapes';

const origin: LonLat = [120, 31.7];
const square = boxRing;

describe('distanceToPlaceM', () => {
  it('measures to a point', () => {
    const d = distanceToPlaceM(origin, place('p', { type: 'Point', coordinates: [120, 31.71] }));
    expect(d).toBeCloseTo(haversineM(origin, [120, 31.71]), -1);
    expect(d).toBeGreaterThan(1100);
    expect(d).toBeLessThan(1125);
  });

  it('measures to the nearest point of a line, not to its vertices', () => {
    // A north–south line 0.01° east of the origin, passing level with it: the nearest point is
    // on the segment, ~947 m away, while both vertices are ~1.5 km away.
    const line = place('l', {
      type: 'LineString',
      coordinates: [
        [120.01, 31.69],
        [120.01, 31.71],
      ],
    });
    const d = distanceToPlaceM(origin, line)!;
    expect(d).toBeCloseTo(haversineM(origin, [120.01, 31.7]), -1);
    expect(d).toBeLessThan(haversineM(origin, [120.01, 31.69]) - 400);
  });

  it('takes the nearest part of a multi-line', () => {
    const d = distanceToPlaceM(
      origin,
      place('ml', {
        type: 'MultiLineString',
        coordinates: [
          [
            [120.1, 31.6],
            [120.1, 31.8],
          ],
          [
            [119.98, 31.6],
            [119.98, 31.8],
          ],
        ],
      }),
    )!;
    expect(d).toBeCloseTo(haversineM(origin, [119.98, 31.7]), -1);
  });

  it('is 0 inside a polygon and the distance to the nearest edge outside it', () => {
    const area = place('a', { type: 'Polygon', coordinates: [square(119.99, 31.68, 120.02, 31.72)] });
    expect(distanceToPlaceM(origin, area)).toBe(0);
    // 0.005° west of the west edge, level with the middle: the nearest point is on that edge.
    const outside: LonLat = [119.985, 31.7];
    expect(distanceToPlaceM(outside, area)).toBeCloseTo(haversineM(outside, [119.99, 31.7]), -1);
  });

  it('treats a hole as outside and measures to the hole edge', () => {
    const donut = place('d', {
      type: 'Polygon',
      coordinates: [square(119.9, 31.6, 120.1, 31.8), square(119.995, 31.69, 120.005, 31.71)],
    });
    const d = distanceToPlaceM(origin, donut)!;
    expect(d).toBeGreaterThan(0);
    expect(d).toBeCloseTo(haversineM(origin, [120.005, 31.7]), -1);
  });

  it('handles multi-polygons, multi-points and collections', () => {
    const multi = place('mp', {
      type: 'MultiPolygon',
      coordinates: [[square(121, 31, 121.1, 31.1)], [square(119.99, 31.69, 120.01, 31.71)]],
    });
    expect(distanceToPlaceM(origin, multi)).toBe(0);
    const points = place('pts', {
      type: 'MultiPoint',
      coordinates: [
        [121, 31],
        [120, 31.705],
      ],
    });
    expect(distanceToPlaceM(origin, points)).toBeCloseTo(haversineM(origin, [120, 31.705]), -1);
    const collection = place('gc', {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [121, 31] },
        { type: 'Point', coordinates: [120.002, 31.7] },
      ],
    });
    expect(distanceToPlaceM(origin, collection)).toBeCloseTo(haversineM(origin, [120.002, 31.7]), -1);
  });

  it('returns null for unlocated places and bad points', () => {
    expect(distanceToPlaceM(origin, place('none', null))).toBeNull();
    expect(distanceToPlaceM([NaN, 31], place('p', { type: 'Point', coordinates: [120, 31] }))).toBeNull();
    expect(
      distanceToPlaceM([500, 31] as LonLat, place('p', { type: 'Point', coordinates: [120, 31] })),
    ).toBeNull();
  });
});

describe('nearby', () => {
  const catalog = {
    places: [
      place('far-point', { type: 'Point', coordinates: [120.2, 31.7] }),
      place('line-900m', {
        type: 'LineString',
        coordinates: [
          [120.01, 31.6],
          [120.01, 31.8],
        ],
      }),
      place('point-1100m', { type: 'Point', coordinates: [120, 31.71] }),
      place('big-area', { type: 'Polygon', coordinates: [square(119.9, 31.6, 120.1, 31.8)] }),
      place('small-area', { type: 'Polygon', coordinates: [square(119.99, 31.69, 120.01, 31.71)] }),
      place('point-500m', { type: 'Point', coordinates: [120.0053, 31.7] }, { precision: 'approximate' }),
      place('unlocated', null, { unlocated: true }),
    ],
  };

  it('lists places within the radius, inside areas first (smaller first), then by edge distance', () => {
    const hits = nearby(catalog, origin, 3000);
    expect(hits.map((h) => h.place.properties.id)).toEqual([
      'small-area',
      'big-area',
      'point-500m',
      'line-900m',
      'point-1100m',
    ]);
    expect(hits.slice(0, 2).every((h) => h.inside && h.distanceM === 0)).toBe(true);
    expect(hits.slice(2).every((h) => !h.inside && h.distanceM > 0)).toBe(true);
  });

  it('respects the radius exactly', () => {
    const ids = nearby(catalog, origin, 1000).map((h) => h.place.properties.id);
    expect(ids).toContain('line-900m');
    expect(ids).not.toContain('point-1100m');
    expect(nearby(catalog, origin, 25_000).map((h) => h.place.properties.id)).toContain('far-point');
  });

  it('never lists unlocated places and survives bad input', () => {
    expect(nearby(catalog, origin, 1e9).map((h) => h.place.properties.id)).not.toContain('unlocated');
    expect(nearby(catalog, [NaN, NaN], 1000)).toEqual([]);
    expect(nearby(catalog, origin, -5)).toEqual([]);
    expect(nearby(catalog, origin, NaN)).toEqual([]);
    expect(nearby({ places: [] }, origin, 1000)).toEqual([]);
  });

  it('agrees with a brute-force scan on a grid of origins (the bounding-box shortcut drops nothing)', () => {
    for (let lon = 119.85; lon <= 120.25; lon += 0.05) {
      for (let lat = 31.55; lat <= 31.85; lat += 0.05) {
        const o: LonLat = [lon, lat];
        const expected = catalog.places
          .map((p) => ({ id: p.properties.id, d: distanceToPlaceM(o, p) }))
          .filter((x) => x.d !== null && x.d <= 5000)
          .map((x) => x.id)
          .sort();
        const got = nearby(catalog, o, 5000)
          .map((h) => h.place.properties.id)
          .sort();
        expect(got).toEqual(expected);
      }
    }
  });
});

describe('pointInArea', () => {
  const district = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        id: 'wujin',
        properties: { id: 'wujin', role: 'district' },
        geometry: { type: 'Polygon' as const, coordinates: [square(119.7, 31.5, 120.2, 31.8)] },
      },
      {
        type: 'Feature' as const,
        properties: { id: 'xinbei', role: 'neighbour' },
        geometry: { type: 'Polygon' as const, coordinates: [square(119.7, 31.8, 120.2, 32.1)] },
      },
    ],
  };

  it('finds the district by id and tests the point against it', () => {
    expect(pointInArea(origin, district, 'wujin')).toBe(true);
    expect(pointInArea([120, 31.9], district, 'wujin')).toBe(false);
    expect(pointInArea([121.47, 31.23], district, 'wujin')).toBe(false);
    expect(pointInArea(origin, district, 'nowhere')).toBe(false);
    expect(pointInArea(origin, null)).toBe(false);
  });
});

describe('radiusRing', () => {
  it('draws a closed ring whose vertices lie at the radius', () => {
    const ring = radiusRing(120, 31.7, 3000).geometry.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const v of ring) expect(haversineM(origin, [v[0], v[1]])).toBeCloseTo(3000, -1);
  });
});
