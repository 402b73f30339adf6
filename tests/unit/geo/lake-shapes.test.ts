// The lakes' simplified outlines the build derives from geo/basemap/lakes.geojson
// (geo/lake-shapes-derive.ts): what the map writes the lakes' names from and the off-map pin keeps
// clear of, so that the page reads the lakes' file only once.
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { lakeShapes } from '../../../src/lib/geo/lake-shapes-derive';

const M_PER_DEG_LAT = 111_320;

describe('lake shapes', () => {
  it('keeps only the polygons, with their bounds and the properties the page reads', () => {
    const line: Feature = {
      type: 'Feature',
      properties: { id: 'r' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    const ring = [
      [120, 31],
      [120.2, 31],
      [120.2, 31.4],
      [120, 31.4],
      [120, 31],
    ];
    const lake: Feature = {
      type: 'Feature',
      properties: { id: 'a', name_zh: '甲湖', name_en: 'A Lake', source: 'a long note', area_km2: 1 },
      geometry: { type: 'Polygon', coordinates: [ring] },
    };
    const shapes = lakeShapes({ type: 'FeatureCollection', features: [line, lake] });
    expect(shapes.features).toEqual([
      {
        type: 'Feature',
        bbox: [120, 31, 120.2, 31.4],
        properties: { id: 'a', name_zh: '甲湖', name_en: 'A Lake' },
        geometry: { type: 'Polygon', coordinates: [ring] },
      },
    ]);
  });

  describe('of the shipped basemap', () => {
    const file = JSON.parse(readFileSync('geo/basemap/lakes.geojson', 'utf8')) as FeatureCollection<Polygon>;
    const shapes = lakeShapes(file);

    it('keeps each outline within 1 % of the water area the file records, in far fewer points', () => {
      expect(shapes.features.map((f) => f.properties?.id)).toEqual(
        file.features.map((f) => f.properties?.id),
      );
      shapes.features.forEach((shape, i) => {
        const original = file.features[i]!;
        const id = String(original.properties?.id);
        // The file's own figure (area_km2: water, islands left out) is the oracle, measured here by
        // the shoelace formula on a projection of equal areas local to the lake.
        const ratio =
          ringsAreaKm2(shape.geometry.coordinates as Position[][]) / original.properties!.area_km2;
        expect(ratio, id).toBeGreaterThan(0.99);
        expect(ratio, id).toBeLessThan(1.01);
        const points = (g: { coordinates: unknown }) => JSON.stringify(g.coordinates).split('],[').length;
        expect(points(shape.geometry), id).toBeLessThan(points(original.geometry) / 2);
        // Its bounds hold every point of it and touch it on each side.
        const all = (shape.geometry.coordinates as Position[][]).flat() as [number, number][];
        const [w, s, e, n] = shape.bbox;
        for (const [lon, lat] of all) expect(lon >= w && lon <= e && lat >= s && lat <= n, id).toBe(true);
        expect([w, s, e, n]).toEqual([
          Math.min(...all.map((p) => p[0])),
          Math.min(...all.map((p) => p[1])),
          Math.max(...all.map((p) => p[0])),
          Math.max(...all.map((p) => p[1])),
        ]);
      });
    });
  });
});

/** Area of a polygon's rings (the first the shore, the rest islands) in km², by the shoelace formula. */
function ringsAreaKm2(rings: Position[][]): number {
  const lat0 = (rings[0]!.reduce((sum, p) => sum + p[1]!, 0) / rings[0]!.length) * (Math.PI / 180);
  const ringKm2 = (ring: Position[]) => {
    let twice = 0;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = [ring[i]![0]! * Math.cos(lat0), ring[i]![1]!];
      const [x2, y2] = [ring[i + 1]![0]! * Math.cos(lat0), ring[i + 1]![1]!];
      twice += x1 * y2 - x2 * y1;
    }
    return (Math.abs(twice) / 2) * (M_PER_DEG_LAT / 1000) ** 2;
  };
  return ringKm2(rings[0]!) - rings.slice(1).reduce((sum, r) => sum + ringKm2(r), 0);
}
