import { describe, expect, it } from 'vitest';
import { spreadOffsets } from '../../../src/lib/geo/spread';
import { px } from './mercator-px';

const points = [
  { id: 'a', lon: 119.9, lat: 31.7 },
  { id: 'b', lon: 119.9005, lat: 31.7003 },
  { id: 'c', lon: 119.9011, lat: 31.6998 },
  { id: 'alone', lon: 120.1, lat: 31.5 },
];
const zooms = [8, 10, 12, 16];
const markerPx = () => 20;
const iconScale = (z: number) => (z < 12 ? 0.8 : 1);

describe('spreading markers that would touch', () => {
  const offsets = spreadOffsets(points, zooms, markerPx, iconScale);

  it('leaves markers that touch nothing where they are', () => {
    expect(offsets.get('alone')).toEqual(zooms.map(() => [0, 0]));
  });

  it("puts no two markers' square boxes over each other at any zoom", () => {
    zooms.forEach((zoom, k) => {
      const drawn = points.map((p) => {
        const [x, y] = px(p.lon, p.lat, zoom);
        const [dx, dy] = offsets.get(p.id)![k]!;
        return [x + dx * iconScale(zoom), y + dy * iconScale(zoom)] as const;
      });
      for (let i = 0; i < drawn.length; i++)
        for (let j = i + 1; j < drawn.length; j++)
          expect(
            Math.max(Math.abs(drawn[i]![0] - drawn[j]![0]), Math.abs(drawn[i]![1] - drawn[j]![1])),
            `${points[i]!.id}–${points[j]!.id} at ${zoom}`,
          ).toBeGreaterThanOrEqual(20 - 1e-6);
    });
  });

  it('moves nothing once the zoom has drawn them apart', () => {
    // At zoom 16 the three are 60–130 px apart.
    expect(offsets.get('a')![3]).toEqual([0, 0]);
    expect(offsets.get('c')![3]).toEqual([0, 0]);
  });
});
