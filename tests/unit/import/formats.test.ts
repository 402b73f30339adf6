// Each format a planner's file comes in, read from fixtures written byte by byte by
// tests/fixtures/import/make-fixtures.mjs (no library of the atlas's made them). Positions are
// checked against the longitude/latitude the fixtures were made from (expected.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, Point, Polygon, LineString } from 'geojson';
import { readFiles } from '../../../src/lib/import/read';
import type { UserData, UserDataResult } from '../../../src/lib/geo/user-data';

const dir = new URL('../../fixtures/import/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  plots: { name: string; use: string; areaHa: number; first: [number, number] }[];
  stations: { name: string; lon: number; lat: number }[];
  dxf: {
    line: [number, number][];
    ring: [number, number][];
    point: [number, number];
    text: [string, number, number];
  };
};

function fixture(path: string, as = path.split('/').pop()!): { name: string; bytes: ArrayBuffer } {
  const b = readFileSync(new URL(path, dir));
  return { name: as, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
}

function only(results: UserDataResult[]): UserData {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (!r.ok) throw new Error(r.problem.en);
  return r.value;
}

/** 1e-7° is about a centimetre here. */
function expectNear(actual: number[], lonLat: readonly number[], what: string): void {
  expect(Math.abs(actual[0] - lonLat[0]), `${what} longitude`).toBeLessThan(1e-7);
  expect(Math.abs(actual[1] - lonLat[1]), `${what} latitude`).toBeLessThan(1e-7);
}

function byName(data: UserData, key = 'name'): Map<string, Feature> {
  return new Map(data.data.features.map((f) => [String(f.properties?.[key]), f]));
}

/** Every station of expected.json stands where that file says, found by its name under `key`. */
function expectStations(data: UserData, key = 'name'): Map<string, Feature> {
  const features = byName(data, key);
  for (const s of expected.stations)
    expectNear((features.get(s.name)!.geometry as Point).coordinates, [s.lon, s.lat], s.name);
  return features;
}

describe('Shapefile', () => {
  it('four parts chosen together: GBK attributes without a .cpg, EPSG:4549 from the .prj', async () => {
    const data = only(
      await readFiles(
        ['plots.shp', 'plots.shx', 'plots.dbf', 'plots.prj'].map((p) => fixture(`plots/${p}`)),
        'WGS84',
      ),
    );
    expect(data.format).toBe('shapefile');
    expect(data.convertedFrom).toBe('EPSG:4549');
    expect(data.counts).toEqual({ points: 0, lines: 0, areas: 2 });
    const features = byName(data, '名称');
    for (const plot of expected.plots) {
      const f = features.get(plot.name);
      expect(f, plot.name).toBeDefined();
      expect(f!.properties).toMatchObject({ 用地性质: plot.use, AREA_HA: plot.areaHa });
      const ring = (f!.geometry as Polygon).coordinates[0];
      expect(
        ring.some((p) => Math.abs(p[0] - plot.first[0]) < 1e-7 && Math.abs(p[1] - plot.first[1]) < 1e-7),
      ).toBe(true);
    }
  });

  it('zipped, in a folder of the archive', async () => {
    const data = only(await readFiles([fixture('plots.zip')], 'WGS84'));
    expect(data.name).toBe('plots.zip');
    expect([...byName(data, '名称').keys()].sort()).toEqual(expected.plots.map((p) => p.name).sort());
  });

  it('a .dbf without its .shp is refused, naming what is missing', async () => {
    const [r] = await readFiles([fixture('plots/plots.dbf')], 'WGS84');
    expect(r.ok ? 'loaded' : r.problem.en).toMatch(/needs the \.shp file/);
  });

  it('a .prj the atlas cannot use is refused, naming the system', async () => {
    const xian = new TextEncoder().encode(
      'PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]],PROJECTION["Gauss_Kruger"]]',
    );
    const [r] = await readFiles(
      [
        fixture('plots/plots.shp'),
        fixture('plots/plots.dbf'),
        { name: 'plots.prj', bytes: xian.buffer as ArrayBuffer },
      ],
      'WGS84',
    );
    expect(r.ok ? 'loaded' : r.problem.en).toMatch(
      /declares the coordinate system “Xian_1980_3_Degree_GK_CM_120E”/,
    );
  });
});

describe('KML, KMZ and GPX', () => {
  it.each(['stations.kml', 'stations.kmz'])(
    '%s: placemarks by name at their longitude/latitude, and the line',
    async (file) => {
      const data = only(await readFiles([fixture(file)], 'WGS84'));
      expect(data.format).toBe('kml');
      expect(data.counts).toEqual({ points: 3, lines: 1, areas: 0 });
      expectStations(data);
    },
  );

  it('GPX: waypoints and the track', async () => {
    const data = only(await readFiles([fixture('track.gpx')], 'WGS84'));
    expect(data.format).toBe('gpx');
    expect(data.counts).toEqual({ points: 3, lines: 1, areas: 0 });
    const track = byName(data).get('巡查路线')!.geometry as LineString;
    expectNear(track.coordinates[2], [expected.stations[2].lon, expected.stations[2].lat], 'track end');
  });

  it('XML that is neither is refused', async () => {
    const [r] = await readFiles(
      [{ name: 'x.kml', bytes: new TextEncoder().encode('<html><body/></html>').buffer as ArrayBuffer }],
      'WGS84',
    );
    expect(r.ok ? 'loaded' : r.problem.en).toMatch(/not a valid KML or GPX/);
  });
});

describe('tables', () => {
  it('CSV saved in GBK with 经度/纬度 columns', async () => {
    const data = only(await readFiles([fixture('stations-gbk.csv')], 'WGS84'));
    expect(data.format).toBe('csv');
    const features = expectStations(data, '名称');
    for (const s of expected.stations) expect(features.get(s.name)!.properties?.备注).toBe('测试');
  });

  it('CSV in Gauss–Krüger metres, X northing and Y easting with the zone number', async () => {
    const data = only(await readFiles([fixture('stations-gk.csv')], 'WGS84'));
    expect(data.convertedFrom).toBe('EPSG:4528');
    // Three decimals of a metre in the file: a millimetre, about 1e-8°.
    expectStations(data, '名称');
  });

  it('XLSX: the first sheet, 名称/经度/纬度', async () => {
    const data = only(await readFiles([fixture('stations.xlsx')], 'WGS84'));
    expect(data.format).toBe('xlsx');
    expectStations(data, '名称');
  });

  it('a table without coordinate columns, and rows without coordinates, are said so', async () => {
    const enc = (t: string) => new TextEncoder().encode(t).buffer as ArrayBuffer;
    const [none] = await readFiles([{ name: 'a.csv', bytes: enc('名称,地址\n甲,某路\n') }], 'WGS84');
    expect(none.ok ? 'loaded' : none.problem.en).toMatch(/no coordinate columns/);
    const partial = only(
      await readFiles([{ name: 'b.csv', bytes: enc('name,lon,lat\na,119.9,31.7\nb,,\nc,x,y\n') }], 'WGS84'),
    );
    expect(partial.data.features).toHaveLength(1);
    expect(partial.notices?.map((n) => n.en)).toEqual([
      '2 rows of “b.csv” have no usable coordinates and are not shown.',
    ]);
  });

  it('swapped longitude and latitude are described as swapped', async () => {
    const enc = (t: string) => new TextEncoder().encode(t).buffer as ArrayBuffer;
    const [r] = await readFiles([{ name: 's.csv', bytes: enc('name,lon,lat\na,31.7,119.9\n') }], 'WGS84');
    expect(r.ok ? 'loaded' : r.problem.en).toMatch(/seem swapped/);
  });
});

describe('DXF', () => {
  it('lines, a closed polyline as an area, a point and a text, from Gauss–Krüger metres', async () => {
    const data = only(await readFiles([fixture('plan-gk.dxf')], 'WGS84'));
    expect(data.format).toBe('dxf');
    expect(data.convertedFrom).toBe('EPSG:4549');
    expect(data.counts).toEqual({ points: 2, lines: 1, areas: 1 });
    const byLayer = byName(data, 'layer');
    const line = byLayer.get('道路')!.geometry as LineString;
    expectNear(line.coordinates[0], expected.dxf.line[0], 'line start');
    expectNear(line.coordinates[1], expected.dxf.line[1], 'line end');
    const area = byLayer.get('地块')!.geometry as Polygon;
    expected.dxf.ring.forEach((p, i) => expectNear(area.coordinates[0][i], p, `ring ${i}`));
    expectNear((byLayer.get('站点')!.geometry as Point).coordinates, expected.dxf.point, 'point');
    const text = byLayer.get('注记')!;
    expect(text.properties?.text).toBe(expected.dxf.text[0]);
    expectNear((text.geometry as Point).coordinates, expected.dxf.text.slice(1) as number[], 'text');
  });
});

describe('several files at once', () => {
  it('give one result each, problems and layers alike; an unknown format is named', async () => {
    const results = await readFiles(
      [
        fixture('stations.kml'),
        { name: 'notes.docx', bytes: new Uint8Array([1, 2, 3]).buffer },
        fixture('plots.zip'),
      ],
      'WGS84',
    );
    expect(results.map((r) => (r.ok ? r.value.name : 'problem'))).toEqual([
      'problem',
      'stations.kml',
      'plots.zip',
    ]);
    const problem = results.find((r) => !r.ok);
    expect(problem && !problem.ok ? problem.problem.en : '').toMatch(/format of “notes.docx” is not one/);
  });
});
