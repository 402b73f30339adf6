// The panels come after the map, say so when their code cannot be fetched, pass an accessibility
// audit and work from the keyboard.
import { describe, expect, test } from 'vitest';
import {
  axeViolations,
  expectCleanRun,
  marks,
  markTimeMs,
  openPanel,
  type TestWindow,
  useAtlas,
} from './harness';

const suite = useAtlas();

describe('the panels come after the map', () => {
  test('the tabs are there at once, a panel’s contents once the map has drawn its first view', async () => {
    await suite.withAtlas({}, async ({ page }) => {
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
    await suite.withAtlas({ hash: 'panel=list' }, async (atlas) => {
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
  // Four audits of the whole page: more than the default time on a busy two-core machine.
  test('axe finds no violations in the overview, the reader, the layers panel or a place’s details', async () => {
    await suite.withAtlas({}, async ({ page }) => {
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
  }, 180_000);

  test('the panels work from the keyboard', async () => {
    await suite.withAtlas({ hash: 'panel=report' }, async ({ page }) => {
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
