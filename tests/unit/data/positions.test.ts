/**
 * Where the places stand, checked against the public facts they were placed from: which places are
 * still unlocated, that each place put "in a zone" or "in a town" lies within its stated radius of
 * that zone or town, that the basemap points agree with their published positions, and that every
 * note speaks to readers. Expected values are written here from the sources (geo/SOURCES.md), and
 * distances use a haversine written in this file, not the atlas's own functions.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import { haversineM } from '../../oracles/haversine';

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

const places = GROUP_IDS.flatMap(
  (g) => (readJson(`geo/layers/${g}.geojson`) as { features: PlaceFeature[] }).features,
);
const byId = new Map(places.map((p) => [p.properties.id, p]));
const towns = new Map(
  (
    readJson('geo/basemap/towns.geojson') as { features: Feature<{ type: 'Point'; coordinates: number[] }>[] }
  ).features.map((f) => [String(f.id), f.geometry.coordinates as [number, number]]),
);

const pointOf = (id: string): [number, number] => {
  const g = byId.get(id)?.geometry;
  if (g?.type !== 'Point') throw new Error(`${id} is not a point`);
  return g.coordinates as [number, number];
};

describe('how many of the report places are located', () => {
  // The places no public fact found so far places even to a town or zone (geo/SOURCES.md says why).
  const STILL_UNLOCATED = [
    'binhu-wwtp-2',
    'city-operations-center',
    'dispute-mediation-center',
    'ecological-corridor',
    'third-library',
    'yichuang-storage',
  ];

  it('leaves unlocated exactly the places no public fact places', () => {
    const unlocated = places.filter((p) => p.properties.unlocated).map((p) => p.properties.id);
    expect(unlocated.sort()).toEqual(STILL_UNLOCATED);
    for (const id of STILL_UNLOCATED) expect(byId.get(id)?.geometry, id).toBeNull();
  });

  it('draws 85 of the 91 places (74 before the first round of research, 82 before the second, 83 before the third)', () => {
    expect(places).toHaveLength(91);
    expect(places.filter((p) => p.geometry !== null && !p.properties.unlocated)).toHaveLength(85);
  });
});

describe('places located from public facts', () => {
  const zone = (id: string) => byId.get(id) as Feature<Polygon>;

  it('puts 阳湖生态净水厂 within 5 km of both halves of what it serves: the 湖塘 seat and the hi-tech zone’s north edge', () => {
    // 武进新闻 2023-11-28: at 江村路 × 疏港路, serving 湖塘镇 and the 高新区 北区.
    const plant = pointOf('yanghu-water-purification');
    expect(haversineM(plant, towns.get('hutang')!)).toBeLessThanOrEqual(5000);
    // The zone outline's northern edge runs along 31.69° N from 119.90° to 120.002° E.
    expect(haversineM(plant, [119.95, 31.69])).toBeLessThanOrEqual(5000);
    expect(byId.get('yanghu-water-purification')?.properties).toMatchObject({
      precision: 'area',
      precision_m: 5000,
    });
  });

  it.each([
    ['wunan-2-reclaimed-water', 'wujin-hitech-zone'],
    ['wide-bandgap-center', 'wujin-hitech-zone'],
    // jschina.com.cn 2020-06-17: "Wangbang NE" (万帮新能源) among the zone's auto-industry companies.
    ['wanbang-digital-energy', 'wujin-hitech-zone'],
    ['proji-biomed', 'xitaihu-park'],
    ['gehu-farmland-to-lake-2', 'lianghu-core'],
  ])('puts %s inside %s, the zone its source names', (id, zoneId) => {
    expect(booleanPointInPolygon(pointOf(id), zone(zoneId))).toBe(true);
    expect(byId.get(id)?.properties.precision).toBe('area');
  });

  it.each([
    ['lihua-poultry-lab', 'niutang'],
    ['binhu-agri-park', 'qianhuang'],
    ['yrd-youth-hub', 'jiaze'],
    ['nju-institute', 'jiaze'],
    ['nantian-road-school', 'hutang'],
    // The former 东安镇, where the 铁本 works it bought stood, was merged into 湟里 in 2007 (经济观察报 2009-01-17).
    ['dongfang-special-steel', 'huangli'],
  ])('puts %s within its stated radius of the %s seat', (id, town) => {
    const seat = towns.get(town)!;
    const p = byId.get(id)!.properties;
    expect(p.precision).toBe('area');
    expect(haversineM(pointOf(id), seat)).toBeLessThanOrEqual(p.precision_m);
    // A town-level position is never claimed better than a town: at least 3 km.
    expect(p.precision_m).toBeGreaterThanOrEqual(3000);
  });
});

describe('basemap points against their published positions', () => {
  it('puts the district government within its stated 1 km of the Wikipedia coordinate of 武进区', () => {
    // 31°42′07″N 119°56′16″E
    const published = [119 + 56 / 60 + 16 / 3600, 31 + 42 / 60 + 7 / 3600];
    expect(haversineM(towns.get('wujin-government')!, published)).toBeLessThanOrEqual(1000);
  });

  it('puts 牛塘 within its stated 1.5 km of the GeoNames point, west of the district government', () => {
    expect(haversineM(towns.get('niutang')!, [119.9003, 31.732])).toBeLessThanOrEqual(1500);
    expect(towns.get('niutang')![0]).toBeLessThan(towns.get('wujin-government')![0]);
  });
});

describe('notes a reader sees', () => {
  const notes = places.flatMap((p) => [
    [p.properties.id, p.properties.source],
    [p.properties.id, p.properties.source_zh],
    ...(p.properties.updates ?? []).flatMap((u) => [
      [p.properties.id, u.note_en],
      [p.properties.id, u.note_zh],
    ]),
  ]);

  it('never name a file of the repository', () => {
    const withPath = notes.filter(([, text]) => /geo\/|scripts\/|\.mjs|\.geojson/.test(text));
    expect(withPath).toEqual([]);
  });

  it('give every source note in Chinese in the Chinese column, not English', () => {
    const han = /\p{Script=Han}/gu;
    const latinWords = /[A-Za-z]{4,}/g;
    const mostlyLatin = places
      .map((p) => p.properties)
      .filter((p) => (p.source_zh.match(latinWords) ?? []).length > (p.source_zh.match(han) ?? []).length / 8)
      .map((p) => p.id);
    expect(mostlyLatin).toEqual([]);
  });
});

describe('what happened since the report', () => {
  const withUpdates = places.filter((p) => p.properties.updates);

  it('carries dated, sourced facts for the places public pages report on', () => {
    expect(withUpdates.map((p) => p.properties.id).sort()).toEqual([
      'binhu-wwtp-2',
      'changtai-railway',
      'gehu-dredging',
      'gehu-farmland-to-lake-2',
      'huahai-avenue',
      'metro-5-pilot',
      'nju-institute',
      'tenglong-expressway',
      'xiyuan-road-school',
      'yanghu-water-purification',
      'yrd-youth-hub',
    ]);
    for (const p of withUpdates)
      for (const u of p.properties.updates!) {
        expect(u.date >= '2024-01-01', `${p.properties.id} ${u.date}`).toBe(true);
        expect(new URL(u.source_url).protocol).toMatch(/^https?:$/);
      }
  });

  it('never replaces what the report said', () => {
    // The report has 腾龙大道 under construction; its later opening is an update beside that, not a new status.
    const tenglong = byId.get('tenglong-expressway')!.properties;
    expect(tenglong.status).toBe('under_construction');
    expect(tenglong.updates?.[0].status).toBe('completed');
  });
});
