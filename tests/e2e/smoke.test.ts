// The built atlas opens in headless Chromium, draws its map and stays clean: no console errors
// or warnings, no uncaught exceptions, no request leaving localhost, no missing file.
import { expect, test } from 'vitest';
import { expectCleanRun, markTimeMs, marks, openAtlas, screenshot, useAtlas } from './harness';

const suite = useAtlas();

test('the atlas opens on the desktop, draws its map and logs no problem', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, { viewport: 'desktop' });
  try {
    const mapIdleMs = await markTimeMs(atlas.page, marks.mapIdle);
    expect(mapIdleMs).toBeGreaterThan(0);
    // The map is exposed for tests; a canvas of the viewport's size means WebGL drew into it.
    const canvas = await atlas.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap?: { getCanvas(): HTMLCanvasElement } }).__atlasMap;
      const element = map?.getCanvas();
      return element ? { width: element.clientWidth, height: element.clientHeight } : null;
    });
    expect(canvas).not.toBeNull();
    expect(canvas?.width).toBeGreaterThan(0);
    await screenshot(atlas, 'smoke-desktop');
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});
