// The map's code (MapLibre and the adapter) is the largest download of the page. It arrives as a
// chunk of its own: the header and the panel show while it is still on its way, and a download
// that fails leaves the page usable with its list of places and a plain explanation.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Request, Route } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectCleanRun, marks, openAtlas, useAtlas, waitForMark } from './harness';

const suite = useAtlas();
const MAPLIBRE_CHUNK = /\/assets\/maplibre-[\w-]+\.js$/;

test('the header and the panel are on screen while the map is still downloading', async () => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The panel's contents stop waiting for the map after a while, so `ready` comes with the map held.
  const atlas = await openAtlas(suite.browser, suite.server.url, {
    viewport: 'phone',
    waitForMark: marks.ready,
    routes: (context: BrowserContext) =>
      context.route(MAPLIBRE_CHUNK, async (route: Route) => {
        await held;
        await route.continue();
      }),
  });
  try {
    const { page } = atlas;
    expect(await page.getByRole('banner').textContent()).toContain('政府工作报告地图');
    expect(await page.getByRole('tablist').isVisible()).toBe(true);
    expect(await page.getByTestId('overview-panel').isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    release();
    await waitForMark(page, marks.mapIdle, 60_000);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    expectCleanRun(atlas);
  } finally {
    release();
    await atlas.close();
  }
});

/** Every report place, counted from the data files themselves. */
function reportPlaceCount(): number {
  const groups = ['industry', 'innovation', 'livelihood', 'transport', 'urban', 'water'];
  return groups
    .map((g) => JSON.parse(readFileSync(`geo/layers/${g}.geojson`, 'utf8')) as { features: unknown[] })
    .reduce((n, fc) => n + fc.features.length, 0);
}

for (const { lang, viewport, words, place, title } of [
  { lang: 'zh', viewport: 'phone', words: '地图程序未能下载', place: 'gehu', title: '滆湖' },
  { lang: 'en', viewport: 'desktop', words: 'could not be downloaded', place: 'gehu', title: 'Gehu' },
] as const) {
  test(`a map that cannot be downloaded leaves the list and says why (${lang}, ${viewport})`, async () => {
    const atlas = await openAtlas(suite.browser, suite.server.url, {
      viewport,
      hash: lang === 'en' ? 'lang=en' : '',
      waitForMark: marks.ready,
      routes: (context: BrowserContext) =>
        context.route(MAPLIBRE_CHUNK, (route: Route) => route.abort('failed')),
    });
    try {
      const fallback = atlas.page.getByTestId('no-webgl');
      await expect.poll(() => fallback.isVisible()).toBe(true);
      const text = (await fallback.textContent()) ?? '';
      expect(text).toContain(words);
      expect(text).not.toContain('WebGL');
      expect(await fallback.locator('[data-place]').count()).toBe(reportPlaceCount());
      await fallback.locator(`[data-place="${place}"]`).click();
      await expect
        .poll(() => atlas.page.getByTestId('detail-panel').locator('h2').textContent())
        .toContain(title);
      // The one failure is the blocked download itself.
      expectCleanRun(atlas, { allowConsole: [/net::ERR_FAILED/] });
    } finally {
      await atlas.close();
    }
  });
}

test('a first visit downloads each of its files once, the map worker’s data files included', async () => {
  const asked = new Map<string, number>();
  const atlas = await openAtlas(suite.browser, suite.server.url, {
    viewport: 'phone',
    waitForMark: marks.mapIdle,
    routes: async (context: BrowserContext) =>
      context.on('request', (request: Request) => {
        const url = new URL(request.url());
        // The built files (code, styles, data); the page's icon is the browser's own to fetch and revalidate.
        if (url.origin !== new URL(suite.server.url).origin || !url.pathname.startsWith('/assets/')) return;
        asked.set(url.pathname, (asked.get(url.pathname) ?? 0) + 1);
      }),
  });
  try {
    // Everything the first view asks for has been asked for: the map is idle with its pin, and the
    // panels' code is in.
    await waitForMark(atlas.page, marks.offMapPinned);
    await waitForMark(atlas.page, marks.ready);
    const dataFiles = [...asked.keys()].filter((path) => path.endsWith('.geojson'));
    // The basemap's files are read by MapLibre's worker; the lakes were once read three times (the
    // map's outlines, its lake names and the off-map pin's shores).
    for (const name of ['district', 'lakes', 'rivers', 'towns'])
      expect(dataFiles.some((path) => path.includes(`/${name}-`))).toBe(true);
    const repeated = [...asked].filter(([, count]) => count > 1);
    expect(repeated).toEqual([]);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});
