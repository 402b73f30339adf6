// Filters drive the map and the panels together, and a link with filters, a figure or a
// paragraph reopens the same view.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapIdle, openPanel, type TestWindow, useAtlas } from './harness';

const suite = useAtlas();

const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];

/** Ids of the report's places the map draws right now (any of their layers), by group. */
function renderedPlaces(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((groups) => {
    const map = (window as unknown as TestWindow).__atlasMap;
    const out: Record<string, string[]> = {};
    for (const f of map.queryRenderedFeatures()) {
      if (!groups.includes(f.source)) continue;
      (out[f.source] ??= []).push(String(f.properties.id));
    }
    for (const g of Object.keys(out)) out[g] = [...new Set(out[g])];
    return out;
  }, GROUPS);
}

describe('filters drive the map and the panels together', () => {
  test('hiding a group in the legend removes its features and updates the counts', async () => {
    await suite.withAtlas({}, async ({ page }) => {
      await page.locator('[data-testid="chart-counts"]').waitFor();
      const placeCounts = () =>
        page
          .locator('[data-testid="chart-counts"] tbody tr')
          .evaluateAll((rows) => rows.map((r) => Number(r.querySelector('td:last-child')?.textContent)));
      const before = await placeCounts();
      expect((await renderedPlaces(page)).water?.length ?? 0).toBeGreaterThan(0);

      await page.locator('[data-testid="legend"] [data-group="water"]').click();
      await mapIdle(page);
      expect((await renderedPlaces(page)).water ?? []).toEqual([]);
      const after = await placeCounts();
      // Ecology (the fifth theme) loses its lakes and rivers; the counts match the state.
      expect(after[4]).toBeLessThan(before[4]);
      const expected = await page.evaluate(
        () =>
          (window as unknown as TestWindow).__atlasState.visiblePlaces.filter((p) =>
            p.properties.report.some((r) => /^(review-4|plan-3)\./.test(r.paragraph)),
          ).length,
      );
      expect(after[4]).toBe(expected);
    });
  });

  test('the 2024 filter keeps 2024 places on the map and 2024 figures in the overview', async () => {
    await suite.withAtlas({}, async ({ page }) => {
      const all = Object.values(await renderedPlaces(page)).flat();
      await openPanel(page, 'layers');
      await page.locator('[data-testid="filters-panel"] input[name="year"]').nth(2).check();
      await mapIdle(page);
      const shown = Object.values(await renderedPlaces(page)).flat();
      const passing = await page.evaluate(() => [
        ...(window as unknown as TestWindow).__atlasState.filteredIds,
      ]);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(all.length);
      for (const id of shown) expect(passing, id).toContain(id);

      // Both years again: every place is back (the layers then carry no id filter at all).
      await page.locator('[data-testid="filters-panel"] input[name="year"]').nth(0).check();
      await mapIdle(page);
      expect(
        Object.values(await renderedPlaces(page))
          .flat()
          .sort(),
      ).toEqual([...all].sort());
      await page.locator('[data-testid="filters-panel"] input[name="year"]').nth(2).check();
      await mapIdle(page);

      await openPanel(page, 'overview');
      expect(await page.locator('[data-testid="headline-2023"]').count()).toBe(0);
      expect(
        await page.locator('[data-testid="headline-2024"] [data-metric]').count(),
      ).toBeGreaterThanOrEqual(5);
      const years = await page
        .locator('[data-testid="overview-panel"] [data-metric]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
      expect(years.every((id) => id?.includes('2024'))).toBe(true);
      expect(await page.locator('[data-testid="chart-counts"] thead th').allTextContents()).not.toContain(
        '2023年数字',
      );
    });
  });

  test('a link with filters reopens the same view, in English', async () => {
    await suite.withAtlas({ hash: 'year=2024&status=planned&panel=report&lang=en' }, async ({ page }) => {
      const state = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        return { year: a.filters.year, statuses: a.filters.statuses, panel: a.view.panel, lang: a.view.lang };
      });
      expect(state).toEqual({ year: 2024, statuses: ['planned'], panel: 'report', lang: 'en' });
      expect(await page.locator('#tab-report').getAttribute('aria-selected')).toBe('true');
      const reader = page.locator('[data-testid="report-reader"]');
      await reader.waitFor();
      expect(await reader.locator('#rp-plan').textContent()).toContain('Plans for 2024');
      expect(await reader.locator('[data-paragraph^="review-"]').count()).toBe(0);
      expect(await reader.locator('[data-paragraph^="plan-"]').count()).toBeGreaterThan(5);
      const statuses = await page.evaluate((groups) => {
        const map = (window as unknown as TestWindow).__atlasMap;
        return [
          ...new Set(
            map
              .queryRenderedFeatures()
              .filter((f) => groups.includes(f.source))
              .map((f) => f.properties.status),
          ),
        ];
      }, GROUPS);
      expect(statuses).toEqual(['planned']);
    });
  });

  test('a link to a figure and a paragraph reopens both; unknown ids become a notice', async () => {
    await suite.withAtlas(
      { hash: 'panel=report&fig=gehu-dredging-2023&para=plan-3.p1' },
      async ({ page }) => {
        await page.locator('[data-testid="report-reader"]').waitFor();
        await page.waitForFunction(() => {
          const el = document.querySelector('[data-paragraph="plan-3.p1"]')!.getBoundingClientRect();
          const panel = document.querySelector('[role="tabpanel"]')!.getBoundingClientRect();
          return el.top >= panel.top - 1 && el.top < panel.top + 200;
        });
        expect(await page.locator('[data-testid="reader-figure"]').textContent()).toContain('500万立方米');
        const figure = await page.evaluate(() => {
          const w = window as unknown as TestWindow;
          return w.__atlasMap.getFeatureState({ source: 'water', id: 'gehu' }).figure;
        });
        expect(figure).toBe(true);
      },
    );
    await suite.withAtlas({ hash: 'fig=no-such-figure&para=review-9.p9' }, async ({ page }) => {
      const notice = await page.locator('[data-testid="notices"]').textContent();
      expect(notice).toContain('no-such-figure');
      expect(notice).toContain('review-9.p9');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.figureId),
      ).toBeNull();
    });
  });
});
