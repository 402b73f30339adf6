// Sharing the view by link and QR code, a phone's share sheet, and a manual copy without a
// clipboard; then an accessibility audit with search, near me and the share dialog open.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import {
  axeViolations,
  expectCleanRun,
  marks,
  openAtlas,
  readState,
  screenshot,
  waitForMark,
  useAtlas,
} from './harness';

const suite = useAtlas();

describe('share', () => {
  test('copies the link of this view and shows a QR code that decodes to it', async () => {
    await suite.withAtlas(
      {
        viewport: 'desktop',
        hash: 'sel=gehu&panel=list',
        permissions: ['clipboard-read', 'clipboard-write'],
      },
      async (atlas) => {
        const { page } = atlas;
        await page.click('[data-testid=share-button]');
        await page.waitForSelector('[data-testid=share-qr]');
        await expect.poll(() => page.textContent('[data-testid=share-status]')).toContain('已复制');
        const link = await page.inputValue('[data-testid=share-url]');
        const hash = await readState(page, (a) => a.hash);
        expect(link).toBe(`${suite.server.url}#${hash}`);
        expect(link).toContain('sel=gehu');
        expect(link).toContain('panel=list');
        // Served from localhost: the dialog says other devices cannot open this link.
        expect(await page.textContent('[data-testid=share-local-only]')).toContain('其他手机或电脑打不开');

        const src = (await page.getAttribute('[data-testid=share-qr]', 'src'))!;
        expect(src.startsWith('data:image/png;base64,')).toBe(true);
        const png = PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'));
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(code?.data).toBe(link);
        await expect.poll(() => page.evaluate(() => location.href)).toBe(link);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
        await screenshot(atlas, 'residents-share');
        await page.keyboard.press('Escape');
        expect(await page.locator('[data-testid=share-dialog]').isVisible()).toBe(false);

        // The link reopens the same view: opened by someone else, in a browser of their own.
        const camera = await readState(page, (a) => a.view.camera);
        const other = await openAtlas(suite.browser, suite.server.url, { hash: new URL(link).hash });
        try {
          expect(other.page.url()).toBe(link);
          // 滆湖's details (its name in geo/layers/water.geojson) beside the list.
          await expect
            .poll(() => other.page.getByTestId('detail-panel').locator('h2').textContent())
            .toContain('滆湖');
          expect(await other.page.locator('#tab-list').getAttribute('aria-selected')).toBe('true');
          const reopened = await readState(other.page, (a) => a.view.camera);
          expect(reopened.zoom).toBeCloseTo(camera.zoom, 2);
          expect(reopened.lat).toBeCloseTo(camera.lat, 4);
          expect(reopened.lon).toBeCloseTo(camera.lon, 4);
          expectCleanRun(other);
        } finally {
          await other.close();
        }
      },
    );
  });

  test('a phone with a share sheet gets the link of this view there, and no dialog', async () => {
    const shared: { title?: string; url?: string }[] = [];
    await suite.withAtlas({ viewport: 'phone', hash: 'sel=gehu' }, async ({ page }) => {
      // A share sheet that records what it was given; headless Chromium on Linux has none.
      await page.exposeFunction('__recordShare', (data: { title?: string; url?: string }) =>
        shared.push(data),
      );
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (data: ShareData) =>
            (window as unknown as { __recordShare: (d: ShareData) => Promise<void> }).__recordShare({
              title: data.title,
              url: data.url,
            }),
        });
      });
      // The same build under a name other devices could reach (answered by this test from the
      // local server), since a localhost link is never handed to the sheet.
      const local = new URL(suite.server.url);
      await page.route('http://atlas.example/**', async (route) => {
        const url = new URL(route.request().url());
        url.protocol = local.protocol;
        url.host = local.host;
        await route.fulfill({ response: await route.fetch({ url: url.href }) });
      });
      try {
        await page.goto('http://atlas.example/#sel=gehu');
        await waitForMark(page, marks.ready, 30_000);
        await page.tap('[data-testid=share-button]');
        await expect.poll(() => shared.length).toBe(1);
        const hash = await readState(page, (a) => a.hash);
        expect(shared[0].url).toBe(`http://atlas.example/#${hash}`);
        expect(shared[0].url).toContain('sel=gehu');
        expect(shared[0].title).toBe('武进区政府工作报告地图');
        expect(await page.locator('[data-testid=share-dialog]').isVisible()).toBe(false);
      } finally {
        // The page goes on fetching its later chunks after the checks; a fetch still in flight
        // when the test closes the page must not fail the run.
        await page.unrouteAll({ behavior: 'ignoreErrors' });
      }
    });
  });

  test('on this device, a share sheet is not offered a link no one else can open', async () => {
    await suite.withAtlas(
      {
        viewport: 'phone',
        initScript: () => {
          (window as unknown as { __shareCalls: number }).__shareCalls = 0;
          Object.defineProperty(navigator, 'share', {
            configurable: true,
            value: async () => void (window as unknown as { __shareCalls: number }).__shareCalls++,
          });
        },
      },
      async ({ page }) => {
        await page.tap('[data-testid=share-button]');
        await page.waitForSelector('[data-testid=share-local-only]');
        await page.waitForSelector('[data-testid=share-qr]');
        expect(await page.evaluate(() => (window as unknown as { __shareCalls: number }).__shareCalls)).toBe(
          0,
        );
      },
    );
  });

  test('without a clipboard the link is selected for a manual copy', async () => {
    await suite.withAtlas({ viewport: 'phone' }, async ({ page }) => {
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        document.execCommand = () => false;
      });
      await page.tap('[data-testid=share-button]');
      await expect.poll(() => page.textContent('[data-testid=share-status]')).toContain('无法自动复制');
      const selected = await page.evaluate(() => {
        const field = document.activeElement as HTMLInputElement;
        return (
          field?.dataset.testid === 'share-url' &&
          field.selectionEnd! - field.selectionStart! === field.value.length
        );
      });
      expect(selected).toBe(true);
      await page.waitForSelector('[data-testid=share-qr]');
    });
  });
});

describe('accessibility', () => {
  test('no violations with search results open, near-me results listed and the share dialog open', async () => {
    await suite.withAtlas({ viewport: 'desktop', hash: 'panel=near' }, async ({ page }) => {
      await page.locator('#atlas-search').fill('湖');
      await page.waitForSelector('[role=option]');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.selectOption('[data-testid=near-town]', 'hutang');
      await page.waitForSelector('[data-testid=near-item]');
      expect(await axeViolations(page)).toEqual([]);
      await page.click('[data-testid=share-button]');
      await page.waitForSelector('[data-testid=share-qr]');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
