import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, centroid } from '@turf/turf';
import {
  USER_INDEX_PROP,
  USER_LABEL_PROP,
  userCategories,
  userFeatureLabel,
  userFeatureName,
  userFeatureSize,
  userMapFeatures,
  userPropertyRows,
} from '../../../src/lib/geo/user-features';
import { anchorOf } from '../../../src/lib/geo/anchor';
import { feature, lineString, polygon } from './shapes';

const point = (properties: Feature['properties']): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [119.95, 31.7] },
});

describe("the name of a planner's feature", () => {
  it('comes from the usual name attributes, in Chinese or English, whatever their case', () => {
    expect(userFeatureName({ id: 7, name: '规划路' })).toBe('规划路');
    expect(userFeatureName({ NAME: 'Plot A', title: 'other' })).toBe('Plot A');
    expect(userFeatureName({ 名称: '南夏墅地块' })).toBe('南夏墅地块');
    expect(userFeatureName({ XMMC: '横山桥片区' })).toBe('横山桥片区');
    expect(userFeatureName({ name: 1203 })).toBe('1203');
  });

  it('skips empty names and gives null when there is none', () => {
    expect(userFeatureName({ name: '  ', 名称: '滆湖东岸' })).toBe('滆湖东岸');
    expect(userFeatureName({ code: 'A-1', area: 3.2 })).toBeNull();
    expect(userFeatureName(null)).toBeNull();
    expect(userFeatureName({ name: { zh: '对象' } })).toBeNull();
  });
});

describe('what the map draws of them', () => {
  it('keeps the geometry, with an index, a label and each attribute as short text under its own prefix', () => {
    const long = '武进国家高新技术产业开发区智能制造产业园二期配套道路及管网工程';
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        point({ name: '甲', note: long, 'atlas:index': 'the file’s own' }),
        point({ code: 3, empty: '', none: null, ok: true }),
      ],
    };
    const drawn = userMapFeatures(data);
    expect(drawn.features.map((f) => f.properties)).toEqual([
      {
        [USER_INDEX_PROP]: 0,
        [USER_LABEL_PROP]: '甲',
        'attr:name': '甲',
        // Cut like a label: 23 characters and an ellipsis.
        'attr:note': `${Array.from(long).slice(0, 23).join('')}…`,
        'attr:atlas:index': 'the file’s own',
      },
      { [USER_INDEX_PROP]: 1, [USER_LABEL_PROP]: null, 'attr:code': '3', 'attr:ok': 'true' },
    ]);
    expect(drawn.features[0].geometry).toBe(data.features[0].geometry);
    // The planner's data itself is untouched.
    expect(data.features[0].properties).toEqual({ name: '甲', note: long, 'atlas:index': 'the file’s own' });
  });

  it('counts the values a layer is coloured by, most frequent first, the rest together', () => {
    const uses = ['工业', '绿地', '工业', '住宅', null, '工业', '绿地', 'a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: uses.map((use) => point({ use })),
    };
    const { values, otherCount } = userCategories(data, 'use');
    // Three 工业, two 绿地, then the ones by their text (UTF-16 order: Latin before Han): eight in all.
    expect(values).toEqual([
      { value: '工业', count: 3 },
      { value: '绿地', count: 2 },
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((value) => ({ value, count: 1 })),
    ]);
    // g, 住宅 and the feature without a value.
    expect(otherCount).toBe(3);
  });

  it('names a feature by the chosen attribute, or as the atlas finds it', () => {
    expect(userFeatureLabel({ name: '甲', code: 'A-1' }, null)).toBe('甲');
    expect(userFeatureLabel({ name: '甲', code: 'A-1' }, 'code')).toBe('A-1');
    expect(userFeatureLabel({ name: '甲', area: 3.5 }, 'area')).toBe('3.5');
    expect(userFeatureLabel({ name: '甲', code: ' ' }, 'code')).toBeNull();
    expect(userFeatureLabel({ name: '甲' }, 'missing')).toBeNull();
  });

  it('shortens long names on the map to 24 characters, ending with an ellipsis', () => {
    const long = '武进国家高新技术产业开发区智能制造产业园二期配套道路及管网工程';
    const label = userMapFeatures({ type: 'FeatureCollection', features: [point({ name: long })] })
      .features[0].properties![USER_LABEL_PROP] as string;
    expect(Array.from(label)).toHaveLength(24);
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
  });

  it('draws no names for a file of more than 5,000 features, and every name up to that', () => {
    const many = (n: number): FeatureCollection => ({
      type: 'FeatureCollection',
      features: Array.from({ length: n }, (_, i) => point({ name: `点${i}` })),
    });
    const labels = (n: number) =>
      userMapFeatures(many(n)).features.map((f) => f.properties![USER_LABEL_PROP]);
    expect(labels(5000).every((label, i) => label === `点${i}`)).toBe(true);
    expect(labels(5001).every((label) => label === null)).toBe(true);
  });
});

describe('the size of a feature', () => {
  it('gives an area and its perimeter for a polygon: about 1 km² for a 1 km square', () => {
    // 1 km in degrees at 31.7° N, computed independently of Turf from the WGS84 radii of curvature.
    const lat = 31.7;
    const phi = (lat * Math.PI) / 180;
    const a = 6378137;
    const e2 = 0.00669437999014;
    const w = Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    const dLat = (1000 / ((a * (1 - e2)) / w ** 3)) * (180 / Math.PI);
    const dLon = (1000 / ((a / w) * Math.cos(phi))) * (180 / Math.PI);
    const square: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [120, lat],
            [120 + dLon, lat],
            [120 + dLon, lat + dLat],
            [120, lat + dLat],
            [120, lat],
          ],
        ],
      },
    };
    const size = userFeatureSize(square);
    expect(size.kind).toBe('area');
    // Turf uses a sphere: within 1 % of the ellipsoidal square.
    expect(size.areaM2! / 1e6).toBeCloseTo(1, 1);
    expect(Math.abs(size.lengthM! - 4000)).toBeLessThan(40);
    expect(size.bbox[0]).toBe(120);
    expect(size.bbox[3]).toBeCloseTo(lat + dLat, 9);
  });

  it('gives a length for a line and neither for a point', () => {
    const line: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [119.9, 31.7],
            [119.9, 31.71],
          ],
          [
            [120, 31.7],
            [120, 31.71],
          ],
        ],
      },
    };
    const size = userFeatureSize(line);
    expect(size.kind).toBe('line');
    // Two lines of 0.01° of latitude each: 2 × 1,109 m.
    expect(size.lengthM! / 2).toBeGreaterThan(1100);
    expect(size.lengthM! / 2).toBeLessThan(1120);
    expect(size.areaM2).toBeNull();
    expect(userFeatureSize(point({}))).toMatchObject({ kind: 'point', lengthM: null, areaM2: null });
  });
});

describe('the attributes as rows', () => {
  it('keeps the file’s order and shows every kind of value as text', () => {
    const { rows, more } = userPropertyRows({
      名称: '地块 A',
      面积: 12.5,
      layers: ['a', 'b'],
      note: null,
      empty: '',
      ok: true,
    });
    expect(rows).toEqual([
      ['名称', '地块 A'],
      ['面积', '12.5'],
      ['layers', '["a","b"]'],
      ['note', '—'],
      ['empty', '—'],
      ['ok', 'true'],
    ]);
    expect(more).toBe(0);
  });

  it('lists at most the first 40 and counts the rest; long values are cut', () => {
    const many = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`f${i}`, i]));
    const { rows, more } = userPropertyRows(many);
    expect(rows).toHaveLength(40);
    expect(rows[39]).toEqual(['f39', '39']);
    expect(more).toBe(5);
    const [[, cut]] = userPropertyRows({ text: 'x'.repeat(1000) }).rows;
    expect(cut).toHaveLength(300);
    expect(cut.endsWith('…')).toBe(true);
    expect(userPropertyRows(null)).toEqual({ rows: [], more: 0 });
  });
});

describe('the point a feature is measured from', () => {
  it('lies inside a bent area even where its centroid does not', () => {
    // A C-shaped parcel open to the east: its centroid falls in the gap.
    const c = feature(
      polygon(
        [119.9, 31.6],
        [120.0, 31.6],
        [120.0, 31.62],
        [119.92, 31.62],
        [119.92, 31.68],
        [120.0, 31.68],
        [120.0, 31.7],
        [119.9, 31.7],
        [119.9, 31.6],
      ),
    );
    expect(booleanPointInPolygon(centroid(c), c)).toBe(false);
    const anchor = anchorOf(c);
    expect(booleanPointInPolygon(anchor, c)).toBe(true);
  });

  it('is a point of a line, and the point itself for a point', () => {
    const line = feature(lineString([119.9, 31.6], [119.95, 31.65], [120.0, 31.6]));
    expect(line.geometry.coordinates).toContainEqual(anchorOf(line));
    expect(anchorOf(point({}))).toEqual([119.95, 31.7]);
  });
});
