// Render regression: four views of the atlas, each compared with a committed expected PNG within a
// tolerance, as MapLibre pairs a style with its expected.png. A changed palette colour, a moved
// marker or a panel laid out differently fails the comparison; the actual image and a diff
// (differing pixels in red over a faded copy of the expected) are then written beside the expected.
//
// When a change to the rendering is intended, look at the new images and update them:
//   npm run build:test && UPDATE_RENDERS=1 npx vitest run --project e2e tests/e2e/render.test.ts
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, marks, openAtlas, useAtlas, waitForMark, type OpenAtlasOptions } from './harness';

const suite = useAtlas();
const expectedDir = fileURLToPath(new URL('./expected/', import.meta.url));
const updating = process.env.UPDATE_RENDERS === '1';

/**
 * A pixel differs when one of its channels differs by more than this (of 255): more than the
 * rounding of a blend, far less than any change of palette token.
 */
const CHANNEL_THRESHOLD = 16;
/**
 * The share of pixels that may differ: 0.002 % (26 pixels of a 1440×900 view, 166 of a 4K one).
 * A marker moved by its own width changes several hundred.
 */
const MAX_DIFF_FRACTION = 0.00002;

interface RenderDiff {
  width: number;
  height: number;
  differing: number;
  fraction: number;
  /** Differing pixels in red over a faded copy of the expected image. */
  image: PNG;
}

/** Compares two images pixel by pixel; images of different sizes differ everywhere. */
function compareRenders(expected: PNG, actual: PNG, threshold = CHANNEL_THRESHOLD): RenderDiff {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const image = new PNG({ width, height });
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const inBoth = x < expected.width && y < expected.height && x < actual.width && y < actual.height;
      const e = (y * expected.width + x) * 4;
      const a = (y * actual.width + x) * 4;
      let differs = !inBoth;
      if (inBoth) {
        for (let c = 0; c < 4 && !differs; c++)
          differs = Math.abs(expected.data[e + c] - actual.data[a + c]) > threshold;
      }
      if (differs) {
        differing++;
        image.data.set([255, 0, 0, 255], o);
      } else {
        // Faded expected: where the differences are stays readable.
        const l = 0.299 * expected.data[e] + 0.587 * expected.data[e + 1] + 0.114 * expected.data[e + 2];
        const v = Math.round(255 - (255 - l) * 0.25);
        image.data.set([v, v, v, 255], o);
      }
    }
  }
  return { width, height, differing, fraction: differing / (width * height), image };
}

/**
 * Waits until the camera has stopped, the fonts are in and the map has drawn what it shows, with
 * its labels placed afresh over the complete set of tiles.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.isMoving(),
    null,
    { timeout: 60_000, polling: 100 },
  );
  await waitForMark(page, marks.offMapPinned, 60_000);
  await page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const idle = () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    await document.fonts.ready;
    await idle();
    // MapLibre keeps a label with a variable anchor on the anchor it chose first, and which one
    // that was depends on the order the tiles arrived in. Hiding every label layer until the
    // labels have faded out, then showing them again, places them all in one pass over tiles that
    // are all there: the same labels on the same anchors on every run.
    const shown = (map.getStyle().layers ?? []).filter(
      (layer) => layer.type === 'symbol' && map.getLayoutProperty(layer.id, 'visibility') !== 'none',
    );
    for (const layer of shown) map.setLayoutProperty(layer.id, 'visibility', 'none');
    await idle();
    for (const layer of shown) map.setLayoutProperty(layer.id, 'visibility', 'visible');
    await idle();
  });
}

interface RenderCase {
  name: string;
  open: OpenAtlasOptions;
  /** A positive signal that the view is complete, beyond the map's idle and the panels' atlas:ready. */
  ready?: (page: Page) => Promise<void>;
  /** The share of pixels that may differ here, where it must be above MAX_DIFF_FRACTION (say why). */
  maxDiffFraction?: number;
}

const cases: RenderCase[] = [
  { name: 'desktop-default', open: { viewport: 'desktop' } },
  {
    name: 'phone-default',
    open: { viewport: 'phone' },
    // The phone's first view holds a dozen counted discs whose numerals and neighbouring labels
    // come out a pixel apart from run to run (measured: 632 to 2,967 differing pixels, 0.05-0.23 %,
    // between otherwise identical runs). 0.3 % still fails for a panel, a legend or the sheet
    // laid out differently, or a marker's colour changed, but no longer for one marker moved.
    // Since the Shanghai pin's name joined the view, two runs' labels can also sit on two sub-pixel
    // positions (4,450 differing pixels, 0.34 %): the limit is 0.5 %.
    maxDiffFraction: 0.005,
  },
  {
    name: 'desktop-gehu',
    open: { viewport: 'desktop', hash: 'sel=gehu' },
    ready: async (page) => {
      await expect.poll(() => page.getByTestId('detail-panel').locator('h2').textContent()).toContain('滆湖');
    },
  },
  {
    name: 'tour-4k-review-5',
    open: { viewport: 'fourK', hash: 'tour=review-5' },
    ready: async (page) => {
      await expect.poll(() => page.getByTestId('tour-title').textContent()).toBe('提品质');
    },
  },
];

describe('render regression', () => {
  for (const c of cases) {
    test(`${c.name} looks as expected`, async () => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        ...c.open,
        // SwiftShader on a busy two-core machine: the 4K view takes a while.
        timeoutMs: 120_000,
        contextOptions: { reducedMotion: 'reduce' },
      });
      try {
        await c.ready?.(atlas.page);
        await settle(atlas.page);
        const actual = PNG.sync.read(
          await atlas.page.screenshot({
            animations: 'disabled',
            caret: 'hide',
            scale: 'device',
            timeout: 120_000,
          }),
        );
        const expectedPath = join(expectedDir, `${c.name}.png`);
        const actualPath = join(expectedDir, `${c.name}.actual.png`);
        const diffPath = join(expectedDir, `${c.name}.diff.png`);
        rmSync(actualPath, { force: true });
        rmSync(diffPath, { force: true });
        if (updating || !existsSync(expectedPath)) {
          if (!updating)
            throw new Error(
              `No expected image ${expectedPath}: run with UPDATE_RENDERS=1 to write it, and look at it.`,
            );
          mkdirSync(expectedDir, { recursive: true });
          writeFileSync(expectedPath, PNG.sync.write(actual));
          return;
        }
        // A view whose labels settle in one of two places from run to run may have a second
        // accepted image (`<name>.alt.png`), committed after being looked at like the first; none
        // needs one today (the phone's sub-pixel label positions fit within its limit).
        const altPath = join(expectedDir, `${c.name}.alt.png`);
        const diff = [expectedPath, altPath]
          .filter((path) => existsSync(path))
          .map((path) => compareRenders(PNG.sync.read(readFileSync(path)), actual))
          .reduce((best, d) => (d.fraction < best.fraction ? d : best));
        const allowed = c.maxDiffFraction ?? MAX_DIFF_FRACTION;
        if (diff.fraction > allowed) {
          writeFileSync(actualPath, PNG.sync.write(actual));
          writeFileSync(diffPath, PNG.sync.write(diff.image));
        }
        expect(
          diff.fraction,
          `${c.name}: ${diff.differing} of ${diff.width}×${diff.height} pixels differ; see ${actualPath} and ${diffPath}`,
        ).toBeLessThanOrEqual(allowed);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    }, 300_000);
  }
});
