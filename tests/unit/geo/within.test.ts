import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import { geometryDistanceM, hasArea, placesWithin } from '../../../src/lib/geo/within';
import { place } from './place-fixture';
import { boxRing, lineString, polygon } from './shapes';

const R = 6_371_008.8;
const rad = Math.PI / 180;

/** Great-circle metres by the haversine formula, written out here to check the atlas independently. */
function haversineM([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}

/** Metres along a parallel between two longitudes (equirectangular): a gap between shapes side by side. */
function eastWestM(lon1: number, lon2: number, lat: number): number {
  return Math.abs(lon2 - lon1) * rad * R * Math.cos(lat * rad);
}

const square = (w: number, s: number, e: number, n: number): Geometry => polygon(...boxRing(w, s, e, n));

const pt = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });

describe('geometryDistanceM', () => {
  it('between two points: the great-circle distance', () => {
    const d = geometryDistanceM(pt(119.95, 31.7), pt(119.98, 31.72))!;
    expect(Math.abs(d - haversineM([119.95, 31.7], [119.98, 31.72]))).toBeLessThan(0.5);
  });

  it('from a point to a line: to its nearest point, not a vertex', () => {
    // A north–south line 0.01° east of the point, passing level with it.
    const line = lineString([120.01, 31.69], [120.01, 31.71]);
    const d = geometryDistanceM(pt(120, 31.7), line)!;
    const expected = eastWestM(120, 120.01, 31.7);
    expect(Math.abs(d - expected) / expected).toBeLessThan(0.002);
    expect(d).toBeLessThan(haversineM([120, 31.7], [120.01, 31.69]) - 500);
  });

  it('is 0 for a point inside an area, and to the nearest edge outside it', () => {
    const area = square(120, 31.69, 120.02, 31.71);
    expect(geometryDistanceM(pt(120.01, 31.7), area)).toBe(0);
    const d = geometryDistanceM(pt(120.05, 31.7), area)!;
    const expected = eastWestM(120.02, 120.05, 31.7);
    expect(Math.abs(d - expected) / expected).toBeLessThan(0.002);
  });

  it('between two areas side by side: the gap between their facing edges', () => {
    const a = square(120, 31.69, 120.02, 31.71);
    const b = square(120.05, 31.695, 120.07, 31.705);
    const d = geometryDistanceM(a, b)!;
    // The gap lies along the parallels 31.695–31.705; the shortest is on the one nearest the pole.
    const expected = eastWestM(120.02, 120.05, 31.705);
    expect(Math.abs(d - expected) / expected).toBeLessThan(0.002);
    expect(geometryDistanceM(b, a)).toBeCloseTo(d, 3);
  });

  it('is 0 for a line crossing an area with no vertex inside it, and for an area inside another', () => {
    const area = square(120, 31.69, 120.02, 31.71);
    const across = lineString([119.99, 31.7], [120.03, 31.7]);
    expect(geometryDistanceM(across, area)).toBe(0);
    expect(geometryDistanceM(square(120.005, 31.695, 120.01, 31.7), area)).toBe(0);
    expect(geometryDistanceM(area, square(120.005, 31.695, 120.01, 31.7))).toBe(0);
  });

  it('crossing lines meet at 0', () => {
    const a = lineString([120, 31.69], [120.02, 31.71]);
    const b = lineString([120, 31.71], [120.02, 31.69]);
    expect(geometryDistanceM(a, b)).toBe(0);
  });

  it('gives null for a missing or empty geometry', () => {
    expect(geometryDistanceM(null, pt(120, 31.7))).toBeNull();
    expect(geometryDistanceM({ type: 'LineString', coordinates: [] }, pt(120, 31.7))).toBeNull();
    expect(geometryDistanceM(pt(Number.NaN, 31.7), pt(120, 31.7))).toBeNull();
  });
});

describe('placesWithin', () => {
  const origin = pt(120, 31.7);
  const places = [
    place('far', pt(120.05, 31.7)),
    place('near', pt(120, 31.71)),
    place('nearer', pt(120.005, 31.7)),
    place('lost', pt(120, 31.7001), { unlocated: true }),
    place('none', null),
    place('lake', square(120.01, 31.69, 120.03, 31.71)),
  ];

  it('keeps what lies within the radius, nearest first, with each distance', () => {
    const hits = placesWithin(places, origin, 3000);
    expect(hits.map((h) => h.place.properties.id)).toEqual(['nearer', 'lake', 'near']);
    expect(hits[0].distanceM).toBeCloseTo(haversineM([120, 31.7], [120.005, 31.7]), 0);
    expect(hits[2].distanceM).toBeCloseTo(haversineM([120, 31.7], [120, 31.71]), 0);
    const lakeM = eastWestM(120, 120.01, 31.7);
    expect(Math.abs(hits[1].distanceM - lakeM) / lakeM).toBeLessThan(0.002);
  });

  it('leaves out the place measured from, and accepts nothing below 0 m', () => {
    expect(placesWithin(places, origin, 3000, ['lake']).map((h) => h.place.properties.id)).toEqual([
      'nearer',
      'near',
    ]);
    expect(placesWithin(places, origin, -1)).toEqual([]);
    expect(placesWithin(places, null, 3000)).toEqual([]);
  });

  it('with 0 m: the places inside a polygon, an area partly inside too', () => {
    const mine = square(119.995, 31.695, 120.015, 31.705);
    const inside = placesWithin(places, mine, 0).map((h) => h.place.properties.id);
    expect(inside).toEqual(['lake', 'nearer']);
    expect(hasArea(mine)).toBe(true);
    expect(hasArea(origin)).toBe(false);
  });

  it('measures from a path: the ruler’s line', () => {
    const path = lineString([120.05, 31.69], [120.05, 31.75]);
    const hits = placesWithin(places, path, 2000);
    expect(hits.map((h) => h.place.properties.id)).toEqual(['far', 'lake']);
    expect(hits[0].distanceM).toBe(0);
    const lakeM = eastWestM(120.03, 120.05, 31.7);
    expect(Math.abs(hits[1].distanceM - lakeM) / lakeM).toBeLessThan(0.002);
  });
});
