// The screen image's legend names only what its map shows: zoomed in where only some statuses
// have a place, it lists exactly those. Which statuses those are is worked out here from the layer
// files (geo/layers/*.geojson) and the view's bounds as the map reports them, with the test's own
// box-meets-geometry formula; what the legend lists is read from the export through the test hooks.
import { describe, expect, test } from 'vitest';
import { STATUSES } from '../../src/lib/catalog/status';
import type { ExportContent } from '../../src/lib/export/content';
import { mapIdle, useAtlas } from './harness';
import { layerFeatures } from '../oracles/layer-files';
import { areasOf, cross, inRing, pathsOf, type LonLat, type PlainGeometry } from '../oracles/planar';

type Box = [west: number, south: number, east: number, north: number];
const atlasEnv = useAtlas();
const inBox = ([x, y]: LonLat, [w, s, e, n]: Box) => x >= w && x <= e && y >= s && y <= n;
const segmentsCross = (a: LonLat, b: LonLat, c: LonLat, d: LonLat) =>
  cross(c, d, a) * cross(c, d, b) <= 0 && cross(a, b, c) * cross(a, b, d) <= 0;

/** A geometry meets the box: a vertex in it, a side crossing its edge, or the box inside an area. */
function meetsBox(g: PlainGeometry, box: Box): boolean {
  const paths = pathsOf(g);
  if (paths.flat().some((p) => inBox(p, box))) return true;
  const [w, s, e, n] = box;
  const corners: LonLat[] = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ];
  const edges = corners.map((p, i) => [p, corners[(i + 1) % 4]] as const);
  for (const path of paths)
    for (let i = 1; i < path.length; i++)
      if (edges.some(([a, b]) => segmentsCross(path[i - 1], path[i], a, b))) return true;
  return areasOf(g).some((rings) => inRing(corners[0], rings[0]));
}

describe('the screen image legend', () => {
  test('lists only the statuses with a place in view', async () => {
    await atlasEnv.withAtlas(
      {
        // Close in on 武进站: a few places around the station, not every status of the report.
        hash: 'panel=layers&map=14/31.6603/119.9424',
        timeoutMs: 60_000,
      },
      async (atlas) => {
        const { page } = atlas;
        await mapIdle(page);
        const bounds = await page.evaluate(() => {
          const b = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getBounds();
          return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as Box;
        });
        const inView = new Set(
          layerFeatures()
            .filter((f) => f.geometry && !f.properties.unlocated && meetsBox(f.geometry, bounds))
            .map((f) => f.properties.status),
        );
        expect(inView.size).toBeGreaterThan(0);
        expect(inView.size).toBeLessThan(STATUSES.length);
        const expected = STATUSES.filter((s) => inView.has(s.id)).map((s) => s.name_zh);

        const download = page.waitForEvent('download', { timeout: 30_000 });
        await page.getByTestId('export-png').click();
        await download;
        const content = await page.evaluate(
          () => (window as unknown as { __atlasExport: ExportContent }).__atlasExport,
        );
        expect(content.statuses.map((s) => s.name)).toEqual(expected);
      },
    );
  }, 120_000);
});
