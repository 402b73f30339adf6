import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import { placeMapFeatures } from '../../../src/lib/map/features';
import { categoryLabel } from '../../../src/lib/ui/labels';

function place(
  geometry: PlaceFeature['geometry'],
  extra: Partial<PlaceFeature['properties']> = {},
): PlaceFeature {
  return {
    type: 'Feature',
    id: 'p',
    geometry,
    properties: {
      id: 'p',
      name_zh: '某地',
      name_en: 'Somewhere',
      aliases: [],
      category: 'school',
      status: 'planned',
      status_year: 2024,
      summary_en: '',
      report: [],
      precision: 'approximate',
      precision_m: 1000,
      source: 'test',
      source_zh: '测试',
      ...extra,
    },
  };
}

describe('map features', () => {
  it('gives a point place one feature with flat properties only', () => {
    const [f, ...rest] = placeMapFeatures(place({ type: 'Point', coordinates: [119.9, 31.7] }));
    expect(rest).toEqual([]);
    expect(f.id).toBe('p');
    expect(Object.keys(f.properties ?? {})).not.toContain('report');
    expect(f.properties?.area_km2).toBe(0);
  });

  it('adds one label anchor inside an area, sharing the id so hover and selection light both', () => {
    const square: PlaceFeature['geometry'] = {
      type: 'Polygon',
      coordinates: [
        [
          [119.9, 31.7],
          [120.0, 31.7],
          [120.0, 31.8],
          [119.9, 31.8],
          [119.9, 31.7],
        ],
      ],
    };
    const [shape, anchor] = placeMapFeatures(place(square));
    expect(shape.properties?.area_km2).toBeGreaterThan(100);
    expect(shape.properties?.area_km2).toBeLessThan(120);
    expect(anchor.id).toBe('p');
    expect(anchor.properties?.label_point).toBe(true);
    const [lon, lat] = (anchor.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeGreaterThan(119.9);
    expect(lat).toBeLessThan(31.8);
  });

  it('keeps a place outside the map at its true point, marked for the off-map pin', () => {
    const [f, ...rest] = placeMapFeatures(
      place({ type: 'Point', coordinates: [121.47, 31.23] }, { outside: true }),
    );
    expect(rest).toEqual([]);
    expect((f.geometry as { coordinates: number[] }).coordinates).toEqual([121.47, 31.23]);
    expect(f.properties?.name_zh).toBe('某地');
    expect(f.properties?.off_map).toBe(true);
  });

  it('marks a zone member, and names a zone with members with their count in both languages', () => {
    const [member] = placeMapFeatures(
      place({ type: 'Point', coordinates: [119.95, 31.65] }, { precision: 'area', zone: 'z' }),
    );
    expect(member.properties?.zone_member).toBe(true);
    const square: PlaceFeature['geometry'] = {
      type: 'Polygon',
      coordinates: [
        [
          [119.9, 31.6],
          [120.0, 31.6],
          [120.0, 31.7],
          [119.9, 31.7],
          [119.9, 31.6],
        ],
      ],
    };
    const [shape, anchor] = placeMapFeatures(
      place(square, { name_zh: '高新区', name_en: 'Hi-tech Zone' }),
      10,
    );
    expect(shape.properties?.member_count).toBeUndefined();
    expect(anchor.properties?.member_count).toBe(10);
    expect(anchor.properties?.label_zh).toBe('高新区\n10 个项目');
    expect(anchor.properties?.label_en).toBe('Hi-tech Zone\n10 projects');
    expect(placeMapFeatures(place(square))[1].properties?.label_zh).toBeUndefined();
  });

  it('draws nothing for a place that cannot be located', () => {
    expect(placeMapFeatures(place(null, { unlocated: true }))).toEqual([]);
  });

  it('names categories in both languages, and unknown ones as written', () => {
    expect(categoryLabel('metro_station', 'zh')).toBe('地铁站');
    expect(categoryLabel('metro_station', 'en')).toBe('Metro station');
    expect(categoryLabel('space_port', 'en')).toBe('space port');
  });
});
