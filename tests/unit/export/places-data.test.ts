import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import {
  placesCsv,
  placesFileName,
  placesGeoJson,
  representativePoint,
} from '../../../src/lib/export/places-data';
import { parseCsv } from '../../oracles/csv';
import { catalog, ctx, groupOf } from './places-context';

function place(id: string): PlaceFeature {
  return catalog.byId.get(id)!;
}

describe('the listed places as data', () => {
  it('writes a CSV Excel reads as Chinese: byte-order mark, one row per place, a header in the page language', () => {
    const csv = placesCsv(catalog.places, ctx('zh'));
    expect(csv.startsWith('\uFEFF编号,名称,英文名称,主题')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(catalog.places.length + 1);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([14]));
    const gehu = rows.find((r) => r[0] === 'gehu')!;
    expect(gehu.slice(1, 4)).toEqual(['滆湖', 'Gehu Lake', '水与生态']);
    expect(gehu[12]).toContain('滆湖');
    expect(parseCsv(placesCsv([place('gehu')], ctx('en')).slice(1))[0].slice(0, 4)).toEqual([
      'id',
      'name_zh',
      'name_en',
      'theme',
    ]);
  });

  it('quotes what needs quoting and keeps a leading = or - from being read as a formula', () => {
    const base = place('gehu');
    const tricky: PlaceFeature = {
      ...base,
      properties: {
        ...base.properties,
        id: 'tricky',
        name_en: 'Lake "West", north\nshore',
        source: '=HYPERLINK("http://example.com")',
      },
    };
    const [, row] = parseCsv(placesCsv([tricky], { ...ctx('en'), groupOf: () => 'water' }).slice(1));
    expect(row[2]).toBe('Lake "West", north\nshore');
    expect(row[13]).toBe(`'=HYPERLINK("http://example.com")`);
  });

  it('pins every located place at a point on it, and leaves unlocated ones without coordinates', () => {
    for (const p of catalog.places) {
      const point = representativePoint(p);
      if (!p.geometry || p.properties.unlocated) {
        expect(point).toBeNull();
        continue;
      }
      expect(point).not.toBeNull();
      if (p.geometry.type === 'Polygon')
        expect(booleanPointInPolygon(point!, p.geometry as Polygon)).toBe(true);
      if (p.geometry.type === 'Point')
        expect(point).toEqual(p.geometry.coordinates.map((n) => Number(n.toFixed(5))));
    }
    const unlocated = catalog.places.find((p) => p.properties.unlocated);
    if (unlocated) {
      const [, row] = parseCsv(placesCsv([unlocated], ctx('zh')).slice(1));
      expect(row.slice(8, 10)).toEqual(['', '']);
    }
  });

  it('writes GeoJSON with each place as in the catalogue, plus its theme', () => {
    const shown = catalog.places.slice(0, 12);
    const parsed = JSON.parse(placesGeoJson(shown, ctx('zh')));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.map((f: { id: string }) => f.id)).toEqual(shown.map((p) => p.properties.id));
    for (const [i, f] of parsed.features.entries()) {
      expect(f.geometry).toEqual(shown[i].geometry);
      const {
        label_lang,
        theme_label,
        category_label,
        status_label,
        precision_label,
        source_label,
        ...rest
      } = f.properties;
      expect(rest).toEqual({ ...shown[i].properties, group: groupOf.get(shown[i].properties.id) });
      expect(label_lang).toBe('zh');
      for (const label of [theme_label, category_label, status_label, precision_label, source_label])
        expect(label, f.id).toMatch(/\p{Script=Han}/u);
      expect(source_label).toBe(shown[i].properties.source_zh);
    }
  });

  it('gives category, status, precision and source in the language of the page, never a repository path', () => {
    // Written from the data and the labels a reader sees in the details.
    const zh = parseCsv(placesCsv([place('gehu'), place('metro-5-st-xitaihu')], ctx('zh')).slice(1));
    expect(zh[1].slice(4, 6)).toEqual(['湖泊', '持续推进']);
    expect(zh[2][4]).toBe('地铁站');
    expect(zh[1][10]).toBe('位置示意');
    const en = parseCsv(placesCsv([place('gehu')], ctx('en')).slice(1));
    expect(en[1][4]).toBe('Lake');
    expect(en[1][10]).toBe('Approximate location');
    for (const lang of ['zh', 'en'] as const) {
      const all = placesCsv(catalog.places, ctx(lang)) + placesGeoJson(catalog.places, ctx(lang));
      expect(all).not.toMatch(/geo\/scripts|geo\/basemap|\.mjs\b/);
      // No English category code (lake_zone, metro_station…) in the Chinese file's columns.
      if (lang === 'zh')
        for (const row of parseCsv(placesCsv(catalog.places, ctx('zh')).slice(1)).slice(1))
          expect(row[4], row[0]).toMatch(/\p{Script=Han}/u);
    }
    const [feature] = JSON.parse(placesGeoJson([place('gehu')], ctx('en'))).features;
    expect(feature.properties).toMatchObject({
      label_lang: 'en',
      category_label: 'Lake',
      precision_label: 'Approximate location',
      source_label: place('gehu').properties.source,
    });
  });

  it('names the files after the atlas, the report year and the day', () => {
    expect(placesFileName(new Date(2026, 10, 26, 9), 'csv')).toBe('wujin-atlas-2024-places-2026-11-26.csv');
    expect(placesFileName(new Date(2026, 0, 5), 'geojson')).toBe(
      'wujin-atlas-2024-places-2026-01-05.geojson',
    );
  });
});

describe('a selection by distance', () => {
  const places = catalog.places.filter((p) => p.geometry).slice(0, 3);
  const distancesM = new Map(places.map((p, i) => [p.properties.id, 1000 * i + 0.6]));

  it('adds a last column of whole metres to the CSV, in both languages', () => {
    for (const [lang, header] of [
      ['zh', '距离（米）'],
      ['en', 'distance_m'],
    ] as const) {
      const [head, ...rows] = parseCsv(placesCsv(places, ctx(lang), distancesM).slice(1));
      expect(head.at(-1)).toBe(header);
      expect(rows.map((r) => r.at(-1))).toEqual(['1', '1001', '2001']);
      expect(rows.every((r) => r.length === head.length)).toBe(true);
    }
    // Without distances the table is as before.
    expect(parseCsv(placesCsv(places, ctx('en')).slice(1))[0]).not.toContain('distance_m');
  });

  it('gives each GeoJSON feature its distance_m, and names the file for what it holds', () => {
    const fc = JSON.parse(placesGeoJson(places, ctx('zh'), distancesM)) as {
      features: { properties: { distance_m?: number } }[];
    };
    expect(fc.features.map((f) => f.properties.distance_m)).toEqual([1, 1001, 2001]);
    expect(placesFileName(new Date(2026, 0, 2), 'csv', 'near')).toBe('wujin-atlas-2024-near-2026-01-02.csv');
  });
});
