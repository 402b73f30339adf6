// The halo's area against plane geometry: a circle of radius R cut by a straight edge at distance
// d from its centre keeps R²·acos(d/R) − d·√(R² − d²) on the far side (a circular segment), and
// the whole circle, πR², when nothing cuts it. Turf's area is geodesic and its circle a polygon of
// 96 sides, so the two agree to well within 1 % at a few kilometres.
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { haloShape, maxHaloRadiusM, metresPerPixel } from '../../../src/lib/geo/halo';

const LON = 119.95;
const LAT = 31.6;
/** Metres per degree of longitude at LAT (spherical Earth, as turf's circle uses). */
const M_PER_DEG_LON = ((6_371_008.8 * Math.PI) / 180) * Math.cos((LAT * Math.PI) / 180);

/** The half-plane east of the meridian `dM` metres east of the centre, as a large rectangle. */
function eastOf(dM: number): Polygon {
  const west = LON + dM / M_PER_DEG_LON;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, LAT - 1],
        [west + 1, LAT - 1],
        [west + 1, LAT + 1],
        [west, LAT + 1],
        [west, LAT - 1],
      ],
    ],
  };
}

/** The part of a circle of radius r beyond a chord at distance d from its centre. */
const segmentM2 = (r: number, d: number) => r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d);

describe('haloShape', () => {
  test('a circle whose centre lies in the clip, cut by the clip’s straight edge, keeps the segment beyond it', () => {
    const r = 5000;
    // The edge is 2 km west of the centre: all but the segment west of it stays.
    const shape = haloShape([LON, LAT], r, eastOf(-2000));
    const expected = Math.PI * r * r - segmentM2(r, 2000);
    expect(shape).not.toBeNull();
    expect(area(shape!) / expected).toBeCloseTo(1, 2);
  });

  test('the edge through the centre keeps half the circle', () => {
    const r = 3000;
    const shape = haloShape([LON, LAT], r, eastOf(-1e-6));
    expect(area(shape!) / ((Math.PI * r * r) / 2)).toBeCloseTo(1, 2);
  });

  test('a clip that holds the whole circle keeps all of it; a centre outside the clip is not cut', () => {
    const r = 2500;
    expect(area(haloShape([LON, LAT], r, eastOf(-5000))!) / (Math.PI * r * r)).toBeCloseTo(1, 2);
    expect(area(haloShape([LON, LAT], r, eastOf(1000))!) / (Math.PI * r * r)).toBeCloseTo(1, 2);
    expect(area(haloShape([LON, LAT], r, null)!) / (Math.PI * r * r)).toBeCloseTo(1, 2);
  });

  test('the cap shrinks the radius, and no radius means no halo', () => {
    const shape = haloShape([LON, LAT], 5000, null, 1200);
    expect(area(shape!) / (Math.PI * 1200 * 1200)).toBeCloseTo(1, 2);
    expect(haloShape([LON, LAT], 0, null)).toBeNull();
  });
});

describe('the cap', () => {
  test('metres per pixel: 512 px tiles at the equator and at zoom 0 span the Earth', () => {
    expect(metresPerPixel(0, 0) * 512).toBeCloseTo(40_075_016.686, 0);
    expect(metresPerPixel(10, 60) / metresPerPixel(10, 0)).toBeCloseTo(0.5, 6);
    expect(metresPerPixel(11, LAT) * 2).toBeCloseTo(metresPerPixel(10, LAT), 6);
  });

  test('40 % of a 390 px side at zoom 10 near Wujin', () => {
    // 40075016.686 · cos 31.6° / (512 · 1024) m per px, times 0.4 · 390.
    const expected = 0.4 * 390 * ((40_075_016.686 * Math.cos((31.6 * Math.PI) / 180)) / (512 * 1024));
    expect(maxHaloRadiusM(10, 31.6, 390)).toBeCloseTo(expected, 6);
  });
});
