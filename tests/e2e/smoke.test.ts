// The built atlas opens in headless Chromium, draws its map and stays clean: no console errors
// or warnings, no uncaught exceptions, no request leaving localhost, no missing file.
import { expect, test } from 'vitest';
import { FIRST_PAINT_MAX_HOLD_MS } from '../../src/lib/map/first-paint';
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

test('the map paints its first frame once its data is in, not once per arriving source', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, {
    viewport: 'desktop',
    // Records when WebGL is first asked to draw, what the map had loaded by then, and whether the
    // page said it was drawing the map before that.
    initScript: () => {
      const w = window as unknown as FirstDrawWatch;
      const getContext = HTMLCanvasElement.prototype.getContext as (...args: unknown[]) => unknown;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        if (args[0] === 'webgl2') w.__glCreatedMs ??= performance.now();
        return getContext.apply(this, args);
      } as typeof HTMLCanvasElement.prototype.getContext;
      for (const name of ['drawElements', 'drawArrays'] as const) {
        const original = WebGL2RenderingContext.prototype[name] as (...args: unknown[]) => void;
        WebGL2RenderingContext.prototype[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
          w.__firstDraw ??= {
            atMs: performance.now(),
            loaded: w.__atlasMap?.loaded() ?? false,
            statusShown: w.__statusShown ?? false,
          };
          original.apply(this, args);
        } as never;
      }
      new MutationObserver(() => {
        if (document.querySelector('.painting')?.textContent?.includes('正在绘制地图'))
          w.__statusShown = true;
      }).observe(document, { childList: true, subtree: true });
    },
  });
  try {
    const seen = await atlas.page.evaluate((name) => {
      const w = window as unknown as FirstDrawWatch;
      const mark = performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined;
      return {
        firstDraw: w.__firstDraw,
        glCreatedMs: w.__glCreatedMs,
        painted: mark?.detail as { complete: boolean } | undefined,
        statusLeft: document.querySelector('.painting') !== null,
      };
    }, marks.mapPainted);
    expect(seen.firstDraw, 'WebGL drew nothing').toBeDefined();
    expect(seen.painted, 'no atlas:map-painted mark').toBeDefined();
    expect(seen.firstDraw?.statusShown, 'the page did not say the map was being drawn').toBe(true);
    expect(seen.statusLeft, 'the "drawing the map" line stayed after the map was drawn').toBe(false);
    if (seen.painted?.complete) {
      // The usual case: nothing was drawn until every source had loaded.
      expect(seen.firstDraw?.loaded).toBe(true);
    } else {
      // A machine so busy that the sources took longer than the limit: painting waited that long.
      expect((seen.firstDraw?.atMs ?? 0) - (seen.glCreatedMs ?? 0)).toBeGreaterThanOrEqual(
        FIRST_PAINT_MAX_HOLD_MS - 50,
      );
    }
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

interface FirstDrawWatch {
  __glCreatedMs?: number;
  __statusShown?: boolean;
  __firstDraw?: { atMs: number; loaded: boolean; statusShown: boolean };
  __atlasMap?: { loaded(): boolean };
}
