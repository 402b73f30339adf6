import { describe, expect, it } from 'vitest';
import { EARTH_CIRCUMFERENCE_M, metresPerPixel } from '../../../src/lib/export/scale-bar';
import { chooseScaleBar, formatDistance } from '../../../src/lib/export/scale-bar';

describe('metres per pixel', () => {
  it('is the equator divided by 512 pixels at zoom 0 on the equator', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(EARTH_CIRCUMFERENCE_M / 512, 6);
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
  });

  it('halves with each zoom level', () => {
    expect(metresPerPixel(31.7, 10) / metresPerPixel(31.7, 11)).toBeCloseTo(2, 12);
  });

  it('shrinks with the cosine of the latitude (Wujin at 31.7° N, zoom 10: about 65 m)', () => {
    // 40,075,016.686 × cos(31.7°) / (512 × 1024) = 65.04 m
    expect(metresPerPixel(31.7, 10)).toBeCloseTo(65.04, 1);
    expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
  });
});

describe('scale bar length', () => {
  it.each([
    // metres per px, max width px, expected length, label
    [65.04, 140, 5000, '5 km'],
    [65.04, 60, 2000, '2 km'],
    [8.13, 140, 1000, '1 km'],
    [8.13, 100, 500, '500 m'],
    [0.5, 140, 50, '50 m'],
    [1000, 140, 100_000, '100 km'],
    [0.001, 140, 1, '1 m'],
  ])('%f m/px in %i px → %i m', (mpp, maxPx, lengthM, label) => {
    const bar = chooseScaleBar(mpp, maxPx);
    expect(bar.lengthM).toBe(lengthM);
    expect(bar.label).toBe(label);
    expect(bar.widthPx).toBeCloseTo(lengthM / mpp, 9);
  });

  it('never exceeds the space given, and is more than a fifth of it', () => {
    for (let mpp = 0.37; mpp < 5000; mpp *= 1.37) {
      const bar = chooseScaleBar(mpp, 140);
      expect(bar.widthPx).toBeLessThanOrEqual(140 + 1e-9);
      expect(bar.widthPx).toBeGreaterThan(140 / 5);
      expect([1, 2, 5]).toContain(bar.lengthM / 10 ** Math.floor(Math.log10(bar.lengthM)));
    }
  });

  it('refuses nonsense input', () => {
    expect(() => chooseScaleBar(0, 140)).toThrow(RangeError);
    expect(() => chooseScaleBar(Number.NaN, 140)).toThrow(RangeError);
    expect(() => chooseScaleBar(10, -1)).toThrow(RangeError);
    expect(() => chooseScaleBar(Number.POSITIVE_INFINITY, 140)).toThrow(RangeError);
  });

  it('writes distances in metres below a kilometre', () => {
    expect(formatDistance(999)).toBe('999 m');
    expect(formatDistance(1000)).toBe('1 km');
    expect(formatDistance(1500)).toBe('1.5 km');
    expect(formatDistance(20_000)).toBe('20 km');
  });
});
