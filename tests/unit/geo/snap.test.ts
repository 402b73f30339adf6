import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { nearestOnEdges } from '../../../src/lib/geo/snap';
import { lineString, polygon } from './shapes';

/** Metres per degree of latitude, and of longitude at 31.7° N (spherical, as in Turf). */
const M_PER_DEG_LAT = (6_371_008.8 * Math.PI) / 180;
const M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos((31.7 * Math.PI) / 180);

describe('snapping a pick to lines and area edges', () => {
  const line = lineString([119.9, 31.7], [120.0, 31.7]);
  const square = polygon([119.95, 31.6], [119.97, 31.6], [119.97, 31.62], [119.95, 31.62], [119.95, 31.6]);

  it('drops a pick beside a line onto the line, straight across', () => {
    const hit = nearestOnEdges([119.95, 31.701], [line])!;
    expect(hit.lonLat[0]).toBeCloseTo(119.95, 6);
    expect(hit.lonLat[1]).toBeCloseTo(31.7, 4);
    // 0.001° of latitude, about 111 m.
    expect(hit.distanceM).toBeGreaterThan(0.001 * M_PER_DEG_LAT * 0.99);
    expect(hit.distanceM).toBeLessThan(0.001 * M_PER_DEG_LAT * 1.01);
  });

  it('lands on an area’s edge from inside it, and takes the nearest of several shapes', () => {
    const inside = nearestOnEdges([119.952, 31.61], [square, line])!;
    expect(inside.lonLat[0]).toBeCloseTo(119.95, 6);
    expect(inside.lonLat[1]).toBeCloseTo(31.61, 4);
    expect(inside.distanceM).toBeGreaterThan(0.002 * M_PER_DEG_LON * 0.99);
    expect(inside.distanceM).toBeLessThan(0.002 * M_PER_DEG_LON * 1.01);
    const nearLine = nearestOnEdges([119.96, 31.695], [square, line])!;
    expect(nearLine.lonLat[1]).toBeCloseTo(31.7, 4);
  });

  it('reads holes and multi-part shapes, and gives nothing for points or no shapes', () => {
    const withHole: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          square.coordinates[0],
          [
            [119.955, 31.605],
            [119.955, 31.615],
            [119.965, 31.615],
            [119.965, 31.605],
            [119.955, 31.605],
          ],
        ],
      ],
    };
    // In the middle of the hole: its edge is 0.005° away, the outer ring 0.01°.
    const hit = nearestOnEdges([119.96, 31.61], [withHole])!;
    expect(hit.distanceM).toBeLessThan(0.0051 * M_PER_DEG_LAT);
    expect(nearestOnEdges([119.96, 31.61], [{ type: 'Point', coordinates: [119.96, 31.61] }])).toBeNull();
    expect(nearestOnEdges([119.96, 31.61], [])).toBeNull();
  });
});
