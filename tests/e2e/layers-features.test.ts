// A planner's own features on the map: named from their attributes (an area keeps its name when
// one of the file's lines crosses it), and a click shows a feature's size and attributes in a card
// that offers the report's places near it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapIdle, screenshot, useAtlas, type TestWindow } from './harness';
import { atlasRunner, drawnLabels, planFile, textFile } from './harness-files';

const withAtlas = atlasRunner(useAtlas());

describe("the planner's features", () => {
  /** A pixel inside the planner's area where no point or line is within reach of a click. */
  function clearSpotInArea(page: Page): Promise<{ x: number; y: number }> {
    return page.evaluate(() => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      const groups = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
      const userLayers = (window as unknown as TestWindow).__atlasState.planner.layers.flatMap((l) =>
        ['user-fill', 'user-line', 'user-point'].map((role) => `${role}:${l.id}`),
      );
      for (let i = 1; i < 10; i++) {
        for (let j = 1; j < 10; j++) {
          const p = map.project([119.92 + (0.06 * i) / 10, 31.66 + (0.04 * j) / 10]);
          // The layers a click tries (the adapter's hit layers: interactiveLayerIds and the user's).
          const layers = groups
            .flatMap((g) => [`${g}-point`, `${g}-line`, `${g}-line-planned`, `${g}-area-fill`])
            .concat(userLayers);
          const near = map.queryRenderedFeatures(
            [
              [p.x - 14, p.y - 14],
              [p.x + 14, p.y + 14],
            ],
            { layers },
          );
          // The report's areas may lie under it (a click prefers the planner's area to them), but
          // none of its points or lines, nor the planner's own point or line, may be in reach.
          const clear = near.every(
            (f) =>
              f.geometry.type.includes('Polygon') ||
              (!groups.includes(f.source) && !f.source.startsWith('user:')),
          );
          const at = { x: rect.left + p.x, y: rect.top + p.y };
          // …and the map itself must be what is there, not the legend or a panel over it.
          if (clear && document.elementFromPoint(at.x, at.y) === map.getCanvas()) return at;
        }
      }
      throw new Error('no clear spot inside the test area');
    });
  }

  test('its features are labelled by name, and a click shows a feature’s size and attributes', async () => {
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(planFile());
      await expect.poll(() => page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      await mapIdle(page);
      const labels = await drawnLabels(page);
      expect(new Set(labels)).toEqual(new Set(['规划点', '规划线', '规划区']));

      const spot = await clearSpotInArea(page);
      await page.mouse.click(spot.x, spot.y);
      const card = page.getByTestId('user-feature');
      await card.waitFor();
      expect(await card.locator('h2').textContent()).toContain('规划区');
      expect(await card.getByTestId('user-feature-layer').textContent()).toBe('我的数据 · plan.geojson');
      const attributes = await card.getByTestId('user-feature-attributes').innerText();
      expect(attributes.replace(/\s+/g, ' ')).toContain('用地性质 工业用地 批复年份 2023 备注 —');
      // The area, checked against a spherical rectangle computed here: 0.06° × 0.04° at 31.68° N.
      const size = (await card.getByTestId('user-feature-size').textContent()) ?? '';
      const km2 = Number(/([\d.]+) 平方公里/.exec(size)?.[1]);
      const r = 6_371_008.8;
      const rad = Math.PI / 180;
      const expectedKm2 = (r * r * 0.06 * rad * (Math.sin(31.7 * rad) - Math.sin(31.66 * rad))) / 1e6;
      expect(Math.abs(km2 - expectedKm2) / expectedKm2).toBeLessThan(0.01);
      expect(size).toContain('周长');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBeNull();
      // The map marks the open feature, and only it.
      const marked = () =>
        page.evaluate(() => {
          const w = window as unknown as TestWindow;
          const layers = w.__atlasState.planner.layers.flatMap((l) =>
            ['user-selected-casing', 'user-selected-point'].map((role) => `${role}:${l.id}`),
          );
          return w.__atlasMap
            .queryRenderedFeatures({ layers })
            .map((f) => String(f.properties['atlas:label']));
        });
      // (The mark is re-tiled in MapLibre's worker: seconds on a busy machine.)
      await expect.poll(async () => [...new Set(await marked())], { timeout: 15_000 }).toEqual(['规划区']);
      await screenshot(page, 'user-feature-desktop');
      expect(
        (await new AxeBuilder({ page }).include('[data-testid="user-feature"]').analyze()).violations,
      ).toEqual([]);

      // The report's projects around it: near me, from a point inside the area, named after it.
      await card.getByTestId('user-feature-nearby').click();
      // (The panel's code may still be arriving: it is loaded on first use.)
      await expect.poll(() => page.locator('#panel-near').textContent()).toContain('起点: 规划区');
      const origin = await page.evaluate(
        () => (window as unknown as TestWindow).__atlasState.tools.nearOrigin,
      );
      expect(origin?.source).toBe('user');
      expect(origin!.lon).toBeGreaterThan(119.92);
      expect(origin!.lon).toBeLessThan(119.98);
      expect(origin!.lat).toBeGreaterThan(31.66);
      expect(origin!.lat).toBeLessThan(31.7);
      // 武进站 lies about 1 km south of the area: within the default radius.
      await expect.poll(() => page.locator('#panel-near').textContent()).toContain('武进站');
      await mapIdle(page);

      // Esc closes the card; a click on a place of the report opens the place instead.
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      await expect.poll(() => marked()).toEqual([]);
      // (The card's opening may have re-framed the freshly loaded file: find the spot again.)
      await mapIdle(page);
      const again = await clearSpotInArea(page);
      await page.mouse.click(again.x, again.y);
      await card.waitFor();
      await page.evaluate(() => (window as unknown as TestWindow).__atlasState.select('wujin-station'));
      await expect.poll(() => card.count()).toBe(0);
      await page.getByTestId('detail-panel').waitFor();
    });
  }, 60_000);

  test('an area keeps its name when one of the file’s lines runs through its middle', async () => {
    // A vertical line's name, placed at the line's centre, covers the point below the area's centre
    // where the area's name would go; the area's name has to move aside, not disappear.
    const crossed = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '地块甲' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [119.93, 31.67],
                [119.97, 31.67],
                [119.97, 31.71],
                [119.93, 31.71],
                [119.93, 31.67],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: '规划道路' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [119.95, 31.675],
              [119.95, 31.705],
            ],
          },
        },
      ],
    };
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      await page
        .getByTestId('user-data-file')
        .setInputFiles(textFile('crossed.geojson', JSON.stringify(crossed)));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent())
        .toContain('crossed.geojson');
      await mapIdle(page);
      const labels = await drawnLabels(page);
      expect(new Set(labels)).toEqual(new Set(['地块甲', '规划道路']));
      await screenshot(page, 'user-labels-crossed');
    });
  });
});
