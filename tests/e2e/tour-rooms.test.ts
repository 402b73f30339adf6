// The tour where it is shown: a kiosk that resets after a spell without input and plays the tour by
// itself, the caption on a 4K screen beside a natively sized map, and on a phone as a band.
import { describe, expect, test } from 'vitest';
import { screenshot, useAtlas, type TestWindow } from './harness';
import { expectStopFramed, GROUPS, settle, stopById, stops, tourTitle, usePublicUrl } from './tour-script';

const { withAtlas } = useAtlas();

describe('kiosk mode', () => {
  test('resets to the title after the idle time, plays the tour by itself and stops at a touch', async () => {
    await withAtlas({ hash: 'kiosk=1&idle=15' }, async ({ page, context }) => {
      // Virtual time from the start of the page, so the idle timer can be fast-forwarded.
      await context.clock.install();
      await page.reload({ waitUntil: 'load' });
      // The fake clock replaces `performance`, so the atlas's marks are not seen: wait for the map itself.
      await page.waitForFunction(
        () => (window as unknown as Partial<TestWindow>).__atlasMap?.loaded() === true,
        null,
        {
          timeout: 30_000,
        },
      );
      const state = () =>
        page.evaluate(() => {
          const a = (window as unknown as TestWindow).__atlasState;
          return {
            tour: a.presentation.stopId,
            selection: a.selection.placeId,
            year: a.filters.year,
            groups: [...a.filters.groups],
            kiosk: a.presentation.kiosk,
          };
        });
      // A kiosk presents from the start.
      expect(await state()).toMatchObject({ tour: 'title', kiosk: true });
      // What a visitor left behind, having left the tour to look around.
      await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        a.leaveTour();
        a.select('gehu');
        a.filters.setYear(2024);
        a.filters.toggleGroup('water');
      });
      // The visitor's last touch: the idle time counts from here.
      await page.mouse.move(600, 400);
      await page.clock.fastForward(14_000);
      expect((await state()).tour).toBeNull();
      await page.clock.fastForward(1_500);
      await expect.poll(async () => (await state()).tour).toBe('title');
      expect(await state()).toEqual({
        tour: 'title',
        selection: null,
        year: null,
        // The title slide shows every layer that is on by default: all six.
        groups: [...GROUPS],
        kiosk: true,
      });
      await page.locator('[data-testid=tour]').waitFor();
      expect(await page.locator('[data-testid=tour-hint]').innerText()).toContain('自动播放');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tour=title&kiosk=1&idle=15');

      // Nobody there: the next stop after about 12 s, and the next.
      await page.clock.fastForward(12_100);
      await expect.poll(async () => (await state()).tour).toBe(stops[1].id);
      await page.clock.fastForward(12_100);
      await expect.poll(async () => (await state()).tour).toBe(stops[2].id);

      // A touch stops the tour where it is; nothing moves until the next idle spell.
      await page.mouse.move(1000, 500);
      await page.mouse.move(1010, 505);
      await page.clock.fastForward(12_100);
      expect((await state()).tour).toBe(stops[2].id);
      expect(await page.locator('[data-testid=tour-hint]').innerText()).not.toContain('自动播放');
      await page.clock.fastForward(3_500);
      await expect.poll(async () => (await state()).tour).toBe('title');
    });
  });
});

describe('on a 4K screen', () => {
  test('sets the caption in room-sized type beside a natively sized map', async () => {
    // SwiftShader draws 8 million pixels a frame on two cores: allow it time.
    await withAtlas({ viewport: 'fourK', hash: 'tour=review-5', timeoutMs: 90_000 }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      await settle(page);
      const sizes = await page.evaluate(() => {
        const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
        const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
        return {
          body: px('[data-testid=tour-text]'),
          quote: px('[data-testid=tour-quote] blockquote'),
          title: px('[data-testid=tour-title]'),
          figure: px('[data-testid=tour-figures] .number'),
          uiScale: getComputedStyle(document.querySelector('.atlas')!).getPropertyValue('--ui-scale').trim(),
          canvasCss: [canvas.clientWidth, canvas.clientHeight],
          canvasPx: [canvas.width, canvas.height],
          transform: getComputedStyle(canvas).transform,
        };
      });
      expect(sizes.uiScale).toBe('2');
      expect(sizes.body).toBeGreaterThanOrEqual(40);
      expect(sizes.quote).toBeGreaterThanOrEqual(40);
      expect(sizes.title).toBeGreaterThan(sizes.body * 1.5);
      expect(sizes.figure).toBeGreaterThan(sizes.title);
      // The map fills the screen at its native resolution: no CSS scaling.
      expect(sizes.canvasCss).toEqual([3840, 2160]);
      expect(sizes.canvasPx).toEqual([3840, 2160]);
      expect(sizes.transform).toBe('none');
      await expectStopFramed(page, stopById('review-5'));
      await screenshot(page, 'tour-4k-review-5');

      await page.keyboard.press('Home');
      await expect.poll(() => tourTitle(page)).toBe(stops[0].title.zh);
      await settle(page);
      await screenshot(page, 'tour-4k-title');
      await usePublicUrl(page, 'https://atlas.wujin.example.cn/');
      await page.keyboard.press('End');
      await page.locator('[data-testid=tour-qr] img').waitFor();
      await settle(page);
      await screenshot(page, 'tour-4k-end');
    });
  }, 300_000);

  test('keeps the caption readable on a phone, as a band below the map', async () => {
    await withAtlas({ viewport: 'phone', hash: 'tour=plan-4' }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      await settle(page);
      const card = await page.locator('[data-testid=tour-caption]').boundingBox();
      expect(card!.width).toBeGreaterThan(380);
      expect(card!.y).toBeGreaterThan(844 * 0.4);
      // The camera frames the stop's places above the band, not under it.
      await expectStopFramed(page, stopById('plan-4'));
      await screenshot(page, 'tour-phone-plan-4');
    });
  });
});
