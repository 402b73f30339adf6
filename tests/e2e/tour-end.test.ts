// The tour's edges: the end slide's QR code for a configured public address (and nothing shown at a
// local one), an unknown stop in a link, reduced motion, and an accessibility audit.
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { useAtlas, type TestWindow } from './harness';
import { expectStopFramed, settle, stopById, stops, tourTitle, usePublicUrl } from './tour-script';

const { withAtlas } = useAtlas();

describe('the guided tour', () => {
  test('the end slide hands the configured public address to phones, with a QR code made in the browser', async () => {
    await withAtlas({ hash: 'tour=review-1&lang=en' }, async ({ page }) => {
      await usePublicUrl(page, 'https://atlas.wujin.example.cn/map/');
      await page.keyboard.press('End');
      const img = page.locator('[data-testid=tour-qr] img');
      await img.waitFor();
      const src = (await img.getAttribute('src'))!;
      const png = PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      const expected = 'https://atlas.wujin.example.cn/map/#lang=en';
      expect(code?.data).toBe(expected);
      expect(await page.locator('[data-testid=tour-qr] .link').innerText()).toBe(expected);
    });
  });

  test('at a local address with no public one configured, the end slide shows no code and no instructions', async () => {
    await withAtlas({ hash: 'tour=review-1' }, async ({ page }) => {
      const config = page.waitForResponse((r) => r.url().endsWith('/atlas-config.json'));
      await page.keyboard.press('End');
      await expect.poll(() => tourTitle(page)).toBe(stops.at(-1)!.title.zh);
      // The shipped file names no address; once it is read, the slide has decided.
      expect(await (await config).json()).toEqual({ publicUrl: null });
      await expect.poll(() => page.getByTestId('tour').getAttribute('data-audience-link')).toBe('none');
      expect(await page.locator('[data-testid=tour-qr]').count()).toBe(0);
      expect(await page.getByTestId('tour-caption').innerText()).not.toMatch(
        /npm|HOST=|localhost|127\.0\.0\.1/,
      );
    });
  });

  test('an unknown stop in a link starts at the title and says so', async () => {
    await withAtlas({ hash: 'tour=no-such-stop' }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      expect(await page.locator('[data-testid=notices]').innerText()).toContain('no-such-stop');
    });
  });

  test('with reduced motion each stop is a jump, not a flight', async () => {
    await withAtlas({ hash: 'tour=title', contextOptions: { reducedMotion: 'reduce' } }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      await settle(page);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tourTitle(page)).toBe(stops.at(-2)!.title.zh);
      // The camera is already there on the next frame: no animation ran.
      const moving = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) =>
            requestAnimationFrame(() => resolve((window as unknown as TestWindow).__atlasMap.isMoving())),
          ),
      );
      expect(moving).toBe(false);
      await expectStopFramed(page, stops.at(-2)!);
    });
  });

  test('passes an accessibility audit, in both languages and on the end slide', async () => {
    await withAtlas({ hash: 'tour=review-1' }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      const audit = async () => {
        const result = await new AxeBuilder({ page }).include('[data-testid=tour]').analyze();
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      };
      expect(await audit()).toEqual([]);
      await page.evaluate(() => (window as unknown as TestWindow).__atlasState.view.setLang('en'));
      await expect.poll(() => tourTitle(page)).toBe(stopById('review-1').title.en);
      expect(await audit()).toEqual([]);
      await usePublicUrl(page, 'https://atlas.wujin.example.cn/');
      await page.keyboard.press('End');
      await page.locator('[data-testid=tour-qr] img').waitFor();
      expect(await audit()).toEqual([]);
    });
  });
});
