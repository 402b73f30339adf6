// The report reader linked to the map both ways: a place named in the text is selected and flown
// to, a figure marks its places, and the reader reads well on a phone.
import { describe, expect, test } from 'vitest';
import { mapIdle, screenshot, type TestWindow, useAtlas } from './harness';

const suite = useAtlas();

describe('the report reader', () => {
  test('selects a place named in the text and flies the map to it; the place lists its sentences and figures', async () => {
    await suite.withAtlas({ hash: 'panel=report' }, async ({ page }) => {
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
    await suite.withAtlas({ hash: 'panel=report' }, async ({ page }) => {
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

describe('screenshots', () => {
  test('the reader with a selection, on a phone', async () => {
    await suite.withAtlas({ viewport: 'phone', hash: 'panel=report' }, async ({ page }) => {
      await page.locator('[data-testid="report-reader"]').waitFor();
      await page.locator('[data-paragraph="review-5.p1"] [data-place="wujin-station"]').first().click();
      await page.locator('[data-testid="detail-panel"]').waitFor();
      await mapIdle(page);
      await screenshot(page, 'report-panels-reader-phone');
    });
  });
});
