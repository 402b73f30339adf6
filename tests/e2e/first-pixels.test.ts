// With a graphics processor (a phone, most desktops) the map draws as its sources arrive, at full
// resolution from its first frame, as a bare MapLibre page does; only a software renderer (this
// test machine's own SwiftShader, smoke.test.ts) holds its frames back. The browser here has no
// graphics processor, so the page is told a phone's renderer name, which is all the atlas asks.
import { expect, test } from 'vitest';
import { expectCleanRun, marks, openAtlas, useAtlas, waitForMark } from './harness';

const suite = useAtlas();

interface DrawWatch {
  __draws?: { atMs: number; fullSize: boolean; shown: boolean; loaded: boolean }[];
  __atlasMap?: { loaded(): boolean };
}

test('with a graphics processor the map is shown from its first frame, at full resolution, before its data is all in', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, {
    viewport: 'phone',
    initScript: () => {
      // WEBGL_debug_renderer_info's UNMASKED_RENDERER_WEBGL, and WebGL's own RENDERER.
      const names = new Set([0x9246, 0x1f01]);
      const getParameter = WebGL2RenderingContext.prototype.getParameter;
      WebGL2RenderingContext.prototype.getParameter = function (this: WebGL2RenderingContext, p: number) {
        return names.has(p) ? 'ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)' : getParameter.call(this, p);
      } as typeof getParameter;
      const w = window as unknown as DrawWatch;
      w.__draws = [];
      for (const name of ['drawElements', 'drawArrays'] as const) {
        const original = WebGL2RenderingContext.prototype[name] as (...args: unknown[]) => void;
        WebGL2RenderingContext.prototype[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
          const canvas = this.canvas as HTMLCanvasElement;
          if (w.__draws!.length < 200)
            w.__draws!.push({
              atMs: performance.now(),
              fullSize: this.drawingBufferWidth === Math.round(canvas.clientWidth * window.devicePixelRatio),
              shown: getComputedStyle(canvas).visibility !== 'hidden',
              loaded: w.__atlasMap?.loaded() ?? false,
            });
          original.apply(this, args);
        } as never;
      }
    },
  });
  try {
    await waitForMark(atlas.page, marks.mapPainted);
    const seen = await atlas.page.evaluate((name) => {
      const w = window as unknown as DrawWatch;
      return {
        draws: w.__draws ?? [],
        paintedMs: performance.getEntriesByName(name, 'mark')[0]!.startTime,
      };
    }, marks.mapPainted);
    expect(seen.draws.length, 'WebGL drew nothing').toBeGreaterThan(0);
    expect(
      seen.draws.filter((d) => !d.fullSize),
      'frames drawn at less than full size',
    ).toEqual([]);
    expect(
      seen.draws.filter((d) => !d.shown),
      'frames drawn while the map was hidden',
    ).toEqual([]);
    // The first pixels come before the page says the complete map is painted, and before the
    // map has all its data: the frames are not held back.
    expect(seen.draws[0]!.atMs).toBeLessThan(seen.paintedMs);
    expect(seen.draws[0]!.loaded, 'the first frame waited for every source').toBe(false);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});
