// The overview and the report reader as a person meets them: the headline figures with their
// units, the report text linked to the map both ways, filters that drive map and panels together,
// links that reopen the same view, and no accessibility violations in any panel.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import {
  expectCleanRun,
  openAtlas,
  screenshot,
  useAtlas,
  type AtlasPage,
  type ViewportName,
  mapIdle,
  markTimeMs,
  marks,
} from './harness';

const suite = useAtlas();

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };

/** Opens the atlas, runs the check, and always closes the page; every run must stay clean. */
async function withAtlas(
  options: { hash?: string; viewport?: ViewportName },
  check: (atlas: AtlasPage) => Promise<void>,
): Promise<void> {
  const atlas = await openAtlas(suite.browser, suite.server.url, options);
  try {
    await check(atlas);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

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

async function openPanel(page: Page, id: string): Promise<void> {
  const tab = page.locator(`#tab-${id}`);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  // A panel's code loads on first use: wait for its contents, not just the 正在载入… line.
  await page.locator(`#panel-${id} > :not(.waiting)`).first().waitFor();
}

/** The accessibility audit of the whole page as it stands. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('the overview', () => {
  test('shows the headline figures with their units and qualifiers as the report states them', async () => {
    await withAtlas({}, async ({ page }) => {
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
    await withAtlas({ viewport: 'phone' }, async ({ page }) => {
      await page.locator('[data-testid="headline-2023"]').waitFor();
      const map = await page.locator('.maplibregl-canvas').boundingBox();
      expect(map?.height ?? 0).toBeGreaterThan(300);
      await screenshot(page, 'report-panels-overview-phone');
    });
  });
});

describe('the report reader', () => {
  test('selects a place named in the text and flies the map to it; the place lists its sentences and figures', async () => {
    await withAtlas({ hash: 'panel=report' }, async ({ page }) => {
      const reader = page.locator('[data-testid="report-reader"]');
      await reader.waitFor();
      const placeId = 'gehu-dredging';
      const name = reader.locator(`[data-paragraph="review-4.p1"] [data-place="${placeId}"]`).first();
      expect(await name.textContent()).toBe('滆湖清淤');
      await name.click();
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBe(placeId);
      // The camera ends containing the whole place.
      await page.waitForFunction(
        (id) => {
          const w = window as unknown as TestWindow;
          const place = w.__atlasState.catalog.byId.get(id);
          if (!place?.geometry || w.__atlasMap.isMoving()) return false;
          const coords: number[][] = [];
          const walk = (c: unknown): void => {
            if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[]);
            else if (Array.isArray(c)) c.forEach(walk);
          };
          walk((place.geometry as { coordinates: unknown }).coordinates);
          const bounds = w.__atlasMap.getBounds();
          return coords.every(([lon, lat]) => bounds.contains([lon, lat]));
        },
        placeId,
        { timeout: 10_000 },
      );

      // The detail lists every sentence that mentions the place and every figure tied to it.
      const detail = page.locator('[data-testid="detail-panel"]');
      const quotes = await page.evaluate(
        (id) =>
          (window as unknown as TestWindow).__atlasState.catalog.byId
            .get(id)!
            .properties.report.map((r) => r.quote),
        placeId,
      );
      expect(quotes.length).toBeGreaterThan(0);
      const listed = await detail.locator('[data-testid="detail-quotes"] blockquote').allTextContents();
      expect(listed.map((t) => t.replace(/[“”]/g, ''))).toEqual(quotes);
      const figures = detail.locator('[data-testid="detail-figures"] [data-metric]');
      expect(await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')))).toContain(
        'gehu-dredging-2023',
      );

      // From the detail back into the reader: the paragraph comes into view, briefly marked.
      await page.evaluate(() => {
        document.querySelector('[role="tabpanel"]')!.scrollTop = 0;
      });
      await detail.locator('[data-testid="detail-quotes"] li').last().getByRole('button').click();
      const lastRef = await page.evaluate(
        (id) =>
          (window as unknown as TestWindow).__atlasState.catalog.byId.get(id)!.properties.report.at(-1)!
            .paragraph,
        placeId,
      );
      const target = page.locator(`[data-paragraph="${lastRef}"]`);
      await page.locator(`[data-paragraph="${lastRef}"].flash`).waitFor();
      await page.waitForFunction(
        (id) => {
          const el = document.querySelector(`[data-paragraph="${id}"]`)!.getBoundingClientRect();
          const panel = document.querySelector('[role="tabpanel"]')!.getBoundingClientRect();
          // Scrolled to the top of the panel (below the sticky figure bar), the smooth scroll ended.
          return el.top >= panel.top - 1 && el.top < panel.top + 150;
        },
        lastRef,
        { timeout: 15_000 },
      );
      expect(await target.isVisible()).toBe(true);
      await page.waitForFunction(
        (id) =>
          window.location.hash.includes(`para=${id}`) && window.location.hash.includes('sel=gehu-dredging'),
        lastRef,
      );
      await screenshot(page, 'report-panels-reader-desktop');
    });
  });

  test('marks the places of a figure on the map, and says when a figure is district-wide', async () => {
    await withAtlas({ hash: 'panel=report' }, async ({ page }) => {
      await page.locator('[data-testid="report-reader"]').waitFor();
      const figure = page.locator('[data-metric="gehu-dredging-2023"]');
      expect(await figure.textContent()).toBe('500万立方米');
      await figure.click();
      const marks = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const atlas = w.__atlasState;
        return atlas.catalog.metrics
          .find((m) => m.id === 'gehu-dredging-2023')!
          .places.map((id) => ({
            id,
            figure: w.__atlasMap.getFeatureState({ source: atlas.groupOf.get(id)!, id }).figure,
          }));
      });
      expect(marks.map((m) => m.id)).toEqual(['gehu-dredging', 'gehu']);
      for (const m of marks) expect(m.figure, m.id).toBe(true);
      const bar = page.locator('[data-testid="reader-figure"]');
      expect(await bar.textContent()).toContain('滆湖');
      expect(
        await page.locator('[data-paragraph="review-4.p1"] [data-place="gehu"].marked').count(),
      ).toBeGreaterThan(0);

      // A figure tied to no place says so, and clears the marks.
      await page.locator('[data-metric="gdp-2023"]').click();
      expect(await bar.textContent()).toContain('全区');
      const cleared = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        return w.__atlasMap.getFeatureState({ source: 'water', id: 'gehu' }).figure;
      });
      expect(cleared).toBe(false);
      await page.waitForFunction(() => window.location.hash.includes('fig=gdp-2023'));
    });
  });
});

describe('filters drive the map and the panels together', () => {
  test('hiding a group in the legend removes its features and updates the counts', async () => {
    await withAtlas({}, async ({ page }) => {
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
    await withAtlas({}, async ({ page }) => {
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
    await withAtlas({ hash: 'year=2024&status=planned&panel=report&lang=en' }, async ({ page }) => {
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
    await withAtlas({ hash: 'panel=report&fig=gehu-dredging-2023&para=plan-3.p1' }, async ({ page }) => {
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
    });
    await withAtlas({ hash: 'fig=no-such-figure&para=review-9.p9' }, async ({ page }) => {
      const notice = await page.locator('[data-testid="notices"]').textContent();
      expect(notice).toContain('no-such-figure');
      expect(notice).toContain('review-9.p9');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.figureId),
      ).toBeNull();
    });
  });
});

describe('the panels come after the map', () => {
  test('the tabs are there at once, a panel’s contents once the map has drawn its first view', async () => {
    await withAtlas({}, async ({ page }) => {
      const idleMs = await markTimeMs(page, marks.mapIdle);
      const readyMs = await markTimeMs(page, marks.ready);
      expect(idleMs).toBeDefined();
      // The contents wait for the map, or for 2.5 s at most (a slow machine may get there first).
      const reason = await page.evaluate(
        () => (performance.getEntriesByName('atlas:panels-due')[0] as PerformanceMark | undefined)?.detail,
      );
      expect(['map', 'timeout']).toContain(reason);
      if (reason === 'map')
        expect(readyMs, 'the overview was built before the map had drawn').toBeGreaterThanOrEqual(idleMs!);
      else expect(readyMs).toBeGreaterThanOrEqual(2500);
      await expect.poll(() => page.locator('#panel-overview [data-metric]').count()).toBeGreaterThan(10);
      expect(await page.locator('#panel-overview').getAttribute('aria-busy')).toBe('false');
    });
  });

  test('a panel whose code cannot be fetched says so, offers to try again, and the rest keeps working', async () => {
    await withAtlas({ hash: 'panel=list' }, async (atlas) => {
      const { page, context } = atlas;
      await page.locator('#panel-list [data-place]').first().waitFor();
      // The overview's code has not been needed yet: its next fetch fails, as on a dropped connection.
      let blocked = true;
      await context.route(/\/assets\/Overview-[\w-]+\.js$/, (route) =>
        blocked ? route.abort('internetdisconnected') : route.continue(),
      );
      await page.locator('#tab-overview').click();
      const alert = page.locator('#panel-overview [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('此面板未能载入');
      // The map and the other panels are unaffected.
      await openPanel(page, 'list');
      expect(await page.locator('#panel-list [data-place]').count()).toBeGreaterThan(20);
      await openPanel(page, 'overview');
      blocked = false;
      await page.locator('#panel-overview button', { hasText: '重试' }).click();
      await expect.poll(() => page.locator('#panel-overview [data-metric]').count()).toBeGreaterThan(10);
      expect(await page.locator('#panel-overview [role="alert"]').count()).toBe(0);
      expectCleanRun(atlas, {
        allowConsole: [
          /Failed to fetch dynamically imported module|ERR_INTERNET_DISCONNECTED|Failed to load resource/,
        ],
      });
      // withAtlas checks the run again; nothing else may have gone wrong.
      atlas.consoleProblems.length = 0;
    });
  });
});

describe('accessibility', () => {
  test('axe finds no violations in the overview, the reader, the layers panel or a place’s details', async () => {
    await withAtlas({}, async ({ page }) => {
      await page.locator('[data-testid="chart-counts"]').waitFor();
      expect(await axeViolations(page), 'overview').toEqual([]);

      await openPanel(page, 'report');
      await page.locator('[data-testid="report-reader"]').waitFor();
      await page.locator('[data-metric="gehu-dredging-2023"]').click();
      expect(await axeViolations(page), 'report').toEqual([]);

      await page.locator('[data-place="gehu"]').first().click();
      await page.locator('[data-testid="detail-panel"]').waitFor();
      expect(await axeViolations(page), 'detail').toEqual([]);

      await openPanel(page, 'layers');
      expect(await axeViolations(page), 'layers').toEqual([]);
    });
  });

  test('the panels work from the keyboard', async () => {
    await withAtlas({ hash: 'panel=report' }, async ({ page }) => {
      await page.locator('[data-testid="report-reader"]').waitFor();
      const name = page.locator('[data-paragraph="review-5.p1"] [data-place]').first();
      const id = await name.getAttribute('data-place');
      await name.focus();
      await page.keyboard.press('Enter');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBe(id);
      // The place's card (loaded when first shown) takes the focus to its name.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
      // Arrow keys move between tabs; the overview's cards open their sentences with Enter.
      await page.locator('#tab-report').focus();
      await page.keyboard.press('ArrowLeft');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-overview');
      const toggle = page.locator('[data-metric="gdp-2023"] button[aria-expanded]');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    });
  });
});

describe('screenshots', () => {
  test('the reader with a selection, on a phone', async () => {
    await withAtlas({ viewport: 'phone', hash: 'panel=report' }, async ({ page }) => {
      await page.locator('[data-testid="report-reader"]').waitFor();
      await page.locator('[data-paragraph="review-5.p1"] [data-place="wujin-station"]').first().click();
      await page.locator('[data-testid="detail-panel"]').waitFor();
      await mapIdle(page);
      await screenshot(page, 'report-panels-reader-phone');
    });
  });
});
