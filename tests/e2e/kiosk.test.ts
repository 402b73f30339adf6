// A kiosk offers full screen from its own controls. Headless Chromium cannot really go full
// screen, so the page's Fullscreen API is replaced before the atlas loads by a spy that records
// the call and then behaves as a browser that switched.
import { expect, test } from 'vitest';
import { expectCleanRun, openAtlas, useAtlas } from './harness';

const suite = useAtlas();

test('the kiosk’s full-screen button asks the browser for full screen, and can leave it again', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, {
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
  });
  try {
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
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});
