import { describe, expect, it } from 'vitest';
import { crsFromEpsg, crsFromGeoJson, crsFromPrj, guessGaussKruger } from '../../../src/lib/geo/projected';
import { parseUserData } from '../../../src/lib/geo/user-data';
import { gaussKruger } from '../../oracles/gauss-kruger.mjs';
import { path } from './shapes';

// Gauss–Krüger positions come from tests/oracles/gauss-kruger.mjs, Krüger's series written from the
// textbook formulas, so the test does not check proj4 against itself.

const places: [string, number, number][] = [
  ['武进区人民政府', 119.9423, 31.7012],
  ['滆湖', 119.8064, 31.5995],
  ['雪堰镇', 120.0836, 31.5203],
];

function feature(coordinates: number[]) {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } };
}

describe('CGCS2000 Gauss–Krüger data', () => {
  it.each([
    [4549, 500_000],
    [4528, 40_500_000],
  ])(
    'in EPSG:%i is recognised by its coordinates and converted to within a centimetre',
    (epsg, falseEasting) => {
      const text = JSON.stringify({
        type: 'FeatureCollection',
        features: places.map(([, lon, lat]) => feature(gaussKruger(lon, lat, 120, falseEasting))),
      });
      const result = parseUserData(text, 'plan.geojson', 'WGS84');
      if (!result.ok) throw new Error(result.problem.en);
      expect(result.value.convertedFrom).toBe(`EPSG:${epsg}`);
      result.value.data.features.forEach((f, i) => {
        const [lon, lat] = (f.geometry as { coordinates: number[] }).coordinates;
        // 1e-7° is about a centimetre here.
        expect(Math.abs(lon - places[i][1]), places[i][0]).toBeLessThan(1e-7);
        expect(Math.abs(lat - places[i][2]), places[i][0]).toBeLessThan(1e-7);
      });
    },
  );

  it('follows the file’s own crs member, and converts lines and areas too', () => {
    const ring = path('119.9 31.7, 119.95 31.7, 119.95 31.75, 119.9 31.7').map(([lon, lat]) =>
      gaussKruger(lon, lat, 120, 500_000),
    );
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } },
      features: [
        { type: 'Feature', properties: { 名称: '地块' }, geometry: { type: 'Polygon', coordinates: [ring] } },
      ],
    });
    const result = parseUserData(text, 'plot.geojson', 'GCJ02');
    if (!result.ok) throw new Error(result.problem.en);
    // Metres are CGCS2000: the GCJ-02 choice, meant for Amap's degrees, does not apply to them.
    expect(result.value.convertedFrom).toBe('EPSG:4549');
    const [[first]] = (result.value.data.features[0].geometry as { coordinates: number[][][] }).coordinates;
    expect(first[0]).toBeCloseTo(119.9, 7);
    expect(first[1]).toBeCloseTo(31.7, 7);
    expect(result.value.data.features[0].properties).toEqual({ 名称: '地块' });
    expect(result.value.bbox[2]).toBeCloseTo(119.95, 7);
  });

  it('reads the EPSG code from the usual ways of naming it', () => {
    const named = (name: unknown) => {
      const d = crsFromGeoJson({ crs: { type: 'name', properties: { name } } });
      return d === null ? null : d.ok ? d.crs.id : `refused ${d.name}`;
    };
    expect(named('EPSG:4549')).toBe('EPSG:4549');
    expect(named('urn:ogc:def:crs:EPSG::4528')).toBe('EPSG:4528');
    expect(named('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(named('EPSG:4490')).toBe('EPSG:4490');
    expect(named('EPSG:32651')).toBe('EPSG:32651');
    // Xian 1980 / 3-degree GK CM 120E: a datum the atlas has no parameters for.
    expect(named('EPSG:2385')).toBe('refused EPSG:2385');
    expect(named('local grid')).toBe('refused local grid');
    expect(crsFromGeoJson({ type: 'FeatureCollection' })).toBeNull();
  });
});

describe('coordinate systems from their EPSG codes', () => {
  it.each([
    // [code, central meridian, false easting]
    [4513, 75, 25_500_000],
    [4528, 120, 40_500_000],
    [4533, 135, 45_500_000],
    [4534, 75, 500_000],
    [4548, 117, 500_000],
    [4549, 120, 500_000],
    [4554, 135, 500_000],
    [4491, 75, 13_500_000],
    [4502, 75, 500_000],
    [4510, 123, 500_000],
  ])('EPSG:%i is transverse Mercator on %i° E with false easting %i m', (code, lon0, x0) => {
    const crs = crsFromEpsg(code);
    expect(crs?.proj).toContain(`+lon_0=${lon0} `);
    expect(crs?.proj).toContain(`+x_0=${x0} `);
  });

  it('UTM zones come from the 326xx/327xx pattern; other codes are not guessed', () => {
    expect(crsFromEpsg(32650)?.proj).toContain('+zone=50 ');
    expect(crsFromEpsg(32651)?.proj).toContain('+zone=51 ');
    expect(crsFromEpsg(32751)?.proj).toContain('+south');
    for (const code of [4512 + 43, 4555, 2385, 2437, 3395, 4214]) expect(crsFromEpsg(code)).toBeNull();
  });

  it('converts the 117° E zone (EPSG:4548) with its own meridian: a Hefei point lands in Hefei', () => {
    const [x, y] = gaussKruger(117.27, 31.86, 117, 500_000);
    const text = JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4548' } },
      features: [feature([x, y])],
    });
    const result = parseUserData(text, 'hefei.geojson', 'WGS84');
    // Declared and converted honestly: it lies outside the atlas, and the notice says where.
    if (result.ok) throw new Error('expected a problem');
    expect(result.problem.en).toMatch(/longitude 117\.27–117\.27, latitude 31\.86–31\.86/);
  });
});

describe('a Shapefile’s .prj', () => {
  const esri3 = (name: string, cm: number, fe: number) =>
    `PROJCS["${name}",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${fe}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
  const id = (wkt: string) => {
    const d = crsFromPrj(wkt);
    return d.ok ? d.crs.id : `refused ${d.name}`;
  };

  it('names Esri’s CGCS2000 Gauss–Krüger systems by their names or, failing that, their parameters', () => {
    expect(id(esri3('CGCS2000_3_Degree_GK_CM_120E', 120, 500000))).toBe('EPSG:4549');
    expect(id(esri3('CGCS2000_3_Degree_GK_Zone_40', 120, 40500000))).toBe('EPSG:4528');
    expect(id(esri3('CGCS2000_3_Degree_GK_CM_117E', 117, 500000))).toBe('EPSG:4548');
    expect(id(esri3('My_Own_Name', 120, 500000))).toBe('EPSG:4549');
    expect(id(esri3('Other_zone40', 120, 40500000))).toBe('EPSG:4528');
  });

  it('reads geographic CGCS2000 and WGS84, UTM by name, and an OGC code closing the text', () => {
    expect(
      id(
        'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ),
    ).toBe('EPSG:4490');
    expect(
      id(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
      ),
    ).toBe('EPSG:4326');
    expect(
      id(
        'PROJCS["WGS_1984_UTM_Zone_51N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
      ),
    ).toBe('EPSG:32651');
    expect(
      id(
        'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 120E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4490"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",120],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","4549"]]',
      ),
    ).toBe('EPSG:4549');
  });

  it('refuses, by name, the systems it cannot convert (Xian 1980, Beijing 1954, a local grid)', () => {
    expect(
      id(
        'PROJCS["Xian_1980_3_Degree_GK_CM_120E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
      ),
    ).toBe('refused Xian_1980_3_Degree_GK_CM_120E');
    expect(
      id('GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]]]'),
    ).toBe('refused GCS_Beijing_1954');
    expect(id('not a wkt at all')).toBe('refused not a wkt at all');
  });
});

describe('undeclared metres', () => {
  it('take the zone from the easting’s prefix, else 120° E; mixed zones are no zone', () => {
    expect(guessGaussKruger([[494_000, 3_508_000]])?.id).toBe('EPSG:4549');
    expect(guessGaussKruger([[40_494_000, 3_508_000]])?.id).toBe('EPSG:4528');
    expect(guessGaussKruger([[39_494_000, 3_508_000]])?.id).toBe('EPSG:4527');
    expect(
      guessGaussKruger([
        [494_000, 3_508_000],
        [40_494_000, 3_508_000],
      ]),
    ).toBeNull();
  });

  it('are refused when, read as Gauss–Krüger, they would lie outside the region (UTM 51N, the 117° E zone)', () => {
    const fc = (...coords: number[][]) =>
      JSON.stringify({ type: 'FeatureCollection', features: coords.map((c) => feature(c)) });
    const utm = parseUserData(fc([216_000, 3_510_000]), 'utm.geojson', 'WGS84');
    expect(utm.ok ? 'loaded' : utm.problem.en).toMatch(
      /projected \(metres\) and declare no coordinate system/,
    );
    // Wujin in the 117° E zone: eastings near 785 km, which read as 120° E land near 123° E.
    const zone117 = parseUserData(fc(gaussKruger(119.94, 31.7, 117, 500_000)), 'z117.geojson', 'WGS84');
    expect(zone117.ok ? 'loaded' : zone117.problem.en).toMatch(/declare no coordinate system/);
    // The same file declaring its zone loads where it belongs.
    const declared = parseUserData(
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:4548' } },
        features: [feature(gaussKruger(119.94, 31.7, 117, 500_000))],
      }),
      'z117.geojson',
      'WGS84',
    );
    if (!declared.ok) throw new Error(declared.problem.en);
    const [lon, lat] = (declared.value.data.features[0].geometry as { coordinates: number[] }).coordinates;
    expect(Math.abs(lon - 119.94)).toBeLessThan(1e-7);
    expect(Math.abs(lat - 31.7)).toBeLessThan(1e-7);
  });
});

describe('a long outline', () => {
  it('is read whole, in degrees or in metres (no limit from the call stack)', () => {
    const n = 200_000;
    const ring = Array.from({ length: n }, (_, i) => {
      const a = (2 * Math.PI * i) / n;
      return [119.95 + 0.05 * Math.cos(a), 31.7 + 0.04 * Math.sin(a)];
    });
    ring.push(ring[0]);
    const polygon = (coordinates: number[][]) =>
      JSON.stringify({ type: 'Polygon', coordinates: [coordinates] });
    const inDegrees = parseUserData(polygon(ring), 'outline.geojson', 'WGS84');
    expect(inDegrees.ok).toBe(true);
    const inMetres = parseUserData(
      polygon(ring.map(([lon, lat]) => gaussKruger(lon, lat, 120, 500_000))),
      'outline-gk.geojson',
      'WGS84',
    );
    if (!inMetres.ok) throw new Error(inMetres.problem.en);
    expect(inMetres.value.bbox[0]).toBeCloseTo(119.9, 6);
    // 200,000 vertices projected twice: seconds on a busy two-core machine, not a speed claim.
  }, 30_000);
});
