// A kiosk offers full screen from its own controls. Headless Chromium cannot really go full
// screen, so the page's Fullscreen API is replaced before the atlas loads by a spy that records
// the call and then behaves as a browser that switched. And a kiosk showing a tour from a link is
// left whole by the tour's own exit or Esc: no way out leaves the screen locked in kiosk mode.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { screenshot, useAtlas, type ViewportName } from './harness';

const suite = useAtlas();

test('the kiosk’s full-screen button asks the browser for full screen, and can leave it again', async () => {
  await suite.withAtlas(
    {
      hash: 'kiosk=1&lang=en',
      initScript: () => {
        const calls: string[] = [];
        let element: Element | null = null;
        Object.defineProperty(window, '__fullscreenCalls', { value: calls });
        Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => true });
        Object.defineProperty(Document.prototype, 'fullscreenElement', { get: () => element });
        Element.prototype.requestFullscreen = function (this: Element) {
          calls.push(`request ${this.tagName.toLowerCase()}`);
          element = document.documentElement;
          document.dispatchEvent(new Event('fullscreenchange'));
          return Promise.resolve();
        };
        Document.prototype.exitFullscreen = function () {
          calls.push('exit');
          element = null;
          document.dispatchEvent(new Event('fullscreenchange'));
          return Promise.resolve();
        };
      },
    },
    async (atlas) => {
      const { page } = atlas;
      const calls = () =>
        page.evaluate(() => (window as unknown as { __fullscreenCalls: string[] }).__fullscreenCalls);
      const button = page.getByTestId('kiosk-fullscreen');
      await button.waitFor();
      expect(await button.innerText()).toBe('Full screen');
      expect(await calls()).toEqual([]);
      await button.click();
      await expect.poll(calls).toEqual(['request html']);
      await expect.poll(() => button.innerText()).toBe('Exit full screen');
      await button.click();
      await expect.poll(calls).toEqual(['request html', 'exit']);
      await expect.poll(() => button.innerText()).toBe('Full screen');
    },
  );
});

describe('a kiosk showing a tour from a link', () => {
  const modes = (page: Page) =>
    page.evaluate(() => {
      const a = (window as unknown as { __atlasState: AtlasState }).__atlasState;
      return { stopId: a.presentation.stopId, kiosk: a.presentation.kiosk };
    });
  /** The address once the state's delayed write has caught up with the state. */
  const settledHash = async (page: Page) => {
    await page.waitForFunction(
      () =>
        window.location.hash.replace(/^#/, '') ===
        (window as unknown as { __atlasState: AtlasState }).__atlasState.hash,
    );
    return page.evaluate(() => window.location.hash);
  };
  /** Both modes off, the normal controls back, and the link says neither. */
  async function expectLeftWhole(page: Page): Promise<void> {
    await expect.poll(() => modes(page)).toEqual({ stopId: null, kiosk: false });
    await page.locator('header.bar').waitFor({ state: 'visible' });
    expect(await page.getByTestId('kiosk-bar').count()).toBe(0);
    expect(await page.getByTestId('tour').count()).toBe(0);
    const hash = await settledHash(page);
    expect(hash).not.toMatch(/kiosk|tour/);
  }

  test.each<[ViewportName, 'zh' | 'en', string]>([
    ['phone', 'zh', '退出演示'],
    ['fourK', 'en', 'Leave the presentation'],
  ])(
    'at %s size in %s, the tour’s own exit (%s) leaves the kiosk too',
    async (viewport, lang, label) => {
      await suite.withAtlas(
        {
          viewport,
          hash: `tour=review-2&kiosk=1&lang=${lang}`,
          timeoutMs: 90_000,
        },
        async (atlas) => {
          const { page } = atlas;
          await page.getByTestId('tour').waitFor();
          expect(await modes(page)).toEqual({ stopId: 'review-2', kiosk: true });
          const leave = page.getByTestId('tour-leave');
          expect(await leave.isVisible()).toBe(true);
          expect(await leave.innerText()).toBe(label);
          await screenshot(atlas, `kiosk-tour-${viewport}-${lang}`);
          await leave.click();
          await expectLeftWhole(page);
          await screenshot(atlas, `kiosk-tour-left-${viewport}-${lang}`);
        },
      );
    },
    180_000,
  );

  test('Esc on the tour’s own controls leaves the kiosk too', async () => {
    await suite.withAtlas({ hash: 'tour=review-2&kiosk=1' }, async (atlas) => {
      const { page } = atlas;
      await page.getByTestId('tour').waitFor();
      // The key goes to the tour's caption first, where the tour's own keys answer it.
      await page.getByTestId('tour-next').focus();
      await page.keyboard.press('Escape');
      await expectLeftWhole(page);
    });
  });
});
