import { describe, expect, it } from 'vitest';
import { distanceToEdge } from '../../../src/lib/geo/edge-distance';
import { haversineM } from '../../oracles/haversine';
import { boxRing, polygon } from './shapes';

// A square "park" 0.02° on a side near 武进 (31.7° N), and a point on the same parallel as its middle.
const W = 119.9;
const E = 119.92;
const S = 31.69;
const N = 31.71;
const square = polygon(...boxRing(W, S, E, N));

describe('distance to the nearest edge', () => {
  it('from outside an area: to its nearest side, along the parallel', () => {
    const p: [number, number] = [119.95, 31.7];
    const d = distanceToEdge(p, square)!;
    expect(d.inside).toBe(false);
    // The nearest point is on the east side at the same latitude (to within a metre's worth of degrees).
    expect(d.nearest[0]).toBeCloseTo(E, 6);
    expect(d.nearest[1]).toBeCloseTo(31.7, 4);
    expect(d.distanceM).toBeGreaterThan(haversineM(p, [E, 31.7]) - 2);
    expect(d.distanceM).toBeLessThan(haversineM(p, [E, 31.7]) + 2);
  });

  it('from inside an area: to the nearest side, not 0', () => {
    // 0.004° from the west side, 0.016° from the east, 0.01° from north and south.
    const p: [number, number] = [119.904, 31.7];
    const d = distanceToEdge(p, square)!;
    expect(d.inside).toBe(true);
    const expected = haversineM(p, [W, 31.7]);
    expect(Math.abs(d.distanceM - expected)).toBeLessThan(2);
    expect(d.distanceM).toBeGreaterThan(300);
  });

  it('counts a hole as an edge', () => {
    const withHole = {
      type: 'Polygon' as const,
      coordinates: [
        square.coordinates[0],
        [
          [119.905, 31.695],
          [119.915, 31.695],
          [119.915, 31.705],
          [119.905, 31.705],
          [119.905, 31.695],
        ],
      ],
    };
    const p: [number, number] = [119.91, 31.7];
    const d = distanceToEdge(p, withHole)!;
    expect(d.inside).toBe(false);
    expect(Math.abs(d.distanceM - haversineM(p, [119.905, 31.7]))).toBeLessThan(2);
  });

  it('to a line: the perpendicular foot on the nearest segment', () => {
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [119.9, 31.7],
        [120.0, 31.7],
      ],
    };
    const p: [number, number] = [119.95, 31.72];
    const d = distanceToEdge(p, line)!;
    // 0.02° of latitude, about 2.2 km; the great circle between the ends bows slightly north.
    expect(Math.abs(d.distanceM - haversineM(p, [119.95, 31.7]))).toBeLessThan(15);
    expect(d.nearest[0]).toBeCloseTo(119.95, 3);
  });

  it('to a point: the point itself; nothing for no geometry', () => {
    const p: [number, number] = [119.95, 31.72];
    const d = distanceToEdge(p, { type: 'Point', coordinates: [119.96, 31.73] })!;
    expect(Math.abs(d.distanceM - haversineM(p, [119.96, 31.73]))).toBeLessThan(0.5);
    expect(distanceToEdge(p, null)).toBeNull();
  });
});
