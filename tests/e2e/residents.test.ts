// What a resident does on a phone or a laptop: search in pinyin and choose with the keyboard,
// find the projects near a point tapped on the map or near the device (location granted, refused
// or too rough), use the phone layout with the map and the sheet both in view, and share the
// view by link and QR code.
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectNearList, placesFromFiles } from './near-oracle';
import {
  expectCleanRun,
  launchBrowser,
  marks,
  openAtlas,
  screenshot,
  startServer,
  waitForMark,
  type AtlasPage,
  type AtlasServer,
  type OpenAtlasOptions,
} from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };

let server: AtlasServer;
let browser: Browser;
const places = placesFromFiles();

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function withAtlas(
  options: OpenAtlasOptions,
  check: (atlas: AtlasPage) => Promise<void>,
): Promise<void> {
  const atlas = await openAtlas(browser, server.url, options);
  try {
    await check(atlas);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

function state<T>(page: Page, read: (atlas: AtlasState) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__atlasState)`) as Promise<T>;
}

/** Features in one of the map's overlay sources, as the adapter last set them. */
function overlayFeatures(page: Page, source: string): Promise<{ properties: Record<string, unknown> }[]> {
  return page.evaluate((id) => {
    const data = (window as unknown as TestWindow).__atlasMap.getStyle().sources[id] as {
      data: { features: { properties: Record<string, unknown> }[] };
    };
    return data.data.features;
  }, source);
}

/** The page position of a geographic point on the map. */
function pixelOf(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const p = map.project([x, y]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [lon, lat],
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

function nearIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=near-item]', (items) =>
    items.map((el) => (el as HTMLElement).dataset.place ?? ''),
  );
}

describe('search', () => {
  test('typing pinyin "ghu" and choosing with the keyboard selects 滆湖 and leaves a pin', async () => {
    await withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      await expect.poll(() => input.getAttribute('role')).toBe('combobox');
      await input.focus();
      await page.keyboard.type('ghu');
      await page.waitForSelector('[role=option][data-id=gehu]');
      expect(await input.getAttribute('aria-expanded')).toBe('true');
      const firstOption = page.locator('[role=option]').first();
      expect(await firstOption.getAttribute('data-id')).toBe('gehu');
      // Enter while a Chinese input method is composing confirms the characters, not a result.
      await input.evaluate((el) =>
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true })),
      );
      expect(await state(page, (a) => a.selection.placeId)).toBeNull();
      expect(await input.getAttribute('aria-expanded')).toBe('true');

      await page.keyboard.press('ArrowDown');
      const activeId = await input.getAttribute('aria-activedescendant');
      expect(activeId).toBe(await firstOption.getAttribute('id'));
      expect(await firstOption.getAttribute('aria-selected')).toBe('true');
      // Down and up again: the combobox walks the list and comes back.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      expect(await input.getAttribute('aria-activedescendant')).toBe(activeId);

      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => (window as unknown as TestWindow).__atlasState.selection.placeId === 'gehu',
      );
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.inputValue()).toBe('滆湖');
      const pin = await state(page, (a) => a.tools.searchPin);
      expect(pin).not.toBeNull();
      expect(await overlayFeatures(page, 'search-pin')).toHaveLength(1);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=gehu');
    });
  });

  test('a town is marked with a labelled pin; Escape closes, then clears', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'sel=wujin-station' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      await input.fill('湖塘');
      await page.waitForSelector('[role=option][data-kind=town][data-id=hutang]');
      // The town is the whole query: its group comes first, and Enter takes the first option.
      expect(await page.locator('[role=option]').first().getAttribute('data-id')).toBe('hutang');
      await page.keyboard.press('Enter');
      await expect.poll(() => state(page, (a) => a.tools.searchPin?.label)).toBe('湖塘镇');
      expect(await state(page, (a) => a.selection.placeId)).toBeNull();
      const pins = await overlayFeatures(page, 'search-pin');
      expect(pins.map((f) => f.properties.name_zh)).toEqual(['湖塘镇']);

      await input.fill('zzqqxx 不存在');
      await page.waitForSelector('[data-testid=search-message]');
      expect(await page.textContent('[data-testid=search-message]')).toContain('没有找到');
      expect(await page.locator('[role=option]').count()).toBeGreaterThanOrEqual(3);
      await page.keyboard.press('Escape');
      expect(await input.getAttribute('aria-expanded')).toBe('false');
      await page.keyboard.press('Escape');
      expect(await input.inputValue()).toBe('');
      expect(await state(page, (a) => a.tools.searchPin)).toBeNull();
    });
  });

  test('junk input never breaks the page', async () => {
    await withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      const input = page.locator('#atlas-search');
      for (const junk of ['😀🚄', '.*(', 'a'.repeat(500), '滆湖 gehu Lake 😀 武进zhan', '<b>x</b>']) {
        await input.fill(junk);
        await page.waitForSelector('[data-testid=search-results] [role=option]');
      }
    });
  });

  test('the search engine loads by itself once the map has drawn, not while it draws', async () => {
    await withAtlas({ viewport: 'desktop' }, async ({ page }) => {
      // Its own chunk (pinyin table and index); nobody has touched the search box.
      const engineChunk = /\/assets\/runtime-[\w-]+\.js$/;
      await page.waitForFunction(
        (source) =>
          performance
            .getEntriesByType('resource')
            .some((entry) => new RegExp(source).test(new URL(entry.name).pathname)),
        engineChunk.source,
        { timeout: 10_000 },
      );
      const timing = await page.evaluate((source) => {
        const chunk = performance
          .getEntriesByType('resource')
          .find((entry) => new RegExp(source).test(new URL(entry.name).pathname));
        return {
          requestedMs: chunk?.startTime ?? NaN,
          mapIdleMs: performance.getEntriesByName('atlas:map-idle', 'mark')[0]?.startTime ?? NaN,
        };
      }, engineChunk.source);
      expect(timing.requestedMs).toBeGreaterThan(timing.mapIdleMs);
      // Loaded already: the first keystroke is answered without a loading line.
      await page.locator('#atlas-search').fill('gehu');
      await expect
        .poll(() => page.locator('[data-testid=search-results] [role=option]').count())
        .toBeGreaterThan(0);
    });
  });
});

describe('near me', () => {
  test('from a point tapped on the map: the projects within range, nearest edge first', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'panel=near' }, async ({ page }) => {
      await page.waitForSelector('[data-testid=near-panel]');
      await page.click('[data-testid=near-pick]');
      expect(await state(page, (a) => a.tools.pickingOrigin)).toBe(true);
      // Between the district seat and 春秋淹城, in 湖塘镇.
      const target = await pixelOf(page, 119.955, 31.7);
      const tapMetresPerPx = await page.evaluate(() => {
        const map = (window as unknown as TestWindow).__atlasMap;
        const lat = map.getCenter().lat;
        return (40_075_016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
      });
      await page.mouse.click(target.x, target.y);
      await page.waitForSelector('[data-testid=near-item]');
      const origin = (await state(page, (a) => a.tools.nearOrigin))!;
      expect(origin.source).toBe('map');
      // A tap within 12 px of a place's marker, line or edge starts from it (the pick snaps), so
      // the origin is within 12 px of the tap, in metres at the scale the tap was made at.
      const rad = Math.PI / 180;
      const offM = Math.hypot(
        (origin.lon - 119.955) * rad * 6_371_008.8 * Math.cos(31.7 * rad),
        (origin.lat - 31.7) * rad * 6_371_008.8,
      );
      expect(offM).toBeLessThanOrEqual(12.5 * tapMetresPerPx);
      expect(await state(page, (a) => a.tools.pickingOrigin)).toBe(false);
      // The selection did not change: while picking, a click sets the origin only.
      expect(await state(page, (a) => a.selection.placeId)).toBeNull();

      const shown3 = await nearIds(page);
      expect(shown3.length).toBeGreaterThan(2);
      expectNearList(shown3, places, [origin.lon, origin.lat], 3000);
      const distances = await page.$$eval('[data-testid=near-item]', (items) =>
        items.map((el) => Number((el as HTMLElement).dataset.distanceM)),
      );
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      expect(await overlayFeatures(page, 'near')).toHaveLength(2);

      await page.click('[data-radius="10000"]');
      await expect.poll(async () => (await nearIds(page)).length).toBeGreaterThan(shown3.length);
      expectNearList(await nearIds(page), places, [origin.lon, origin.lat], 10_000);
    });
  });

  test('from a place’s details: the projects around it, without the place itself', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'sel=wujin-station' }, async ({ page }) => {
      await page.click('[data-testid=detail-nearby]');
      await page.waitForSelector('[data-testid=near-item]');
      // Measured from the station's own coordinates, as the catalogue has them.
      const origin = (await state(page, (a) => a.tools.nearOrigin))!;
      expect(origin).toMatchObject({
        source: 'place',
        placeId: 'wujin-station',
        lon: 119.9424,
        lat: 31.6603,
      });
      expect(await state(page, (a) => a.view.panel)).toBe('near');
      const shown = await nearIds(page);
      expect(shown.length).toBeGreaterThan(2);
      expect(shown).not.toContain('wujin-station');
      expectNearList(shown, places, [119.9424, 31.6603], 3000, { exclude: 'wujin-station' });
      expect(await page.locator('[data-testid=near-panel] .from strong').textContent()).toBe(
        '武进站综合交通枢纽',
      );
      // On a desktop the details stay open beside the list.
      expect(await state(page, (a) => a.selection.placeId)).toBe('wujin-station');
    });
  });

  test('inside a lake it says so, and the lake comes first', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'panel=near&map=10.5/31.6/119.8' }, async ({ page }) => {
      await page.waitForSelector('[data-testid=near-panel]');
      await page.click('[data-testid=near-pick]');
      const inLake = await pixelOf(page, 119.8, 31.6);
      await page.mouse.click(inLake.x, inLake.y);
      await page.waitForSelector('[data-testid=near-item]');
      // Every area the point lies in comes first (the smaller, more specific one first), the lake among them.
      const items = await page.$$eval('[data-testid=near-item]', (els) =>
        els.map((el) => ({
          id: (el as HTMLElement).dataset.place,
          distanceM: Number((el as HTMLElement).dataset.distanceM),
          text: el.textContent ?? '',
        })),
      );
      const lake = items.find((item) => item.id === 'gehu');
      expect(lake?.text).toContain('您在滆湖范围内');
      expect(lake?.distanceM).toBe(0);
      const inside = items.filter((item) => item.text.includes('范围内'));
      expect(items.slice(0, inside.length)).toEqual(inside);
    });
  });

  test('with location granted it measures from the device', async () => {
    await withAtlas(
      {
        viewport: 'phone',
        hash: 'panel=near',
        geolocation: { longitude: 119.97, latitude: 31.705, accuracy: 40 },
        permissions: ['geolocation'],
      },
      async ({ page }) => {
        await page.waitForSelector('[data-testid=near-panel]');
        await page.tap('[data-testid=near-locate]');
        await page.waitForSelector('[data-testid=near-item]');
        const origin = (await state(page, (a) => a.tools.nearOrigin))!;
        expect(origin).toMatchObject({ source: 'device', lon: 119.97, lat: 31.705, accuracyM: 40 });
        expectNearList(await nearIds(page), places, [119.97, 31.705], 3000);
        expect(await page.textContent('[data-testid=near-panel]')).toContain('我的位置');
      },
    );
  });

  test('with location refused it explains, and a town still works', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'panel=near' }, async ({ page }) => {
      await page.waitForSelector('[data-testid=near-panel]');
      await page.click('[data-testid=near-locate]');
      await expect.poll(() => page.textContent('[data-testid=near-message]')).toContain('定位权限被拒绝');
      expect(await state(page, (a) => a.tools.nearOrigin)).toBeNull();
      await page.selectOption('[data-testid=near-town]', 'hutang');
      await page.waitForSelector('[data-testid=near-item]');
      expect(await state(page, (a) => a.tools.nearOrigin?.source)).toBe('town');
    });
  });

  test('a wildly inaccurate position is not used', async () => {
    await withAtlas(
      {
        viewport: 'desktop',
        hash: 'panel=near&lang=en',
        geolocation: { longitude: 119.97, latitude: 31.705, accuracy: 20_000 },
        permissions: ['geolocation'],
      },
      async ({ page }) => {
        await page.waitForSelector('[data-testid=near-panel]');
        await page.click('[data-testid=near-locate]');
        await expect.poll(() => page.textContent('[data-testid=near-message]')).toContain('too rough');
        expect(await state(page, (a) => a.tools.nearOrigin)).toBeNull();
      },
    );
  });

  test('a point outside the district gets a note, and the list still answers', async () => {
    await withAtlas({ viewport: 'desktop', hash: 'panel=near&map=10/31.85/119.95' }, async ({ page }) => {
      await page.waitForSelector('[data-testid=near-panel]');
      await page.click('[data-testid=near-pick]');
      // North of the district line, in 新北区.
      const north = await pixelOf(page, 119.95, 31.9);
      await page.mouse.click(north.x, north.y);
      await page.waitForSelector('[data-testid=near-outside]');
      const origin = (await state(page, (a) => a.tools.nearOrigin))!;
      // Either the list or its "nothing within range" line, then the list judged by the oracle.
      await page.waitForSelector('[data-testid=near-item], [data-testid=near-none]');
      expectNearList(await nearIds(page), places, [origin.lon, origin.lat], 3000);
    });
  });
});

describe('phone layout', () => {
  test('map and sheet share the screen, nothing scrolls sideways, targets are at least 44 px', async () => {
    await withAtlas({ viewport: 'phone', hash: 'panel=list' }, async (atlas) => {
      const { page } = atlas;
      await page.waitForSelector('[data-testid=place-list] button');
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const map = await box('.maplibregl-canvas');
      const sheet = await box('[data-testid=side-panel]');
      const header = await box('header');
      expect(map.height).toBeGreaterThan(250);
      expect(sheet.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(sheet.y + sheet.height).toBeLessThanOrEqual(844 + 1);
      // Search fits in the header.
      const search = await box('#atlas-search');
      expect(search.y + search.height).toBeLessThanOrEqual(header.y + header.height);
      expect(search.x + search.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

      const small = await page.evaluate(() => {
        const selectors = [
          'header button',
          'header input',
          '[role=tab]',
          '[data-testid=sheet-handle]',
          '[data-testid=place-list-panel] select',
          '[data-testid=place-list] button',
        ];
        return selectors.flatMap((s) =>
          [...document.querySelectorAll<HTMLElement>(s)]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ s, text: el.textContent?.trim().slice(0, 20), r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.height < 44 || r.width < 44)
            .map(({ s, text, r }) => `${s} "${text}" ${Math.round(r.width)}×${Math.round(r.height)}`),
        );
      });
      expect(small).toEqual([]);
      await screenshot(atlas, 'residents-phone-list');

      // The handle enlarges the sheet; the map stays in view above it.
      await page.tap('[data-testid=sheet-handle]');
      await expect.poll(() => page.getAttribute('[data-testid=side-panel]', 'data-sheet')).toBe('full');
      await expect.poll(async () => (await box('.maplibregl-canvas')).height).toBeGreaterThan(40);
      await page.tap('[data-testid=sheet-handle]');
      await expect.poll(() => page.getAttribute('[data-testid=side-panel]', 'data-sheet')).toBe('peek');
      await expect.poll(async () => (await box('.maplibregl-canvas')).height).toBeGreaterThan(500);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(atlas, 'residents-phone-peek');
    });
  });

  test('near me leads with the answer: the first results show without scrolling; the title is whole', async () => {
    await withAtlas({ viewport: 'phone', hash: 'panel=near' }, async (atlas) => {
      const { page } = atlas;
      await page.selectOption('[data-testid=near-town]', 'hutang');
      await page.waitForSelector('[data-testid=near-item]');
      const content = (await page.locator('[data-testid=side-panel] .content').boundingBox())!;
      const first = (await page.locator('[data-testid=near-item]').first().boundingBox())!;
      // Inside the sheet's visible part, with no scrolling, on an 844 px high screen.
      expect(
        await page.evaluate(() => document.querySelector('[data-testid=side-panel] .content')!.scrollTop),
      ).toBe(0);
      expect(first.y).toBeGreaterThanOrEqual(content.y);
      expect(first.y + first.height).toBeLessThanOrEqual(Math.min(844, content.y + content.height));
      // The map keeps more of the screen than the sheet.
      const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
      const sheet = (await page.locator('[data-testid=side-panel]').boundingBox())!;
      expect(map.height).toBeGreaterThan(sheet.height);
      // Every part of the title is shown whole (nothing cut off with an ellipsis).
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('header h1, header h1 span')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent),
      );
      expect(cut).toEqual([]);
      expect(await page.textContent('header h1')).toContain('政府工作报告地图');
      await screenshot(atlas, 'residents-phone-near');
    });
  });

  test('search fits in the phone header and its results stay on screen', async () => {
    await withAtlas({ viewport: 'phone' }, async (atlas) => {
      const { page } = atlas;
      await page.tap('#atlas-search');
      await page.keyboard.type('wjz');
      await page.waitForSelector('[role=option][data-id=wujin-station]');
      const list = (await page.locator('[data-testid=search-results]').boundingBox())!;
      expect(list.x).toBeGreaterThanOrEqual(0);
      expect(list.x + list.width).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(atlas, 'residents-phone-search');
      await page.tap('[role=option][data-id=wujin-station]');
      await expect.poll(() => state(page, (a) => a.selection.placeId)).toBe('wujin-station');
    });
  });
});

describe('share', () => {
  test('copies the link of this view and shows a QR code that decodes to it', async () => {
    await withAtlas(
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
        const hash = await state(page, (a) => a.hash);
        expect(link).toBe(`${server.url}#${hash}`);
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
        const camera = await state(page, (a) => a.view.camera);
        const other = await openAtlas(browser, server.url, { hash: new URL(link).hash });
        try {
          expect(other.page.url()).toBe(link);
          // 滆湖's details (its name in geo/layers/water.geojson) beside the list.
          await expect
            .poll(() => other.page.getByTestId('detail-panel').locator('h2').textContent())
            .toContain('滆湖');
          expect(await other.page.locator('#tab-list').getAttribute('aria-selected')).toBe('true');
          const reopened = await state(other.page, (a) => a.view.camera);
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
    await withAtlas({ viewport: 'phone', hash: 'sel=gehu' }, async ({ page }) => {
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
      const local = new URL(server.url);
      await page.route('http://atlas.example/**', async (route) => {
        const url = new URL(route.request().url());
        url.protocol = local.protocol;
        url.host = local.host;
        await route.fulfill({ response: await route.fetch({ url: url.href }) });
      });
      await page.goto('http://atlas.example/#sel=gehu');
      await waitForMark(page, marks.ready, 30_000);
      await page.tap('[data-testid=share-button]');
      await expect.poll(() => shared.length).toBe(1);
      const hash = await state(page, (a) => a.hash);
      expect(shared[0].url).toBe(`http://atlas.example/#${hash}`);
      expect(shared[0].url).toContain('sel=gehu');
      expect(shared[0].title).toBe('武进区政府工作报告地图');
      expect(await page.locator('[data-testid=share-dialog]').isVisible()).toBe(false);
    });
  });

  test('on this device, a share sheet is not offered a link no one else can open', async () => {
    await withAtlas(
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
    await withAtlas({ viewport: 'phone' }, async ({ page }) => {
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
    await withAtlas({ viewport: 'desktop', hash: 'panel=near' }, async ({ page }) => {
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
