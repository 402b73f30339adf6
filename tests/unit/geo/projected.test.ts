import { describe, expect, it } from 'vitest';
import { detectProjected, namedEpsg, PROJECTED_CRS } from '../../../src/lib/geo/projected';
import { parseUserData } from '../../../src/lib/geo/user-data';

/**
 * Gauss–Krüger (transverse Mercator, scale 1 on the central meridian 120° E) on the GRS80
 * ellipsoid, by Krüger's series in n: written here from the textbook formulas so the test does
 * not check proj4 against itself. Accurate to well under a millimetre within the zone.
 */
function gaussKruger(lon: number, lat: number, falseEastingM: number): [number, number] {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5,
    (61 * n ** 3) / 240,
  ];
  const rad = Math.PI / 180;
  const phi = lat * rad;
  const dLambda = (lon - 120) * rad;
  const c = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - c * Math.atanh(c * Math.sin(phi)));
  const xi = Math.atan(t / Math.cos(dLambda));
  const eta = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let e = eta;
  let nn = xi;
  alpha.forEach((al, i) => {
    const j = 2 * (i + 1);
    e += al * Math.cos(j * xi) * Math.sinh(j * eta);
    nn += al * Math.sin(j * xi) * Math.cosh(j * eta);
  });
  return [falseEastingM + A * e, A * nn];
}

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
        features: places.map(([, lon, lat]) => feature(gaussKruger(lon, lat, falseEasting))),
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
    const ring = [
      [119.9, 31.7],
      [119.95, 31.7],
      [119.95, 31.75],
      [119.9, 31.7],
    ].map(([lon, lat]) => gaussKruger(lon, lat, 500_000));
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
    const named = (name: unknown) => namedEpsg({ crs: { type: 'name', properties: { name } } });
    expect(named('EPSG:4549')).toBe(4549);
    expect(named('urn:ogc:def:crs:EPSG::4528')).toBe(4528);
    expect(named('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
    expect(named(4549)).toBeNull();
    expect(named('local grid')).toBeNull();
    expect(namedEpsg(null)).toBeNull();
  });

  it('does not take other metres for Gauss–Krüger: UTM 51N, or a mix of zones', () => {
    expect(detectProjected([[216_000, 3_510_000]], null)).toBeNull();
    expect(
      detectProjected(
        [
          [494_000, 3_508_000],
          [40_494_000, 3_508_000],
        ],
        null,
      ),
    ).toBeNull();
    expect(detectProjected([[494_000, 3_508_000]], null)?.epsg).toBe(4549);
    // A named zone is believed even where the size alone would not tell.
    expect(detectProjected([[216_000, 3_510_000]], 4549)?.epsg).toBe(4549);
    expect(PROJECTED_CRS.map((c) => c.epsg)).toEqual([4549, 4528]);
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
      polygon(ring.map(([lon, lat]) => gaussKruger(lon, lat, 500_000))),
      'outline-gk.geojson',
      'WGS84',
    );
    if (!inMetres.ok) throw new Error(inMetres.problem.en);
    expect(inMetres.value.bbox[0]).toBeCloseTo(119.9, 6);
    // 200,000 vertices projected twice: seconds on a busy two-core machine, not a speed claim.
  }, 30_000);
});
