/**
 * The basemap's points (towns and 街道, the district seat, the neighbouring cities' labels) and the
 * surveyed station, against coordinates published elsewhere. Each reference below is written here
 * from its public source (named beside it), and each point must lie within its own stated
 * precision of it, by a haversine written in this file. Points with no usable public coordinate
 * are listed as such, so a new point cannot slip in unchecked; geo/scripts/*.source.json records
 * for every point when it was checked, against what and how far off it was.
 */
import { readFileSync } from 'node:fs';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineM } from '../../oracles/haversine';
import { WUJIN_TOWN_IDS } from '../../fixtures/wujin-towns';

interface PointProps {
  precision: string;
  precision_m: number;
}
interface SourceEntry {
  id: string;
  lonlat: [number, number];
  checked?: { on: string; against: string; offset_m?: number };
}

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;

const basemap = ['towns', 'places'].flatMap(
  (file) => readJson<{ features: Feature<Point, PointProps>[] }>(`geo/basemap/${file}.geojson`).features,
);
const transport = readJson<{ features: Feature<Point | null, PointProps & { id: string }>[] }>(
  'geo/layers/transport.geojson',
).features;

/** Degrees, minutes, seconds → decimal degrees. */
const dms = (d: number, m: number, s = 0) => d + m / 60 + s / 3600;

/** [lon, lat] each point is checked against, from the public source named beside it. */
const REFERENCES: Record<string, [number, number]> = {
  // Chinese Wikipedia, 武进区: 31°42′07″N 119°56′16″E (the district seat in 湖塘).
  'wujin-government': [dms(119, 56, 16), dms(31, 42, 7)],
  // GeoNames, Niutang (republished in public datasets as 119.900272 E, 31.731975 N).
  niutang: [119.9003, 31.732],
  // Wikivoyage, Changzhou: the city map's centre, 31.7835 N 119.9507 E.
  'changzhou-centre': [119.9507, 31.7835],
  // Russian and Swedish Wikipedia, 金坛: 31°44′34″N 119°34′22″E.
  'jintan-district': [dms(119, 34, 22), dms(31, 44, 34)],
  // Russian Wikipedia, 溧阳: 31°25′02″N 119°28′43″E.
  'liyang-city': [dms(119, 28, 43), dms(31, 25, 2)],
  // English Wikipedia, Wuxi (2017 revision): 31°34′N 120°18′E.
  wuxi: [dms(120, 18), dms(31, 34)],
  // English Wikipedia, Yixing: 31°21′36″N 119°48′54″E.
  yixing: [dms(119, 48, 54), dms(31, 21, 36)],
  // English Wikipedia, Danyang: 32°00′00″N 119°35′10″E.
  danyang: [dms(119, 35, 10), 32],
  // Dutch Wikipedia, Zhangjiagang: 31°53′N 120°33′E.
  zhangjiagang: [dms(120, 33), dms(31, 53)],
  // English Wikipedia, Jingjiang: 32.009 N 120.263 E.
  jingjiang: [120.263, 32.009],
  // 武进站 on the 沪宁沿江高铁: 119.9424 E, 31.6603 N (±150 m), as published for the station.
  'wujin-station': [119.9424, 31.6603],
};

/** Points with no usable public coordinate, and why (geo/SOURCES.md gives the details). */
const UNVERIFIED: Record<string, string> = {
  // 牛塘's seat has a published coordinate (above); the other 15 have none.
  ...Object.fromEntries(
    WUJIN_TOWN_IDS.filter((id) => id !== 'niutang').map((id) => [
      id,
      'no public coordinate of the town or 街道 seat was found',
    ]),
  ),
  'tianning-district': 'a label inside the district outline, not a seat',
  'zhonglou-district': 'a label inside the district outline, not a seat',
  'xinbei-district': 'a label inside the district outline, not a seat',
  // English Wikipedia's 31.839 N 120.295 E lies 12 km from the Yangtze, on whose bank the city stands.
  jiangyin: 'the only public coordinate found marks the county-level city, not its centre',
};

const pointById = new Map<string, { at: number[]; precisionM: number }>([
  ...basemap.map(
    (f) => [String(f.id), { at: f.geometry.coordinates, precisionM: f.properties.precision_m }] as const,
  ),
  ...transport
    .filter((f) => f.id === 'wujin-station')
    .map(
      (f) => [String(f.id), { at: f.geometry!.coordinates, precisionM: f.properties.precision_m }] as const,
    ),
]);

describe('basemap points against published coordinates', () => {
  it('checks every basemap point, or says why it cannot', () => {
    const ids = basemap.map((f) => String(f.id)).sort();
    const accounted = [...Object.keys(REFERENCES), ...Object.keys(UNVERIFIED)].filter(
      (id) => id !== 'wujin-station',
    );
    expect(accounted.sort()).toEqual(ids);
  });

  it.each(Object.entries(REFERENCES))('puts %s within its stated precision of %j', (id, reference) => {
    const point = pointById.get(id);
    expect(point, id).toBeDefined();
    expect(haversineM(point!.at, reference)).toBeLessThanOrEqual(point!.precisionM);
  });

  it('records for every point when it was checked and against what, with the offset the references give', () => {
    for (const file of ['towns', 'places']) {
      const entries = readJson<{ features: SourceEntry[] }>(`geo/scripts/${file}.source.json`).features;
      for (const e of entries) {
        expect(e.checked?.on, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(e.checked?.against.length, e.id).toBeGreaterThan(10);
        const reference = REFERENCES[e.id];
        if (reference) {
          // The recorded offset agrees with the distance measured here, to the metre's rounding.
          expect(Math.abs((e.checked?.offset_m ?? NaN) - haversineM(e.lonlat, reference)), e.id).toBeLessThan(
            1,
          );
        } else {
          expect(e.checked?.offset_m, e.id).toBeUndefined();
        }
      }
    }
  });
});
