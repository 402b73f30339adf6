// The built atlas opens in headless Chromium, draws its map and stays clean: no console errors
// or warnings, no uncaught exceptions, no request leaving localhost, no missing file.
import { expect, test } from 'vitest';
import { FIRST_PAINT_MAX_HOLD_MS } from '../../src/lib/map/first-paint';
import { markTimeMs, marks, screenshot, useAtlas } from './harness';

const suite = useAtlas();

test('the atlas opens on the desktop, draws its map and logs no problem', async () => {
  await suite.withAtlas({ viewport: 'desktop' }, async (atlas) => {
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
  });
});

test('the map shows its first frame once its data is in, not once per arriving source', async () => {
  await suite.withAtlas(
    {
      viewport: 'desktop',
      // Records when WebGL first draws into a buffer of the canvas's full size, what the map had
      // loaded by then, whether the canvas could be seen at any smaller draw before it, and whether
      // the page said it was drawing the map before that.
      initScript: () => {
        const w = window as unknown as FirstDrawWatch;
        const getContext = HTMLCanvasElement.prototype.getContext as (...args: unknown[]) => unknown;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
          if (args[0] === 'webgl2') w.__glCreatedMs ??= performance.now();
          return getContext.apply(this, args);
        } as typeof HTMLCanvasElement.prototype.getContext;
        w.__smallDrawsSeen = 0;
        for (const name of ['drawElements', 'drawArrays'] as const) {
          const original = WebGL2RenderingContext.prototype[name] as (...args: unknown[]) => void;
          WebGL2RenderingContext.prototype[name] = function (
            this: WebGL2RenderingContext,
            ...args: unknown[]
          ) {
            const canvas = this.canvas as HTMLCanvasElement;
            const fullWidth = Math.round(canvas.clientWidth * window.devicePixelRatio);
            if (this.drawingBufferWidth < fullWidth) {
              // A frame at less than full size: it must not be seen.
              if (getComputedStyle(canvas).visibility !== 'hidden')
                w.__smallDrawsSeen = (w.__smallDrawsSeen ?? 0) + 1;
            } else {
              w.__firstDraw ??= {
                atMs: performance.now(),
                loaded: w.__atlasMap?.loaded() ?? false,
                statusShown: w.__statusShown ?? false,
              };
            }
            original.apply(this, args);
          } as never;
        }
        new MutationObserver(() => {
          if (document.querySelector('.painting')?.textContent?.includes('正在绘制地图'))
            w.__statusShown = true;
        }).observe(document, { childList: true, subtree: true });
      },
    },
    async (atlas) => {
      const seen = await atlas.page.evaluate((name) => {
        const w = window as unknown as FirstDrawWatch;
        const mark = performance.getEntriesByName(name, 'mark')[0] as PerformanceMark | undefined;
        const canvas = w.__atlasMap?.getCanvas();
        return {
          firstDraw: w.__firstDraw,
          smallDrawsSeen: w.__smallDrawsSeen,
          glCreatedMs: w.__glCreatedMs,
          painted: mark?.detail as { complete: boolean } | undefined,
          statusLeft: document.querySelector('.painting') !== null,
          canvasShown: canvas ? getComputedStyle(canvas).visibility !== 'hidden' : false,
          bufferWidth: canvas?.width,
          fullWidth: canvas ? Math.round(canvas.clientWidth * window.devicePixelRatio) : undefined,
        };
      }, marks.mapPainted);
      expect(seen.firstDraw, 'WebGL drew no full frame').toBeDefined();
      expect(seen.painted, 'no atlas:map-painted mark').toBeDefined();
      expect(seen.smallDrawsSeen, 'a frame drawn while the sources loaded was shown').toBe(0);
      expect(seen.canvasShown, 'the map stayed hidden after its first frame').toBe(true);
      expect(seen.bufferWidth, 'the map did not return to full resolution').toBe(seen.fullWidth);
      expect(seen.firstDraw?.statusShown, 'the page did not say the map was being drawn').toBe(true);
      expect(seen.statusLeft, 'the "drawing the map" line stayed after the map was drawn').toBe(false);
      if (seen.painted?.complete) {
        // The usual case: nothing was drawn at full size, or shown, until every source had loaded.
        expect(seen.firstDraw?.loaded).toBe(true);
      } else {
        // A machine so busy that the sources took longer than the limit: the full frame waited that long.
        expect((seen.firstDraw?.atMs ?? 0) - (seen.glCreatedMs ?? 0)).toBeGreaterThanOrEqual(
          FIRST_PAINT_MAX_HOLD_MS - 50,
        );
      }
    },
  );
});

interface FirstDrawWatch {
  __glCreatedMs?: number;
  __statusShown?: boolean;
  __smallDrawsSeen?: number;
  __firstDraw?: { atMs: number; loaded: boolean; statusShown: boolean };
  __atlasMap?: { loaded(): boolean; getCanvas(): HTMLCanvasElement };
}
