import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import {
  MAX_USER_FEATURES,
  parseUserData,
  sanitizeProperties,
  type UserData,
} from '../../../src/lib/geo/user-data';
import { feature, lineString, path, polygon } from './shapes';

const point = (lon: number, lat: number, properties: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const fc = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

function ok(text: string, crs: 'WGS84' | 'GCJ02' | 'BD09' = 'WGS84'): UserData {
  const result = parseUserData(text, 'mine.geojson', crs);
  if (!result.ok) throw new Error(result.problem.en);
  return result.value;
}

function problem(text: string): { zh: string; en: string } {
  const result = parseUserData(text, 'mine.geojson', 'WGS84');
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe("a planner's own GeoJSON", () => {
  it('reads a FeatureCollection of points, lines and areas, with counts and bounds', () => {
    const data = ok(
      fc(
        point(119.95, 31.7, { name: '我的点' }),
        { ...feature(lineString(...path('119.9 31.6, 120 31.65'))), properties: null },
        feature(polygon(...path('119.9 31.7, 120 31.7, 120 31.8, 119.9 31.7'))),
        { type: 'Feature', properties: {}, geometry: null },
      ),
    );
    expect(data.counts).toEqual({ points: 1, lines: 1, areas: 1 });
    expect(data.skipped).toBe(1);
    expect(data.bbox).toEqual([119.9, 31.6, 120, 31.8]);
    expect(data.data.features[0].properties).toEqual({ name: '我的点' });
    expect(data.data.features[1].properties).toEqual({});
  });

  it('keeps properties that are an object and drops any other kind', () => {
    const odd = ok(
      fc({ ...point(119.95, 31.7), properties: 'name' }, { ...point(119.96, 31.7), properties: [1, 2] }),
    );
    expect(odd.data.features.map((f) => f.properties)).toEqual([{}, {}]);
  });

  it('takes a single Feature, a bare geometry or a GeometryCollection as well', () => {
    expect(ok(JSON.stringify(point(119.95, 31.7))).counts.points).toBe(1);
    expect(
      ok(JSON.stringify({ type: 'MultiPoint', coordinates: path('119.9 31.7, 120 31.7') })).counts.points,
    ).toBe(1);
    const collection = ok(
      JSON.stringify({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [119.9, 31.7] },
          lineString(...path('119.9 31.7, 120 31.7')),
        ],
      }),
    );
    expect(collection.counts).toEqual({ points: 1, lines: 1, areas: 0 });
  });

  it('converts Amap/Tencent (GCJ-02) and Baidu (BD-09) coordinates to WGS84, without touching the input', () => {
    const text = fc(point(119.95, 31.7));
    const fromGcj = ok(text, 'GCJ02').data.features[0].geometry as { coordinates: number[] };
    const expected = gcoord.transform([119.95, 31.7], gcoord.GCJ02, gcoord.WGS84);
    expect(fromGcj.coordinates[0]).toBeCloseTo(expected[0], 6);
    expect(fromGcj.coordinates[1]).toBeCloseTo(expected[1], 6);
    // Near Changzhou GCJ-02 is some 500 m off WGS84; BD-09 further still.
    const shiftM = (c: number[]) => Math.hypot((c[0] - 119.95) * 94_500, (c[1] - 31.7) * 111_200);
    expect(shiftM(fromGcj.coordinates)).toBeGreaterThan(300);
    expect(shiftM(fromGcj.coordinates)).toBeLessThan(800);
    const fromBd = ok(text, 'BD09').data.features[0].geometry as { coordinates: number[] };
    expect(shiftM(fromBd.coordinates)).toBeGreaterThan(shiftM(fromGcj.coordinates));
    expect(ok(text, 'WGS84').data.features[0].geometry).toEqual({
      type: 'Point',
      coordinates: [119.95, 31.7],
    });
  });

  it.each([
    ['not JSON at all', 'hello', /not valid JSON/],
    ['JSON that is not GeoJSON', '{"a": 1}', /is not GeoJSON/],
    ['an array', '[1, 2]', /is not GeoJSON/],
    ['a FeatureCollection without features', '{"type":"FeatureCollection"}', /is not GeoJSON/],
    ['an empty collection', fc(), /no feature that can be drawn/],
    ['only empty geometries', fc({ type: 'Feature', properties: {}, geometry: null }), /no feature/],
    [
      'a member that is not a Feature',
      fc({ type: 'Point', coordinates: [1, 2] }),
      /Feature 1 .* is not a Feature/,
    ],
    [
      'an unknown geometry type',
      fc({ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [1, 2] } }),
      /unknown geometry type/,
    ],
    [
      'coordinates that are strings',
      fc({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['119', '31'] } }),
      /non-numeric coordinates/,
    ],
    [
      'a polygon nested as a line',
      fc({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: path('119.9 31.7, 120 31.7') },
      }),
      /non-numeric coordinates/,
    ],
    [
      'projected coordinates it does not read (UTM zone 51N metres)',
      fc(point(216_000, 3_510_000)),
      /projected \(metres\) and declare no coordinate system/,
    ],
    [
      'data from elsewhere (Beijing)',
      fc(point(116.4, 39.9)),
      /lies at longitude 116\.40–116\.40, latitude 39\.90–39\.90, wholly outside Wujin's region .*; nothing was added\./,
    ],
    [
      'a number no position on Earth has (1e308)',
      fc(point(1e308, 1e308)),
      /\(1e\+308, 1e\+308\) are outside the range of degrees/,
    ],
  ])('refuses %s with a message in both languages', (_what, text, message) => {
    const p = problem(text);
    expect(p.en).toMatch(message);
    expect(p.en).toContain('mine.geojson');
    expect(p.zh).toContain('mine.geojson');
    expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses more features than a phone can draw smoothly', () => {
    const many = Array.from({ length: MAX_USER_FEATURES + 1 }, () => point(119.95, 31.7));
    const text = JSON.stringify({ type: 'FeatureCollection', features: many });
    expect(problem(text).en).toMatch(/more than 200,000 features/);
  }, 30_000);
});

describe('what is loaded with a notice, and what is refused for what it is', () => {
  const polygon = (...rings: number[][][]) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: rings },
  });
  const square = [
    [119.9, 31.7],
    [119.91, 31.7],
    [119.91, 31.71],
    [119.9, 31.7],
  ];

  it('a file partly outside the region loads, saying how many features lie outside', () => {
    const data = ok(fc(point(119.95, 31.7), point(116.4, 39.9), point(121.47, 31.23), point(113.3, 23.1)));
    expect(data.data.features).toHaveLength(4);
    expect(data.notices?.map((n) => n.en)).toEqual([
      "2 of the 4 features of “mine.geojson” lie outside Wujin's region, where the map does not reach; the others are shown.",
    ]);
    expect(data.notices?.[0].zh).toContain('4 个要素中有 2 个');
  });

  it('drops rings of fewer than four positions, per feature, with a count; a polygon without its outer ring goes', () => {
    const data = ok(
      fc(
        polygon(square, [
          [119.901, 31.701],
          [119.902, 31.701],
        ]),
        polygon([
          [119.9, 31.7],
          [119.91, 31.7],
        ]),
        point(119.95, 31.7),
      ),
    );
    expect(data.counts).toEqual({ points: 1, lines: 0, areas: 1 });
    expect((data.data.features[0].geometry as { coordinates: unknown[] }).coordinates).toHaveLength(1);
    expect(data.notices?.map((n) => n.en)).toEqual([
      '2 rings with fewer than 4 positions (no area) were dropped from 2 features of “mine.geojson”.',
    ]);
  });

  it('describes swapped degrees as swapped, and other impossible degrees as out of range', () => {
    expect(problem(fc(point(31.7, 119.95), point(31.6, 119.9))).en).toMatch(/seem swapped/);
    expect(problem(fc(point(119.95, 95))).en).toMatch(/outside the range of degrees/);
    expect(problem(fc(point(119.95, 95))).en).not.toMatch(/are projected/);
  });

  it('refuses a declared system it cannot convert, naming it, even when the numbers would fit another', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:2385' } },
      features: [point(494_000, 3_508_000)],
    });
    expect(problem(text).en).toMatch(/declares the coordinate system “EPSG:2385”/);
  });

  it('flattens deep, odd and hostile attributes into short text; no error text ever shows', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const text =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[119.95,31.7]},"properties":{"__proto__":{"polluted":1},"deep":' +
      '{"next":'.repeat(5_000) +
      '1' +
      '}'.repeat(5_000) +
      ',"list":[1,[2,[3]]],"nan":"NaN","long":"' +
      'x'.repeat(100_000) +
      '"}}';
    const data = ok(text, 'GCJ02');
    const p = data.data.features[0].properties!;
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(typeof p.deep).toBe('string');
    expect((p.deep as string).length).toBeLessThan(200);
    expect(p.list).toBe('[1, [2, [3]]]');
    expect((p.long as string).length).toBeLessThanOrEqual(2_000);
    // Stored or posted to a worker without trouble.
    expect(() => structuredClone(data)).not.toThrow();
    expect(sanitizeProperties({ deep }).deep).toMatch(/^\{"next": \{/);
    expect(problem('{"type": "FeatureCollection", "features": [').en).toBe(
      '“mine.geojson” is not valid JSON.',
    );
  });
});
