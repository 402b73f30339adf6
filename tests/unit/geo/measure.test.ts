import { describe, expect, it } from 'vitest';
import { isClosable, measure, measureFeatures } from '../../../src/lib/geo/measure';
import type { LonLat } from '../../../src/lib/geo/near';
import { formatArea, formatLength } from '../../../src/lib/ui/measure/format';

/** Metres per degree of latitude on a sphere of the mean earth radius (6371.0088 km). */
const M_PER_DEG_LAT = (Math.PI / 180) * 6_371_008.8;

describe('measuring on the map', () => {
  it('measures a line along the clicked points, geodesically', () => {
    const { lengthM, areaM2 } = measure(
      [
        [120, 31],
        [120, 32],
      ],
      false,
    );
    expect(lengthM).toBeCloseTo(M_PER_DEG_LAT, -1);
    expect(areaM2).toBeNull();
  });

  it('adds up the sides of a path', () => {
    const points: LonLat[] = [
      [120, 31],
      [120, 31.1],
      [120, 31.3],
    ];
    expect(measure(points, false).lengthM).toBeCloseTo(0.3 * M_PER_DEG_LAT, -1);
  });

  it('closes a shape of three or more points: area, and the perimeter as its length', () => {
    // About 1 km by 1 km near Wujin: 0.01° of latitude, and the longitude step that matches it at 31.7° N.
    const dLon = 0.01 / Math.cos((31.7 * Math.PI) / 180);
    const square: LonLat[] = [
      [119.95, 31.695],
      [119.95 + dLon, 31.695],
      [119.95 + dLon, 31.705],
      [119.95, 31.705],
    ];
    const side = 0.01 * M_PER_DEG_LAT;
    const { lengthM, areaM2 } = measure(square, true);
    expect(lengthM / (4 * side)).toBeCloseTo(1, 2);
    // Turf's area uses the WGS84 equatorial radius; within half a percent of side².
    expect(areaM2! / side ** 2).toBeGreaterThan(0.995);
    expect(areaM2! / side ** 2).toBeLessThan(1.01);
    expect(measure(square, false).lengthM / (3 * side)).toBeCloseTo(1, 2);
  });

  it('treats fewer than three points as a line even when asked for an area', () => {
    const two: LonLat[] = [
      [120, 31],
      [120, 31.01],
    ];
    expect(isClosable(two)).toBe(false);
    expect(measure(two, true).areaM2).toBeNull();
    expect(measure([[120, 31]], true)).toEqual({ lengthM: 0, areaM2: null });
    expect(measure([], false)).toEqual({ lengthM: 0, areaM2: null });
  });

  it('gives the map the points, the path and, when closed, the shape', () => {
    const points: LonLat[] = [
      [120, 31],
      [120.01, 31],
      [120.01, 31.01],
    ];
    const open = measureFeatures(points, false).features.map((f) => f.geometry.type);
    expect(open).toEqual(['LineString', 'Point', 'Point', 'Point']);
    const closed = measureFeatures(points, true).features;
    expect(closed.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point', 'Point', 'Point']);
    const ring = (closed[0].geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(measureFeatures([[120, 31]], false).features.map((f) => f.geometry.type)).toEqual(['Point']);
  });
});

describe('measurement words', () => {
  it('gives lengths to the metre under a kilometre, then in km', () => {
    expect(formatLength(0)).toBe('0 m');
    expect(formatLength(845.4)).toBe('845 m');
    expect(formatLength(2349)).toBe('2.35 km');
    expect(formatLength(12_440)).toBe('12.4 km');
  });

  it('gives areas in the units of Chinese planning (平方公里, 公顷, 亩) and their English equivalents', () => {
    expect(formatArea(3_420_000, 'zh')).toBe('3.42 平方公里（342 公顷）');
    expect(formatArea(3_420_000, 'en')).toBe('3.42 km² (342 ha)');
    expect(formatArea(563_000, 'zh')).toBe('56.3 公顷（845 亩）');
    expect(formatArea(563_000, 'en')).toBe('56.3 ha');
    expect(formatArea(8450, 'zh')).toBe('8,450 平方米（12.7 亩）');
    expect(formatArea(8450, 'en')).toBe('8,450 m²');
  });
});
