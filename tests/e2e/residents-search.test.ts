// A resident searches: pinyin and the keyboard choose a place, a town gets a labelled pin, junk
// input never breaks the page, and the search engine loads only once the map has drawn.
import { describe, expect, test } from 'vitest';
import { overlayFeatures, readState, type TestWindow, useAtlas } from './harness';

const suite = useAtlas();

describe('search', () => {
  test('typing pinyin "ghu" and choosing with the keyboard selects 滆湖 and leaves a pin', async () => {
    await suite.withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      await expect.poll(() => input.getAttribute('role')).toBe('combobox');
      await input.focus();
      await page.keyboard.type('ghu');
      await page.waitForSelector('[role=option][data-id=gehu]');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const firstOption = page.locator('[role=option]').first();
      expect(await firstOption.getAttribute('data-id')).toBe('gehu');
      // Enter while a Chinese input method is composing confirms the characters, not a result.
      await input.evaluate((el) =>
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })),
      );
      expect(await readState(page, (a) => a.selection.placeId)).toBeNull();
      expect(await input.getAttribute('aria-expanded')).toBe('true');

      await page.keyboard.press('ArrowDown');
      const activeId = await input.getAttribute('aria-activedescendant');
      expect(activeId).toBe(await firstOption.getAttribute('id'));
      expect(await firstOption.getAttribute('aria-selected')).toBe('true');
      // Down and up again: the combobox walks the list and comes back.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await input.getAttribute('aria-activedescendant')).toBe(activeId);

      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (window as unknown as TestWindow).__atlasState.selection.placeId === 'gehu',
      );
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.inputValue()).toBe('滆湖');
      const pin = await readState(page, (a) => a.tools.searchPin);
      expect(pin).not.toBeNull();
      expect(await overlayFeatures(page, 'search-pin')).toHaveLength(1);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=gehu');
    });
  });

  test('a town is marked with a labelled pin; Escape closes, then clears', async () => {
    await suite.withAtlas({ viewport: 'desktop', hash: 'sel=wujin-station' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      await input.fill('湖塘');
      await page.waitForSelector('[role=option][data-kind=town][data-id=hutang]');
      // The town is the whole query: its group comes first, and Enter takes the first option.
      expect(await page.locator('[role=option]').first().getAttribute('data-id')).toBe('hutang');
      await page.keyboard.press('Enter');
      await expect.poll(() => readState(page, (a) => a.tools.searchPin?.label)).toBe('湖塘镇');
      expect(await readState(page, (a) => a.selection.placeId)).toBeNull();
      const pins = await overlayFeatures(page, 'search-pin');
      expect(pins.map((f) => f.properties.name_zh)).toEqual(['湖塘镇']);

      await input.fill('zzqqxx 不存在');
      await page.waitForSelector('[data-testid=search-message]');
      expect(await page.textContent('[data-testid=search-message]')).toContain('没有找到');
      expect(await page.locator('[role=option]').count()).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Escape');
      expect(await input.inputValue()).toBe('');
      expect(await readState(page, (a) => a.tools.searchPin)).toBeNull();
    });
  });

  test('junk input never breaks the page', async () => {
    await suite.withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      for (const junk of ['😀🚄', '.*(', 'a'.repeat(500), '滆湖 gehu Lake 😀 武进zhan', '<b>x</b>']) {
        await input.fill(junk);
        await page.waitForSelector('[data-testid=search-results] [role=option]');
      }
    });
  });

  test('the search engine loads by itself once the map has drawn, not while it draws', async () => {
    await suite.withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      // Its own chunk (pinyin table and index); nobody has touched the search box.
      const engineChunk = /\/assets\/runtime-[\w-]+\.js$/;
      await page.waitForFunction(
        (source) =>
          performance
            .getEntriesByType('resource')
            .some((entry) => new RegExp(source).test(new URL(entry.name).pathname)),
        engineChunk.source,
        { timeout: 10_000 },
      );
      const timing = await page.evaluate((source) => {
        const chunk = performance
          .getEntriesByType('resource')
          .find((entry) => new RegExp(source).test(new URL(entry.name).pathname));
        return {
          requestedMs: chunk?.startTime ?? NaN,
          mapIdleMs: performance.getEntriesByName('atlas:map-idle', 'mark')[0]?.startTime ?? NaN,
        };
      }, engineChunk.source);
      expect(timing.requestedMs).toBeGreaterThan(timing.mapIdleMs);
      // Loaded already: the first keystroke is answered without a loading line.
      await page.locator('#atlas-search').fill('gehu');
      await expect
        .poll(() => page.locator('[data-testid=search-results] [role=option]').count())
        .toBeGreaterThan(0);
    });
  });
});
