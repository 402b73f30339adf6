// Several of the planner's layers at once: hiding one takes only its features off the map, and
// changing one's colour repaints only that layer. What each layer draws is read from the map's
// rendered features through the test hooks; what it should draw is written here from its file.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { palette } from '../../src/lib/map/style/palette';
import { mapIdle, screenshot, useAtlas, type TestWindow } from './harness';
import { atlasRunner, featureCollection, planFile, plannerFeature, READ, textFile } from './harness-files';

const withAtlas = atlasRunner(useAtlas());

/** A second file: a station and a road north of PLAN, in the same view. */
const ROADS = featureCollection(
  plannerFeature.point('站点甲', [119.96, 31.72]),
  plannerFeature.line('规划路', [
    [119.93, 31.74],
    [120.02, 31.745],
  ]),
);
/** The names in each file (PLAN's are in harness-files.ts). */
const NAMES = {
  'plan.geojson': ['规划区', '规划点', '规划线'],
  'roads.geojson': ['站点甲', '规划路'].sort(),
};
type FileName = keyof typeof NAMES;

/** Per file, the names of the features its shapes (areas, lines, points) draw now. */
function drawnByFile(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const out: Record<string, string[]> = {};
    for (const layer of w.__atlasState.planner.layers) {
      const ids = ['user-fill', 'user-line', 'user-point'].map((role) => `${role}:${layer.id}`);
      const hits = w.__atlasMap.queryRenderedFeatures({
        layers: ids.filter((id) => w.__atlasMap.getLayer(id)),
      });
      out[layer.name] = [...new Set(hits.map((f) => String(f.properties['atlas:label'])))].sort();
    }
    return out;
  });
}

/** A style property of one of a file's style layers (`role:<layer id>`), as the map holds it now. */
function paintOf(
  page: Page,
  file: FileName,
  role: string,
  property: 'line-color' | 'circle-color',
): Promise<string> {
  return page.evaluate(
    ([file, role, property]) => {
      const w = window as unknown as TestWindow;
      const layer = w.__atlasState.planner.layers.find((l) => l.name === file)!;
      return JSON.stringify(w.__atlasMap.getPaintProperty(`${role}:${layer.id}`, property));
    },
    [file, role, property] as const,
  );
}

describe('several layers at once', () => {
  test('hiding one takes only its features off the map; a new colour repaints only its layer', async () => {
    await withAtlas({ hash: 'panel=layers&map=11/31.69/119.96' }, async (page) => {
      await page
        .getByTestId('user-data-file')
        .setInputFiles([planFile(), textFile('roads.geojson', JSON.stringify(ROADS))]);
      await expect.poll(() => page.getByTestId('legend-user-data').count(), READ).toBe(2);
      const row = (file: FileName) =>
        page.getByTestId('legend-user-data').filter({ has: page.locator('.name', { hasText: file }) });
      const drawn = async () => {
        await mapIdle(page);
        return drawnByFile(page);
      };
      await expect.poll(drawn, READ).toEqual(NAMES);

      // Hidden: only the roads' features leave the map; shown again, they come back.
      await row('roads.geojson').getByTestId('layer-visible').uncheck();
      await expect.poll(drawn, READ).toEqual({ ...NAMES, 'roads.geojson': [] });
      await row('roads.geojson').getByTestId('layer-visible').check();
      await expect.poll(drawn, READ).toEqual(NAMES);

      // A new colour for the plan: its lines and points take it; the roads keep theirs.
      const roadsBefore = {
        line: await paintOf(page, 'roads.geojson', 'user-line', 'line-color'),
        point: await paintOf(page, 'roads.geojson', 'user-point', 'circle-color'),
      };
      expect(roadsBefore.line).not.toContain(palette.userDataWine);
      await row('plan.geojson').getByTestId('layer-settings').click();
      await row('plan.geojson').locator('[data-testid="layer-colour"][data-colour="userDataWine"]').click();
      await expect
        .poll(() => paintOf(page, 'plan.geojson', 'user-line', 'line-color'))
        .toContain(palette.userDataWine);
      expect(await paintOf(page, 'plan.geojson', 'user-point', 'circle-color')).toContain(
        palette.userDataWine,
      );
      expect(await paintOf(page, 'roads.geojson', 'user-line', 'line-color')).toBe(roadsBefore.line);
      expect(await paintOf(page, 'roads.geojson', 'user-point', 'circle-color')).toBe(roadsBefore.point);
      // Restyled layers are drawn again in full: nothing of either went missing.
      await expect.poll(drawn, READ).toEqual(NAMES);
      await screenshot(page, 'user-layers-two-restyled');
    });
  }, 120_000);
});
