// Correction mode on lines and areas: a maintainer reshapes 常州地铁5号线 and 常州西太湖科技产业园 by
// dragging one vertex, and the exported patch holds the shape with that one vertex where the
// pointer let go (worked out by web Mercator formulas from the camera the link sets).
import type { LineString, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { screenshot } from './harness';
import {
  type Camera,
  POLL,
  SOURCE_ZH,
  SOURCE_EN,
  DATE,
  layerFeature,
  startCorrection,
  draftKind,
  draftPath,
  recordFirst,
  dragVertex,
  expectOneVertexMoved,
  useCorrectionsAtlas,
} from './corrections-driver';

const { withAtlas, exportOnly } = useCorrectionsAtlas();

describe('correction mode: reshaping lines and areas', () => {
  test('a vertex of 常州地铁5号线 dragged on the map is exported where the pointer let go', async () => {
    const line = layerFeature('transport', 'metro-5').geometry as LineString;
    // 皇粮浜站's vertex, the fifth of the line, in the middle of the view.
    const INDEX = 4;
    const vertex = line.coordinates[INDEX];
    expect(vertex).toEqual([119.93, 31.757]);
    const camera: Camera = { zoom: 14, lat: vertex[1], lon: vertex[0] };
    await withAtlas(`map=${camera.zoom}/${camera.lat}/${camera.lon}&sel=metro-5&edit=1`, async ({ page }) => {
      await startCorrection(page);
      expect(await draftKind(page)).toBe('line');
      // Left and down: clear of the details (right), the corrections panel (top left) and the legend.
      const to = await dragVertex(page, camera, vertex, { x: -140, y: 90 });
      await expect.poll(() => draftPath(page), POLL).not.toEqual(line.coordinates);
      await screenshot(page, 'corrections-line-dragged');
      await recordFirst(page, 'schematic', 0);

      const entry = await exportOnly(page, 'line.json', 'metro-5');
      expect(entry.old.geometry).toEqual(line);
      expect(entry.new.geometry.type).toBe('LineString');
      expectOneVertexMoved(line.coordinates, (entry.new.geometry as LineString).coordinates, INDEX, to);
      expect(entry).toMatchObject({
        new: { precision: 'schematic', precision_m: 0 },
        source_zh: SOURCE_ZH,
        source_en: SOURCE_EN,
        date: DATE,
      });
    });
  }, 180_000);

  test('a corner of 常州西太湖科技产业园 dragged on the map is exported where the pointer let go, the ring still closed', async () => {
    const area = layerFeature('industry', 'xitaihu-park').geometry as Polygon;
    const ring = area.coordinates[0];
    // The south-east corner, not the first position (which also closes the ring).
    const INDEX = 3;
    const vertex = ring[INDEX];
    expect(vertex).toEqual([119.89191, 31.67696]);
    const camera: Camera = { zoom: 13, lat: vertex[1], lon: vertex[0] };
    await withAtlas(
      `map=${camera.zoom}/${camera.lat}/${camera.lon}&sel=xitaihu-park&edit=1`,
      async ({ page }) => {
        await startCorrection(page);
        expect(await draftKind(page)).toBe('polygon');
        // Down and to the left, out of the area: ≈ 1.3 km at zoom 13.
        const to = await dragVertex(page, camera, vertex, { x: -110, y: 120 });
        await expect.poll(() => draftPath(page), POLL).not.toEqual(ring);
        await screenshot(page, 'corrections-area-dragged');
        await recordFirst(page, 'area', 2500);

        const entry = await exportOnly(page, 'area.json', 'xitaihu-park');
        expect(entry.old.geometry).toEqual(area);
        const after = (entry.new.geometry as Polygon).coordinates;
        expect(after).toHaveLength(1);
        expectOneVertexMoved(ring, after[0], INDEX, to);
        expect(after[0][after[0].length - 1]).toEqual(after[0][0]);
        expect(entry.new).toMatchObject({ precision: 'area', precision_m: 2500 });
      },
    );
  }, 180_000);
});
