/**
 * EPSG:4549 (CGCS2000 3-degree Gauss–Krüger, central meridian 120° E), used to read official
 * boundary files, through proj4. The reference grid values (PROJ's transverse Mercator, +proj=tmerc
 * +lon_0=120 +k=1 +x_0=500000 +ellps=GRS80) agreed with an earlier hand-written Krüger series to
 * the millimetre; they now guard the definition string.
 */
import { describe, expect, it } from 'vitest';
import {
  epsg4549ToLonLat,
  gridToLonLat,
  lonLatToGrid,
} from '../../../../geo/scripts/basemap/gauss-kruger.mjs';

const REFERENCE: { lonLat: [number, number]; grid: [number, number] }[] = [
  { lonLat: [119.956, 31.7], grid: [495828.8211, 3508588.0191] },
  { lonLat: [120.0, 31.5], grid: [500000.0, 3486411.2106] },
  { lonLat: [119.5, 32.0], grid: [452753.1641, 3541961.6804] },
];

describe('Gauss–Krüger EPSG:4549', () => {
  it.each(REFERENCE)('projects $lonLat as PROJ does, to the millimetre', ({ lonLat, grid }) => {
    const [e, n] = lonLatToGrid(...lonLat);
    expect(Math.abs(e - grid[0])).toBeLessThan(0.001);
    expect(Math.abs(n - grid[1])).toBeLessThan(0.001);
  });

  it.each(REFERENCE)('inverts $grid back to $lonLat', ({ lonLat, grid }) => {
    const [lon, lat] = gridToLonLat(...grid);
    expect(Math.abs(lon - lonLat[0])).toBeLessThan(1e-8);
    expect(Math.abs(lat - lonLat[1])).toBeLessThan(1e-8);
  });

  it('round-trips across the whole zone to well under a millimetre', () => {
    for (let lon = 118.5; lon <= 121.5; lon += 0.5) {
      for (let lat = 30; lat <= 33; lat += 0.5) {
        const [x, y] = gridToLonLat(...lonLatToGrid(lon, lat));
        expect(Math.abs(x - lon) * 95000).toBeLessThan(1e-4);
        expect(Math.abs(y - lat) * 111000).toBeLessThan(1e-4);
      }
    }
  });

  it('reads easting-first and northing-first files alike', () => {
    const [e, n] = lonLatToGrid(119.956, 31.7);
    expect(epsg4549ToLonLat([e, n])).toEqual(epsg4549ToLonLat([n, e]));
    expect(epsg4549ToLonLat([e, n])[0]).toBeCloseTo(119.956, 9);
  });

  it('refuses coordinates that are not EPSG:4549, such as zone-prefixed eastings', () => {
    expect(() => epsg4549ToLonLat([40495828.8, 3508588.0])).toThrow(/EPSG:4549/);
    expect(() => epsg4549ToLonLat([119.956, 31.7])).toThrow(/EPSG:4549/);
  });
});
