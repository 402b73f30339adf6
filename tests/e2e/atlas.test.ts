// The foundation as a person meets it: the offline map with its lakes and district, selecting a
// place, links that reopen a view, layer toggles, the language switch, and the page without WebGL.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, withAtlasOn, screenshot, useAtlas, mapIdle, renderedIds } from './harness';

const suite = useAtlas();

function hashOf(page: Page): Promise<string> {
  return page.evaluate(() => window.location.hash);
}

describe('the offline map', () => {
  test('draws the lakes, the district outline and the towns from embedded data', async () => {
    await suite.withAtlas({}, async (atlas) => {
      const lakes = await renderedIds(atlas.page, ['lakes-fill']);
      expect(lakes).toContain('taihu');
      expect(lakes).toContain('gehu');
      expect(await renderedIds(atlas.page, ['district-outline'])).toContain('wujin');
      const towns = await renderedIds(atlas.page, ['towns-dot']);
      expect(towns.length).toBeGreaterThanOrEqual(14);
      // The report's places are drawn too, in every default group.
      for (const group of ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban']) {
        const ids = await renderedIds(atlas.page, [
          `${group}-point`,
          `${group}-line`,
          `${group}-line-planned`,
          `${group}-area-fill`,
        ]);
        expect(ids.length, group).toBeGreaterThan(0);
      }
      expect(await atlas.page.locator('.maplibregl-ctrl-scale').isVisible()).toBe(true);
      await screenshot(atlas, 'atlas-desktop');
    });
  });

  test('a click on a place opens its details, with quote and precision', async () => {
    await suite.withAtlas({ hash: 'map=12/31.66/119.94' }, async (atlas) => {
      await mapIdle(atlas.page);
      const point = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        const p = map.project([119.9424, 31.6603]);
        const rect = map.getCanvas().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      });
      await atlas.page.mouse.click(point.x, point.y);
      const panel = atlas.page.getByTestId('detail-panel');
      await expect.poll(() => panel.isVisible()).toBe(true);
      await expect.poll(() => panel.locator('h2').textContent()).toContain('武进站');
      expect(await panel.getByTestId('detail-quotes').textContent()).toContain('武进站');
      expect(await panel.getByTestId('detail-precision').textContent()).toMatch(/位置|示意|准确/);
      await expect.poll(() => hashOf(atlas.page)).toContain('sel=wujin-station');
      await screenshot(atlas, 'atlas-detail-desktop');
    });
  });

  test('a shared link with sel= reopens the place, and the map marks it selected', async () => {
    await suite.withAtlas({ hash: 'sel=gehu&lang=en' }, async (atlas) => {
      const panel = atlas.page.getByTestId('detail-panel');
      await expect.poll(() => panel.locator('h2').textContent()).toContain('Gehu');
      const selected = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        return map.getFeatureState({ source: 'water', id: 'gehu' }).selected;
      });
      expect(selected).toBe(true);
    });
  });

  test('a junk or stale link opens the default view with a short notice', async () => {
    await suite.withAtlas({ hash: 'map=banana&sel=no-such-place&layers=water,xyz' }, async (atlas) => {
      const notices = atlas.page.getByTestId('notices');
      await expect.poll(() => notices.textContent()).toContain('链接');
      expect(await notices.textContent()).toContain('no-such-place');
      expect(await atlas.page.getByTestId('detail-panel').count()).toBe(0);
      // The default view frames the whole district.
      const bounds = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        return map.getBounds().toArray().flat();
      });
      const [west, south, east, north] = bounds;
      expect(west).toBeLessThan(119.67);
      expect(south).toBeLessThan(31.34);
      expect(east).toBeGreaterThan(120.2);
      expect(north).toBeGreaterThan(31.81);
      expect(east - west).toBeLessThan(1.5);
    });
  });

  test('hiding a group in the legend hides it on the map and in the link', async () => {
    await suite.withAtlas({}, async (atlas) => {
      const layers = ['transport-point', 'transport-line', 'transport-line-planned', 'transport-area-fill'];
      expect((await renderedIds(atlas.page, layers)).length).toBeGreaterThan(0);
      const toggle = atlas.page.locator('[data-testid="legend"] [data-group="transport"]');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await mapIdle(atlas.page);
      expect(await renderedIds(atlas.page, layers)).toEqual([]);
      await expect
        .poll(() => hashOf(atlas.page))
        .toContain('layers=water,industry,innovation,livelihood,urban');
      await toggle.click();
      await mapIdle(atlas.page);
      expect((await renderedIds(atlas.page, layers)).length).toBeGreaterThan(0);
    });
  });

  test('the language switch changes every label and keeps the view', async () => {
    await suite.withAtlas({ hash: 'map=11/31.7/119.95&sel=wujin-station' }, async (atlas) => {
      expect(await atlas.page.locator('h1').textContent()).toContain('武进区');
      await atlas.page.getByTestId('lang-switch').click();
      await expect.poll(() => atlas.page.locator('h1').textContent()).toContain('Wujin');
      expect(await atlas.page.getByTestId('detail-panel').locator('h2').textContent()).toContain('Wujin');
      expect(await atlas.page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await atlas.page.locator('.atlas').getAttribute('lang')).toBe('en');
      const state = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        return {
          field: JSON.stringify(map.getLayoutProperty('towns-label', 'text-field')),
          zoom: map.getZoom(),
        };
      });
      expect(state.field).toContain('name_en');
      expect(state.zoom).toBeCloseTo(11, 1);
      await expect.poll(() => hashOf(atlas.page)).toMatch(/map=11\/31\.7\/119\.95.*lang=en/);
    });
  });

  test('screenshots at phone and 4K sizes show the map and the panels', { timeout: 300_000 }, async () => {
    for (const viewport of ['phone', 'fourK'] as const) {
      // SwiftShader draws 8 million pixels slowly on two cores: give 4K its time.
      await suite.withAtlas({ viewport, timeoutMs: 120_000 }, async (atlas) => {
        const size = await atlas.page.evaluate(() => {
          const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
          const canvas = map.getCanvas();
          return { css: canvas.clientWidth, device: canvas.width, ratio: window.devicePixelRatio };
        });
        // The canvas is sized natively (never scaled by CSS), so it stays sharp on any screen.
        expect(size.device).toBe(Math.round(size.css * size.ratio));
        expect(
          await atlas.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        ).toBe(true);
        await screenshot(atlas, `atlas-${viewport}`);
      });
    }
  });
});

describe('on a phone', () => {
  test('a place chosen from the list is flown to and stays clear of its details', async () => {
    await suite.withAtlas({ viewport: 'phone', hash: 'panel=list' }, async (atlas) => {
      await atlas.page.locator('[data-place="yancheng"]').first().click();
      const details = atlas.page.getByTestId('detail-panel');
      await expect.poll(() => details.locator('h2').textContent()).toContain('春秋淹城');
      await mapIdle(atlas.page);
      // Wait for the flight to end, then compare where the place is drawn with where the details begin.
      await expect
        .poll(() =>
          atlas.page.evaluate(() =>
            (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.isMoving(),
          ),
        )
        .toBe(false);
      const geometry = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        const place = map.querySourceFeatures('livelihood').find((f) => f.properties.id === 'yancheng');
        const [lon, lat] = (place?.geometry as GeoJSON.Point).coordinates;
        const point = map.project([lon, lat]);
        const canvas = map.getCanvas().getBoundingClientRect();
        const sheet = document.querySelector('.detail-slot')!.getBoundingClientRect();
        return {
          y: canvas.top + point.y,
          x: canvas.left + point.x,
          sheetTop: sheet.top,
          canvasTop: canvas.top,
        };
      });
      expect(geometry.y).toBeGreaterThan(geometry.canvasTop);
      expect(geometry.y).toBeLessThan(geometry.sheetTop);
      expect(geometry.x).toBeGreaterThan(0);
      expect(geometry.x).toBeLessThan(390);
    });
  });
});

describe('bad data', () => {
  // A broken data file never ships (the build's gate stops it); what the page can still meet is
  // the catalogue arriving cut off, or not at all.
  for (const [kind, answer, zh, en] of [
    [
      'damaged',
      { status: 200, contentType: 'application/json', body: '{"format":1,"layers":{"water":' },
      '不完整或已损坏',
      'incomplete or damaged',
    ],
    [
      'http',
      { status: 503, contentType: 'text/plain', body: 'busy' },
      '服务器没有给出地图数据',
      'did not send',
    ],
  ] as const) {
    test(`a catalogue that arrives ${kind === 'damaged' ? 'cut off' : 'as an HTTP error'} is said so in both languages, and nothing is half-drawn`, async () => {
      const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.route(/\/catalogue-[^/]*\.json$/, (route) => route.fulfill(answer));
        await page.goto(suite.server.url);
        const failure = page.getByTestId('load-error');
        await expect.poll(() => failure.isVisible(), { timeout: 30_000 }).toBe(true);
        expect(await failure.getAttribute('data-kind')).toBe(kind);
        const text = (await failure.textContent()) ?? '';
        expect(text).toContain(zh);
        expect(text).toContain(en);
        // Words for people: no file paths, no parser's message.
        expect(text).not.toMatch(/JSON|geojson|Unexpected|HTTP 503/);
        expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('without WebGL', () => {
  test('the page says so in plain words and still lists every place with its details', async () => {
    const noGl = await launchBrowser({ webgl: false });
    try {
      await withAtlasOn(noGl, suite.server.url, { disableWebGL: true }, async (atlas) => {
        const fallback = atlas.page.getByTestId('no-webgl');
        await expect.poll(() => fallback.isVisible()).toBe(true);
        expect(await fallback.textContent()).toContain('WebGL');
        const items = fallback.locator('[data-place]');
        expect(await items.count()).toBeGreaterThan(40);
        await fallback.locator('[data-place="gehu"]').click();
        await expect
          .poll(() => atlas.page.getByTestId('detail-panel').locator('h2').textContent())
          .toContain('滆湖');
        await screenshot(atlas, 'atlas-no-webgl');
      });
    } finally {
      await noGl.close();
    }
  });
});
