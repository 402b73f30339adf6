// Presentation mode as a presenter and a kiosk meet it: a tour opened from a link and driven by the
// keys a clicker sends, each stop framing its places beside the caption; leaving it puts the view
// back; the end slide's QR code; a kiosk that resets after a spell without input and plays the tour
// by itself; reduced motion; an accessibility audit; and the caption on a 4K screen.
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { readFileSync } from 'node:fs';
import {
  expectCleanRun,
  openAtlas,
  screenshot,
  useAtlas,
  type AtlasPage,
  type OpenAtlasOptions,
} from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };

const suite = useAtlas();

/** A stop as the tour's script tells it: its id (a section's id for a section stop) and its title. */
interface ExpectedStop {
  id: string;
  title: { zh: string; en: string };
  /** District-wide figures: the camera shows the whole district, not only the stop's places. */
  district?: true;
}

/** The tour's fifteen stops in order, written from the script (not computed by the atlas's tour code). */
const stops: readonly ExpectedStop[] = [
  {
    id: 'title',
    title: { zh: '武进区\u200b2024年政府工作报告', en: 'Wujin District Government Work Report 2024' },
    district: true,
  },
  { id: 'review-summary', title: { zh: '2023年总体成绩', en: '2023 at a glance' }, district: true },
  { id: 'review-1', title: { zh: '强产业', en: 'Stronger industry' } },
  { id: 'review-2', title: { zh: '促创新', en: 'More innovation' } },
  { id: 'review-3', title: { zh: '抓改革', en: 'Reform' }, district: true },
  { id: 'review-4', title: { zh: '优生态', en: 'A cleaner environment' } },
  { id: 'review-5', title: { zh: '提品质', en: 'Better towns and villages' } },
  { id: 'review-6', title: { zh: '惠民生', en: 'Livelihoods' } },
  {
    id: 'plan-targets',
    title: { zh: '2024年主要预期目标', en: 'The main targets for 2024' },
    district: true,
  },
  { id: 'plan-1', title: { zh: '一、深化产业转型', en: '1 · Industrial transformation' } },
  { id: 'plan-2', title: { zh: '二、优化创新生态', en: '2 · The innovation ecosystem' } },
  { id: 'plan-3', title: { zh: '三、扛起生态重任', en: '3 · Ecology' } },
  { id: 'plan-4', title: { zh: '四、统筹城乡建设', en: '4 · Town and country' } },
  { id: 'plan-5', title: { zh: '五、站稳人民立场', en: '5 · People’s well-being' } },
  { id: 'end', title: { zh: '谢谢', en: 'Thank you' }, district: true },
];
const stopById = (id: string): ExpectedStop => stops.find((s) => s.id === id)!;

/** The six place layers, in the order the legend lists them. */
const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'] as const;
interface LayerFeature {
  geometry: GeoJSON.Geometry | null;
  properties: { id: string; outside?: boolean; report: { paragraph: string }[] };
}
const layerFeatures = GROUPS.map((group) => {
  const url = new URL(`../../geo/layers/${group}.geojson`, import.meta.url);
  const layer = JSON.parse(readFileSync(url, 'utf8')) as { features: LayerFeature[] };
  return { group, features: layer.features };
});

/** The places whose report paragraphs (`<section>.p<n>`) belong to a section, read from the data files. */
function placesOf(section: string): { id: string; group: string; feature: LayerFeature }[] {
  return layerFeatures.flatMap(({ group, features }) =>
    features
      .filter((f) => f.properties.report.some((r) => r.paragraph.split('.')[0] === section))
      .map((feature) => ({ id: feature.properties.id, group, feature })),
  );
}

/**
 * The box a stop frames places in: the district's extent (119.668–120.202° E, 31.334–31.811° N)
 * with 0.15° around it for its neighbours. Places larger than this (all of Taihu) are context.
 */
const FRAME_BOX = [119.668 - 0.15, 31.334 - 0.15, 120.202 + 0.15, 31.811 + 0.15] as const;

function vertices(g: GeoJSON.Geometry): number[][] {
  const out: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if ('coordinates' in g) walk(g.coordinates);
  return out;
}

async function withAtlas(options: OpenAtlasOptions, run: (atlas: AtlasPage) => Promise<void>): Promise<void> {
  const atlas = await openAtlas(suite.browser, suite.server.url, options);
  try {
    await run(atlas);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

/** Answers the atlas's config file with a public address, as a room's installation would set it. */
async function usePublicUrl(page: Page, publicUrl: string): Promise<void> {
  await page.route(/\/atlas-config\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ publicUrl }) }),
  );
}

/** Waits until the camera has stopped moving and the map has drawn what it shows. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !(window as unknown as TestWindow).__atlasMap.isMoving(), null, {
    timeout: 20_000,
    polling: 50,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as TestWindow).__atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

function tourTitle(page: Page): Promise<string> {
  return page.locator('[data-testid=tour-title]').innerText();
}

interface Framing {
  /** Located, in-region places of the stop whose every vertex is inside the map's bounds. */
  inView: string[];
  /** Those whose every vertex lies between the caption and the legend (or above the caption, on a phone). */
  clearOfCaption: string[];
  /** The stop's own camera box is inside the map's bounds. */
  cameraInView: boolean;
}

/** Where the stop's places are on screen, asked of the map itself. */
function framing(page: Page): Promise<Framing> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const map = w.__atlasMap;
    const stop = w.__atlasState.presentation.stop!;
    const b = map.getBounds();
    const card = document.querySelector('[data-testid=tour-caption]')!.getBoundingClientRect();
    const legend = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
    const mapRect = map.getContainer().getBoundingClientRect();
    const inBounds = ([lon, lat]: number[]) =>
      lon >= b.getWest() && lon <= b.getEast() && lat >= b.getSouth() && lat <= b.getNorth();
    const clear = (p: number[]) => {
      const px = map.project([p[0], p[1]]);
      const x = px.x + mapRect.left;
      const y = px.y + mapRect.top;
      // Beside the caption and left of the legend; on a phone, above the caption's band.
      return card.width < innerWidth * 0.6 ? x > card.right && x < legend.left : y < card.top;
    };
    const vertices = (g: GeoJSON.Geometry): number[][] => {
      const out: number[][] = [];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
        else if (Array.isArray(c)) c.forEach(walk);
      };
      if ('coordinates' in g) walk(g.coordinates);
      return out;
    };
    const inView: string[] = [];
    const clearOfCaption: string[] = [];
    for (const id of stop.places) {
      const place = w.__atlasState.catalog.byId.get(id)!;
      if (!place.geometry || place.properties.outside) continue;
      const vs = vertices(place.geometry);
      if (vs.every(inBounds)) inView.push(id);
      if (vs.every(clear)) clearOfCaption.push(id);
    }
    const [cw, cs, ce, cn] = stop.camera;
    const cameraInView = inBounds([cw, cs]) && inBounds([ce, cn]);
    return { inView, clearOfCaption, cameraInView };
  });
}

/** The stop's places the camera must frame whole: drawn, in the region, and inside FRAME_BOX. */
function framedPlaces(stop: ExpectedStop): string[] {
  const [w, s, e, n] = FRAME_BOX;
  return placesOf(stop.id)
    .filter(({ feature }) => feature.geometry !== null && !feature.properties.outside)
    .filter(({ feature }) =>
      vertices(feature.geometry!).every(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n),
    )
    .map(({ id }) => id);
}

async function expectStopFramed(page: Page, stop: ExpectedStop): Promise<void> {
  const f = await framing(page);
  expect(f.cameraInView, `${stop.id}: camera box in view`).toBe(true);
  const framed = framedPlaces(stop);
  expect(framed.length, `${stop.id}: has places to check`).toBeGreaterThan(0);
  for (const id of framed) {
    expect(f.inView, `${stop.id}: ${id} in view`).toContain(id);
    expect(f.clearOfCaption, `${stop.id}: ${id} not under the caption`).toContain(id);
  }
}

describe('the guided tour', () => {
  test('opens at a stop from a link and turns pages with the keys, each stop framing its places', async () => {
    await withAtlas({ hash: `tour=${stops[0].id}` }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      // The header and the side panel step aside; the legend stays.
      expect(await page.locator('header.bar').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=legend]').isVisible()).toBe(true);

      for (let i = 1; i <= 3; i++) {
        await page.keyboard.press('ArrowRight');
        const stop = stops[i];
        await expect.poll(() => tourTitle(page)).toBe(stop.title.zh);
        expect(await page.locator('[data-testid=tour-count]').innerText()).toBe(`${i + 1} / ${stops.length}`);
        await settle(page);
        if (!stop.district) {
          await expectStopFramed(page, stop);
        }
      }

      // Stop 4 (review-2): its figures as the data states them, its filters, its places marked.
      const stop = stops[3];
      expect(stop.id).toBe('review-2');
      await expectStopFramed(page, stop);
      const figures = await page.locator('[data-testid=tour-figures] dd').allInnerTexts();
      expect(figures.map((f) => f.replace(/\s+/g, ''))).toEqual(['超1800家', '382家', '3.66万人']);
      const state = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        return {
          groups: [...a.filters.groups],
          year: a.filters.year,
          selection: a.selection.placeId,
          marked: [...a.markedPlaces],
        };
      });
      // Marked: every place a paragraph of 促创新 names; shown: the layers those places are in.
      const review2 = placesOf('review-2');
      expect(review2.length).toBeGreaterThan(0);
      expect({ ...state, groups: [...state.groups].sort(), marked: [...state.marked].sort() }).toEqual({
        groups: [
          ...new Set(
            review2.filter((p) => p.feature.geometry && !p.feature.properties.outside).map((p) => p.group),
          ),
        ].sort(),
        year: 2023,
        selection: null,
        marked: review2.map((p) => p.id).sort(),
      });
      const marked = await page.evaluate(
        (ids) => {
          const map = (window as unknown as TestWindow).__atlasMap;
          return ids.map((id) => map.getFeatureState({ source: 'innovation', id }).figure === true);
        },
        ['nju-institute', 'jsut-campus'],
      );
      expect(marked).toEqual([true, true]);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tour=review-2');

      // The other keys a clicker or a presenter uses.
      await page.keyboard.press('PageDown');
      await expect.poll(() => tourTitle(page)).toBe(stops[4].title.zh);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tourTitle(page)).toBe(stops[2].title.zh);
      await page.keyboard.press('Space');
      await expect.poll(() => tourTitle(page)).toBe(stops[3].title.zh);
      await page.keyboard.press('End');
      await expect.poll(() => tourTitle(page)).toBe(stops.at(-1)!.title.zh);
      await page.keyboard.press('ArrowRight');
      expect(await tourTitle(page)).toBe(stops.at(-1)!.title.zh);
      await page.keyboard.press('Home');
      await expect.poll(() => tourTitle(page)).toBe(stops[0].title.zh);
      // Blank ('.' or B) and back with any key, without turning the page.
      await page.keyboard.press('b');
      await page.locator('[data-testid=tour-blank]').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid=tour-blank]').waitFor({ state: 'detached' });
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      // Full screen may be refused headless: either way nothing breaks.
      await page.keyboard.press('f');
      // The answer to F: full screen, or a quiet note that this browser cannot switch.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.fullscreenElement
              ? 'fullscreen'
              : document.querySelector('[data-testid=tour] .note')?.textContent?.includes('全屏')
                ? 'note'
                : 'waiting',
          ),
        )
        .not.toBe('waiting');
      expect(await page.locator('[data-testid=tour]').isVisible()).toBe(true);
      await settle(page);
    });
  });

  test('a dot goes straight to its stop and the buttons step through', async () => {
    await withAtlas({ hash: 'tour=review-4&lang=en' }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stopById('review-4').title.en);
      expect(await page.locator('[data-testid=tour-quote] blockquote').innerText()).toContain(
        'Class III water quality',
      );
      await page.locator('[data-testid=tour-next]').click();
      await expect.poll(() => tourTitle(page)).toBe(stopById('review-5').title.en);
      await page.getByRole('button', { name: /^Page 13:/ }).click();
      await expect.poll(() => tourTitle(page)).toBe(stops[12].title.en);
      await settle(page);
      await expectStopFramed(page, stops[12]);
    });
  });

  test('Escape leaves the tour and puts back the view, filters and selection from before', async () => {
    await withAtlas({}, async ({ page }) => {
      await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        a.select('gehu');
        a.filters.setYear(2024);
        a.filters.toggleGroup('industry');
      });
      await settle(page);
      const before = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        return {
          selection: a.selection.placeId,
          year: a.filters.year,
          groups: [...a.filters.groups],
          camera: a.view.camera,
        };
      });
      await page.locator('[data-testid=present-button]').click();
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tourTitle(page)).toBe(stops[2].title.zh);
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBeNull();
      await settle(page);

      await page.keyboard.press('Escape');
      await page.locator('[data-testid=tour]').waitFor({ state: 'detached' });
      await settle(page);
      const after = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        return {
          selection: a.selection.placeId,
          year: a.filters.year,
          groups: [...a.filters.groups],
          camera: a.view.camera,
          tour: a.presentation.stopId,
          marked: [...a.markedPlaces],
        };
      });
      expect(after.tour).toBeNull();
      expect(after.marked).toEqual([]);
      expect({ selection: after.selection, year: after.year, groups: after.groups }).toEqual({
        selection: before.selection,
        year: before.year,
        groups: before.groups,
      });
      expect(after.camera.zoom).toBeCloseTo(before.camera.zoom, 1);
      expect(after.camera.lat).toBeCloseTo(before.camera.lat, 2);
      expect(after.camera.lon).toBeCloseTo(before.camera.lon, 2);
      expect(await page.locator('header.bar').isVisible()).toBe(true);
      expect(
        await page.locator('[data-testid=present-button]').evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=gehu');
    });
  });

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
