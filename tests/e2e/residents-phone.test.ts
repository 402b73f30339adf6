// The phone layout: map and sheet share the screen, nothing scrolls sideways, targets are large
// enough, and near me and search fit.
import { describe, expect, test } from 'vitest';
import { readState, screenshot, useAtlas } from './harness';

const suite = useAtlas();

describe('phone layout', () => {
  test('map and sheet share the screen, nothing scrolls sideways, targets are at least 44 px', async () => {
    await suite.withAtlas({ viewport: 'phone', hash: 'panel=list' }, async (atlas) => {
      const { page } = atlas;
      await page.waitForSelector('[data-testid=place-list] button');
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const map = await box('.maplibregl-canvas');
      const sheet = await box('[data-testid=side-panel]');
      const header = await box('header');
      expect(map.height).toBeGreaterThan(250);
      expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
      // Search fits in the header.
      const search = await box('#atlas-search');
      expect(search.y + search.height).toBeLessThanOrEqual(header.y + header.height);
      expect(search.x + search.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      const small = await page.evaluate(() => {
        const selectors = [
          'header button',
          'header input',
          '[role=tab]',
          '[data-testid=sheet-handle]',
          '[data-testid=place-list-panel] select',
          '[data-testid=place-list] button',
        ];
        return selectors.flatMap((s) =>
          [...document.querySelectorAll<HTMLElement>(s)]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ s, text: el.textContent?.trim().slice(0, 20), r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.height < 44 || r.width < 44)
            .map(({ s, text, r }) => `${s} "${text}" ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
      });
      expect(small).toEqual([]);
      await screenshot(atlas, 'residents-phone-list');

      // The handle enlarges the sheet; the map stays in view above it.
      await page.tap('[data-testid=sheet-handle]');
      await expect.poll(() => page.getAttribute('[data-testid=side-panel]', 'data-sheet')).toBe('full');
      await expect.poll(async () => (await box('.maplibregl-canvas')).height).toBeGreaterThan(40);
      await page.tap('[data-testid=sheet-handle]');
      await expect.poll(() => page.getAttribute('[data-testid=side-panel]', 'data-sheet')).toBe('peek');
      await expect.poll(async () => (await box('.maplibregl-canvas')).height).toBeGreaterThan(500);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(atlas, 'residents-phone-peek');
    });
  });

  test('near me leads with the answer: the first results show without scrolling; the title is whole', async () => {
    await suite.withAtlas({ viewport: 'phone', hash: 'panel=near' }, async (atlas) => {
      const { page } = atlas;
      await page.selectOption('[data-testid=near-town]', 'hutang');
      await page.waitForSelector('[data-testid=near-item]');
      const content = (await page.locator('[data-testid=side-panel] .content').boundingBox())!;
      const first = (await page.locator('[data-testid=near-item]').first().boundingBox())!;
      // Inside the sheet's visible part, with no scrolling, on an 844 px high screen.
      expect(
        await page.evaluate(() => document.querySelector('[data-testid=side-panel] .content')!.scrollTop),
      ).toBe(0);
      expect(first.y).toBeGreaterThanOrEqual(content.y);
      expect(first.y + first.height).toBeLessThanOrEqual(Math.min(844, content.y + content.height));
      // The map keeps more of the screen than the sheet.
      const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
      const sheet = (await page.locator('[data-testid=side-panel]').boundingBox())!;
      expect(map.height).toBeGreaterThan(sheet.height);
      // Every part of the title is shown whole (nothing cut off with an ellipsis).
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('header h1, header h1 span')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      expect(await page.textContent('header h1')).toContain('政府工作报告地图');
      await screenshot(atlas, 'residents-phone-near');
    });
  });

  test('search fits in the phone header and its results stay on screen', async () => {
    await suite.withAtlas({ viewport: 'phone' }, async (atlas) => {
      const { page } = atlas;
      await page.tap('#atlas-search');
      await page.keyboard.type('wjz');
      await page.waitForSelector('[role=option][data-id=wujin-station]');
      const list = (await page.locator('[data-testid=search-results]').boundingBox())!;
      expect(list.x).toBeGreaterThanOrEqual(0);
      expect(list.x + list.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(atlas, 'residents-phone-search');
      await page.tap('[role=option][data-id=wujin-station]');
      await expect.poll(() => readState(page, (a) => a.selection.placeId)).toBe('wujin-station');
    });
  });
});
