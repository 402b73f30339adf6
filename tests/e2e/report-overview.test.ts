// The overview as a person meets it: the headline figures with their units and qualifiers as the
// report states them, on a laptop and on a phone.
import { describe, expect, test } from 'vitest';
import { screenshot, type TestWindow, useAtlas } from './harness';

const suite = useAtlas();

describe('the overview', () => {
  test('shows the headline figures with their units and qualifiers as the report states them', async () => {
    await suite.withAtlas({}, async ({ page }) => {
      await page.locator('[data-testid="overview-panel"]').waitFor();
      const gdp = page.locator(
        '[data-testid="headline-2023"] [data-metric="gdp-2023"] [data-testid="figure-value"]',
      );
      expect(await gdp.textContent()).toMatch(/^\s*3240\s*亿元\s*$/);
      const cards = page.locator('[data-testid="headline-2023"] [data-metric] [data-testid="figure-value"]');
      expect((await cards.allTextContents()).map((t) => t.trim())).toEqual([
        '3240亿元',
        '216.2亿元',
        '5.5%',
        '超5800亿元',
        '1600亿元',
        '超36万辆',
      ]);
      const growth = page.locator('[data-metric="gdp-growth-2024-target"] [data-testid="figure-value"]');
      expect((await growth.textContent())?.trim()).toBe('6%以上');
      expect(
        (
          await page
            .locator('[data-metric="general-budget-revenue-growth-2024-target"] [data-testid="figure-value"]')
            .textContent()
        )?.trim(),
      ).toBe('6%左右');
      // The charts load after the headline; the growth chart states the same words, in its table too.
      const chart = page.locator('[data-testid="chart-growth"]');
      await chart.waitFor();
      expect(await chart.locator('svg[role="img"]').getAttribute('aria-label')).toContain('6%以上');
      expect(await chart.locator('table').textContent()).toContain('高于GDP增幅');
      const pairs = page.locator('[data-testid="chart-pairs"] tbody tr');
      expect(await pairs.count()).toBeGreaterThanOrEqual(6);
      expect(await page.locator('[data-testid="chart-pairs"] table').textContent()).toContain('2500个以上');
      await screenshot(page, 'report-panels-overview-desktop');

      // A card's sentence on demand, and its link into the reader.
      const card = page.locator('[data-testid="headline-2023"] [data-metric="gdp-2023"]');
      await card.getByRole('button', { name: '原文' }).click();
      expect(await card.locator('blockquote').textContent()).toContain('预计完成地区生产总值3240亿元');
      await card.getByRole('button', { name: '在报告中查看' }).click();
      await page.locator('[data-paragraph="review-summary.p1"].flash').waitFor();
      expect(await page.evaluate(() => (window as unknown as TestWindow).__atlasState.view.panel)).toBe(
        'report',
      );
    });
  });

  test('reads well on a phone and leaves the map in view', async () => {
    await suite.withAtlas({ viewport: 'phone' }, async ({ page }) => {
      await page.locator('[data-testid="headline-2023"]').waitFor();
      const map = await page.locator('.maplibregl-canvas').boundingBox();
      expect(map?.height ?? 0).toBeGreaterThan(300);
      await screenshot(page, 'report-panels-overview-phone');
    });
  });
});
