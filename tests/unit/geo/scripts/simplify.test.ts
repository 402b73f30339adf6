/**
 * Simplification that keeps shared borders shared, and the ring repairs it relies on.
 */
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { cleanRing } from '../../../../geo/scripts/basemap/ring-clean.mjs';
import {
  douglasPeucker,
  findCrossingLines,
  localMetres,
  simplifySharedRings,
} from '../../../../geo/scripts/basemap/simplify.mjs';
import { boxRing, path } from '../shapes';

const project = localMetres(31.7);
const M = 1 / 111000; // about a metre in degrees

/** A wiggly line from (120, 31.7) east, wiggles of ±`amplitudeM`. */
function wiggle(n: number, amplitudeM: number): Position[] {
  return Array.from({ length: n }, (_, i) => [
    120 + i * 0.001,
    31.7 + (i % 2 ? amplitudeM : -amplitudeM) * M,
  ]);
}

describe('douglasPeucker', () => {
  it('keeps the ends and drops positions within the tolerance', () => {
    const line = wiggle(50, 10);
    const out = douglasPeucker(line, 30, project);
    expect(out[0]).toEqual(line[0]);
    expect(out[out.length - 1]).toEqual(line[line.length - 1]);
    expect(out.length).toBeLessThan(5);
  });

  it('keeps positions farther than the tolerance', () => {
    const line = wiggle(50, 100);
    expect(douglasPeucker(line, 30, project)).toHaveLength(50);
  });
});

describe('simplifySharedRings', () => {
  const shared = (rings: Position[][]) =>
    rings.map((ring) => [...new Set(ring.filter((p) => Math.abs(p[1] - 31.7) < 0.001).map(String))].sort());

  it('gives a shared border the same positions in both rings, with no overlap', () => {
    const border = wiggle(21, 20);
    const [w, e] = [border[0], border[border.length - 1]];
    const north: Position[] = [...border, [e[0], 31.72], [w[0], 31.72], w];
    const south: Position[] = [...[...border].reverse(), [w[0], 31.68], [e[0], 31.68], e];
    const { rings, sharedArcs } = simplifySharedRings([north, south], 50, project);
    expect(sharedArcs).toBe(1);
    const [n, s] = shared(rings);
    expect(n).toEqual(s);
    expect(n.length).toBeLessThan(border.length);
    const overlap = turf.intersect(
      turf.featureCollection([turf.polygon([rings[0]]), turf.polygon([rings[1]])]),
    );
    expect(overlap ? turf.area(overlap) : 0).toBeLessThan(1);
  });

  it('makes one border of two slightly different traces between the same junctions', () => {
    const border = path('120 31.7, 120.005 31.7, 120.01 31.7, 120.015 31.7, 120.02 31.7');
    // The southern ring passes the middle of the border 50 m further south.
    const detour = border.map((p, i): Position => (i === 2 ? [p[0], 31.7 - 50 * M] : p));
    const north: Position[] = [...border, [120.02, 31.75], [120, 31.75], [120, 31.7]];
    const south: Position[] = [...[...detour].reverse(), [120, 31.65], [120.02, 31.65], [120.02, 31.7]];
    const apart = simplifySharedRings([north, south], 0, project);
    const [n0, s0] = shared(apart.rings);
    expect(n0).not.toEqual(s0);
    const merged = simplifySharedRings([north, south], 0, project, { twinToleranceM: 60 });
    const [n1, s1] = shared(merged.rings);
    expect(n1).toEqual(s1);
    const overlap = turf.intersect(
      turf.featureCollection([turf.polygon([merged.rings[0]]), turf.polygon([merged.rings[1]])]),
    );
    expect(overlap ? turf.area(overlap) : 0).toBeLessThan(1);
  });
});

describe('findCrossingLines', () => {
  it('finds lines that cross but not lines that only meet at their ends', () => {
    const lines: Position[][] = [path('0 0, 2 2'), path('0 2, 2 0'), path('2 2, 3 3')];
    expect([...findCrossingLines(lines)].sort()).toEqual([0, 1]);
  });
});

describe('cleanRing', () => {
  const square = boxRing(0, 0, 4, 4);
  const kinks = (ring: Position[]) => turf.kinks(turf.polygon([ring])).features.length;
  /** A ring started at its smallest position, so rings equal up to their start compare equal. */
  const canonical = (ring: Position[]) => {
    const open = ring.slice(0, -1);
    const keys = open.map(String);
    const i = keys.indexOf([...keys].sort()[0]);
    const r = [...open.slice(i), ...open.slice(0, i)];
    return [...r, r[0]];
  };

  it('leaves a clean ring as it is', () => {
    expect(cleanRing(square)).toEqual(square);
  });

  it('removes a spike', () => {
    const ring = path('0 0, 4 0, 5 1, 4 0, 4 4, 0 4, 0 0');
    expect(canonical(cleanRing(ring))).toEqual(square);
  });

  it('cuts a pinched loop, keeping the larger side', () => {
    const ring = path('0 0, 4 0, 5 -1, 5 1, 4 0, 4 4, 0 4, 0 0');
    expect(kinks(ring)).toBeGreaterThan(0);
    expect(canonical(cleanRing(ring))).toEqual(square);
  });

  it('untwists a small bow tie by reordering, never by inventing positions', () => {
    // (1,-0.5) → (2,0.5) crosses (2,-0.5) → (1,0.5).
    const ring = path('0 0, 1 -0.5, 2 0.5, 2 -0.5, 1 0.5, 0 4, 0 0');
    expect(kinks(ring)).toBeGreaterThan(0);
    const out = cleanRing(ring);
    expect(kinks(out)).toBe(0);
    expect(out).toHaveLength(ring.length);
    const inputKeys = new Set(ring.map(String));
    for (const p of out) expect(inputKeys.has(String(p))).toBe(true);
  });

  it('turns a position touching a nearby segment into a pinch and cuts it', () => {
    // (2.5, 0) lies on the segment (2, 0) → (3, 0) three positions earlier.
    const ring = path('0 0, 2 0, 3 0, 3 1, 2.5 0, 4 -1, 4 4, 0 4, 0 0');
    expect(kinks(ring)).toBeGreaterThan(0);
    expect(kinks(cleanRing(ring))).toBe(0);
  });
});
