// A polygon of the planner's own selects the report's places it holds: the places that touch or lie
// in it are worked out here from the layer files (geo/layers/*.geojson) with the test's own ray
// casting and segment crossings, and the list and each of its downloads must hold exactly them.
import { describe, expect, test } from 'vitest';
import { screenshot, useAtlas } from './harness';
import { listDownloads } from './selection-downloads';
import { distanceFromM } from './near-oracle';
import { layerFeatures } from '../oracles/layer-files';
import { areasOf, cross, inRing, pathsOf, type LonLat, type PlainGeometry } from '../oracles/planar';

const atlasEnv = useAtlas();

describe('report places inside my polygon', () => {
  /** The planner's area, around 武进站 and the south of the hi-tech zone (drawn for this test). */
  const AREA: LonLat[] = [
    [119.9, 31.64],
    [119.99, 31.635],
    [120.0, 31.68],
    [119.95, 31.7],
    [119.895, 31.68],
    [119.9, 31.64],
  ];
  const areaFile = {
    name: 'my-area.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '规划片区' },
            geometry: { type: 'Polygon', coordinates: [AREA] },
          },
        ],
      }),
    ),
  };

  function segmentsCross(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
    return cross(c, d, a) * cross(c, d, b) < 0 && cross(a, b, c) * cross(a, b, d) < 0;
  }

  /**
   * A place touches or lies in the area: one of its vertices inside it (ray casting), one of the
   * area's corners inside the place's own area, or one of its sides crossing the area's outline.
   */
  function touchesArea(g: PlainGeometry): boolean {
    const paths = pathsOf(g);
    if (paths.flat().some((p) => inRing(p, AREA))) return true;
    if (
      areasOf(g).some((rings) =>
        AREA.some((p) => inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h))),
      )
    )
      return true;
    return paths.some((path) =>
      path.some(
        (a, i) => i > 0 && AREA.some((c2, j) => j > 0 && segmentsCross(path[i - 1], a, AREA[j - 1], c2)),
      ),
    );
  }

  test('a polygon of my own selects the places it holds; the list and every download hold exactly them', async () => {
    const inside = new Set<string>();
    for (const f of layerFeatures()) {
      if (!f.geometry || f.properties.unlocated) continue;
      // Nothing lies within 100 m of the outline, where the two methods could disagree.
      const vertex = f.geometry.type === 'Point' ? [f.geometry.coordinates as LonLat] : [];
      for (const p of vertex)
        expect(distanceFromM(p, { type: 'LineString', coordinates: AREA }), f.properties.id).toBeGreaterThan(
          100,
        );
      if (touchesArea(f.geometry)) inside.add(f.properties.id);
    }
    expect(inside.size).toBeGreaterThan(5);

    await atlasEnv.withAtlas({ hash: 'panel=layers', timeoutMs: 60_000 }, async (atlas) => {
      const { page } = atlas;
      await page.getByTestId('user-data-file').setInputFiles(areaFile);
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent(), { timeout: 20_000 })
        .toContain('my-area.geojson');
      await page.getByTestId('layer-table').click();
      await page.locator('[data-testid="table-row"] .name', { hasText: '规划片区' }).click();
      await page.getByTestId('user-feature').getByTestId('select-within-inside').click();
      await expect.poll(() => page.getByTestId('within-bar').textContent()).toContain(`${inside.size}`);
      const rows = await listDownloads(page);
      expect(rows.map((r) => r.id).sort()).toEqual([...inside].sort());
      // Selected by where they lie, not by distance: no distance column.
      expect(rows.every((r) => r.distanceM === undefined)).toBe(true);
      expect(await page.getByTestId('list-count').textContent()).toContain(`${inside.size}`);
      await screenshot(atlas, 'selection-inside-polygon-desktop');
    });
  }, 180_000);
});
