// Online basemaps are opt-in and fail safely. In this sandbox every request leaving localhost is
// blocked by the harness, which is exactly "no network": choosing OpenStreetMap or Tianditu must
// try the expected tile host only, then fall back to the embedded basemap with a notice, keeping
// the selection, filters and camera. The default page asks for no tile at all.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import {
  expectCleanRun,
  openAtlas,
  screenshot,
  useAtlas,
  type AtlasPage,
  mapIdle,
  renderedIds,
  marks,
  waitForMark,
  type ViewportName,
} from './harness';

const atlasEnv = useAtlas();

const FALLBACK_ZH = '在线底图无法加载（可能没有网络），已切换回内置底图';
const OSM_TILE = /^GET https:\/\/tile\.openstreetmap\.org\/\d{1,2}\/\d+\/\d+\.png$/;
const TIANDITU_TILE =
  /^GET https:\/\/t[0-7]\.tianditu\.gov\.cn\/(vec|cva)_w\/wmts\?SERVICE=WMTS&REQUEST=GetTile&VERSION=1\.0\.0&LAYER=(vec|cva)&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+&tk=([0-9a-f]{32})$/;
const FAKE_TK = '0123456789abcdef0123456789abcdef';
/** Chromium reports each blocked tile as a failed resource load; that is the point of this test. */
const BLOCKED = /ERR_BLOCKED_BY_CLIENT|Failed to load resource/;

interface MapFacts {
  onlineLayers: string[];
  onlineSources: string[];
  fillsVisible: Record<string, string>;
  selection: string | null;
  groups: string[];
  year: number | null;
  basemap: string;
  camera: { zoom: number; lat: number; lon: number };
}

/** What the map and the state say about the basemap and everything that must survive a fallback. */
function mapFacts(page: Page): Promise<MapFacts> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __atlasMap: import('maplibre-gl').Map;
      __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState;
    };
    const map = w.__atlasMap;
    const style = map.getStyle();
    const online = ['osm', 'tianditu-vec', 'tianditu-cva'];
    return {
      onlineLayers: style.layers
        .filter((l) => 'source' in l && online.includes(String(l.source)))
        .map((l) => l.id),
      onlineSources: Object.keys(style.sources).filter((id) => online.includes(id)),
      fillsVisible: Object.fromEntries(
        ['district-fill', 'district-neighbour-fill', 'lakes-fill'].map((id) => [
          id,
          String(map.getLayoutProperty(id, 'visibility') ?? 'visible'),
        ]),
      ),
      selection: w.__atlasState.selection.placeId,
      groups: [...w.__atlasState.filters.groups],
      year: w.__atlasState.filters.year,
      basemap: w.__atlasState.basemap.kind,
      camera: { ...w.__atlasState.view.camera },
    };
  });
}

/** The hash as the address bar shows it, once the state's delayed write has caught up with the state. */
async function settledHash(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      window.location.hash.replace(/^#/, '') ===
      (window as unknown as { __atlasState: { hash: string } }).__atlasState.hash,
  );
  return page.evaluate(() => window.location.hash);
}

async function waitForFallbackNotice(atlas: AtlasPage): Promise<void> {
  await atlas.page.getByTestId('notices').getByText(FALLBACK_ZH).waitFor({ timeout: 15_000 });
}

/** The embedded basemap is whole again: no online layer or source, fills shown, lakes drawn. */
async function expectEmbeddedBack(page: Page, lakesInView = ['taihu', 'gehu']): Promise<MapFacts> {
  const facts = await mapFacts(page);
  expect(facts.basemap).toBe('embedded');
  expect(facts.onlineLayers).toEqual([]);
  expect(facts.onlineSources).toEqual([]);
  expect(Object.values(facts.fillsVisible)).toEqual(['visible', 'visible', 'visible']);
  await mapIdle(page);
  const lakes = await renderedIds(page, ['lakes-fill']);
  for (const lake of lakesInView) expect(lakes).toContain(lake);
  expect(await renderedIds(page, ['district-outline'])).toContain('wujin');
  expect(await page.locator('[data-basemap="embedded"]').isChecked()).toBe(true);
  return facts;
}

describe('online basemaps without a network', () => {
  test('choosing OpenStreetMap tries its tiles only, then falls back with a notice and keeps the view', async () => {
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      hash: 'map=11/31.7/119.95&sel=wujin-station&year=2024&panel=layers',
    });
    try {
      const before = await mapFacts(atlas.page);
      expect(before.basemap).toBe('embedded');
      expect(atlas.externalRequests).toEqual([]);

      await atlas.page.locator('[data-basemap="osm"]').check();
      await waitForFallbackNotice(atlas);

      // Tiles were asked for, from OpenStreetMap's tile server and nowhere else.
      expect(atlas.externalRequests.length).toBeGreaterThan(0);
      for (const request of atlas.externalRequests) expect(request).toMatch(OSM_TILE);

      // At this camera 滆湖 is in view, 太湖 is not.
      const after = await expectEmbeddedBack(atlas.page, ['gehu']);
      expect(after.selection).toBe('wujin-station');
      expect(after.year).toBe(2024);
      expect(after.groups).toEqual(before.groups);
      expect(after.camera.zoom).toBeCloseTo(before.camera.zoom, 5);
      expect(after.camera.lat).toBeCloseTo(before.camera.lat, 5);
      expect(after.camera.lon).toBeCloseTo(before.camera.lon, 5);
      const hash = await settledHash(atlas.page);
      expect(hash).not.toContain('base=');
      expect(hash).toContain('sel=wujin-station');
      // Only one notice, and not an error: the tiles' own failures are not reported one by one.
      expect(await atlas.page.getByTestId('notices').locator('.notice').count()).toBe(1);
      expect(await atlas.page.getByTestId('notices').locator('.notice.error').count()).toBe(0);
      await screenshot(atlas, 'basemap-osm-fallback');
      expectCleanRun({ ...atlas, externalRequests: [] }, { allowConsole: [BLOCKED] });
    } finally {
      await atlas.close();
    }
  });

  test('a link with base=osm, once the visitor agrees, opens on the embedded basemap after the same fallback', async () => {
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'base=osm&lang=en' });
    try {
      // A link only offers an online basemap (see links.test.ts); the visitor takes it.
      await atlas.page.getByTestId('basemap-accept').click();
      await atlas.page
        .getByTestId('notices')
        .getByText('The online basemap could not be loaded (no network?); back to the embedded basemap')
        .waitFor({ timeout: 15_000 });
      expect(atlas.externalRequests.length).toBeGreaterThan(0);
      for (const request of atlas.externalRequests) expect(request).toMatch(OSM_TILE);
      await atlas.page.evaluate(() => {
        (
          window as unknown as { __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState }
        ).__atlasState.view.openPanel('layers');
      });
      await expectEmbeddedBack(atlas.page);
      const hash = await settledHash(atlas.page);
      expect(hash).not.toContain('base=');
      expect(hash).toContain('lang=en');
      expectCleanRun({ ...atlas, externalRequests: [] }, { allowConsole: [BLOCKED] });
    } finally {
      await atlas.close();
    }
  });

  test('Tianditu asks for its key, keeps it out of the link, tries vec_w and cva_w tiles and falls back', async () => {
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'panel=layers' });
    try {
      await atlas.page.locator('[data-basemap="tianditu"]').check();
      const dialog = atlas.page.getByTestId('tianditu-key-dialog');
      await dialog.waitFor({ state: 'visible' });
      // Without a key nothing is requested, and the link already says what was chosen.
      expect(atlas.externalRequests).toEqual([]);
      expect(await settledHash(atlas.page)).toContain('base=tianditu');
      expect(await dialog.getByTestId('tianditu-review-number').inputValue()).toBe('GS(2024)0568号');
      const axe = await new AxeBuilder({ page: atlas.page })
        .include('[data-testid="tianditu-key-dialog"]')
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expect(axe.passes.length).toBeGreaterThan(0);

      // A malformed key is refused in the dialog.
      await dialog.getByTestId('tianditu-key').fill('not-a-key');
      await dialog.locator('button[type="submit"]').click();
      expect(await dialog.isVisible()).toBe(true);
      expect(atlas.externalRequests).toEqual([]);

      await dialog.getByTestId('tianditu-key').fill(FAKE_TK);
      await dialog.locator('button[type="submit"]').click();
      await waitForFallbackNotice(atlas);

      expect(atlas.externalRequests.length).toBeGreaterThan(0);
      const layers = new Set<string>();
      for (const request of atlas.externalRequests) {
        const match = TIANDITU_TILE.exec(request);
        expect(match, request).not.toBeNull();
        expect(match?.[1]).toBe(match?.[2]);
        expect(match?.[3]).toBe(FAKE_TK);
        layers.add(match?.[1] ?? '');
      }
      expect([...layers].sort()).toContain('vec');

      await expectEmbeddedBack(atlas.page);
      // The address follows the state a moment later (url-sync's write delay).
      expect(await settledHash(atlas.page)).not.toContain('base=');
      // The key is in this tab's storage, never in the address.
      const where = await atlas.page.evaluate(() => ({
        href: window.location.href,
        session: sessionStorage.getItem('wujin-atlas.tianditu-tk'),
        local: localStorage.getItem('wujin-atlas.tianditu-tk'),
      }));
      expect(where.href).not.toContain(FAKE_TK);
      expect(where.href).not.toContain('base=');
      expect(where.session).toBe(FAKE_TK);
      expect(where.local).toBeNull();
      expectCleanRun({ ...atlas, externalRequests: [] }, { allowConsole: [BLOCKED] });
    } finally {
      await atlas.close();
    }
  });

  test('a link asking for Tianditu without a stored key asks for one; cancelling keeps the embedded basemap', async () => {
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'base=tianditu' });
    try {
      await atlas.page.getByTestId('basemap-accept').click();
      const dialog = atlas.page.getByTestId('tianditu-key-dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await atlas.page.evaluate(() => {
        (
          window as unknown as { __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState }
        ).__atlasState.view.openPanel('layers');
      });
      await expectEmbeddedBack(atlas.page);
      expect(await settledHash(atlas.page)).not.toContain('base=');
      expect(await atlas.page.getByTestId('notices').locator('.notice').count()).toBe(0);
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  });
});

/** A 256-pixel tile of one colour, standing in for a tile server that answers. */
function solidTile(rgb: [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}

test('when tiles do arrive they show under the outlines and labels, and the atlas keeps them', async () => {
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'panel=layers' });
  try {
    const served: string[] = [];
    const tile = solidTile([40, 160, 60]);
    // A page route wins over the harness's blocking context route: this tile server "works".
    await atlas.page.route(/^https:\/\/tile\.openstreetmap\.org\//, async (route) => {
      served.push(route.request().url());
      await route.fulfill({
        status: 200,
        contentType: 'image/png',
        headers: { 'access-control-allow-origin': '*' },
        body: tile,
      });
    });
    await atlas.page.locator('[data-basemap="osm"]').check();
    // The switch's code loads when first chosen: wait for the tiles' layer and a served tile
    // before the map's idle, or idle may be the embedded map's, just before the switch.
    await expect.poll(async () => (await mapFacts(atlas.page)).onlineLayers).toEqual(['osm-tiles']);
    await expect.poll(() => served.length).toBeGreaterThan(0);
    await mapIdle(atlas.page);
    const facts = await mapFacts(atlas.page);
    expect(facts.basemap).toBe('osm');
    expect(facts.onlineLayers).toEqual(['osm-tiles']);
    expect(Object.values(facts.fillsVisible)).toEqual(['none', 'none', 'none']);
    expect(served.length).toBeGreaterThan(0);
    for (const url of served) expect(`GET ${url}`).toMatch(OSM_TILE);
    // The atlas's own outlines and places are still drawn over the tiles.
    expect(await renderedIds(atlas.page, ['district-outline'])).toContain('wujin');
    expect(await renderedIds(atlas.page, ['lakes-outline'])).toContain('gehu');
    expect(await renderedIds(atlas.page, ['towns-dot'])).not.toEqual([]);
    expect(await atlas.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
      '© OpenStreetMap contributors',
    );
    expect(await settledHash(atlas.page)).toContain('base=osm');
    // The tiles' green is on the canvas (land is a warm grey in the embedded basemap).
    const greenish = await atlas.page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const gl = map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
      const pixel = new Uint8Array(4);
      gl.readPixels(8, 8, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      return pixel[1] > pixel[0] + 40 && pixel[1] > pixel[2] + 40;
    });
    expect(greenish).toBe(true);
    await screenshot(atlas, 'basemap-osm-served');
    expect(await atlas.page.getByTestId('notices').locator('.notice').count()).toBe(0);

    // And back to the embedded basemap by choice.
    await atlas.page.locator('[data-basemap="embedded"]').check();
    await expectEmbeddedBack(atlas.page);
    expect(await settledHash(atlas.page)).not.toContain('base=');
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

test('when tile requests hang (no answer at all), the atlas falls back after about 8 s', async () => {
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'panel=layers' });
  try {
    const held: string[] = [];
    // Never answered: like a captive portal or a firewall that drops packets.
    await atlas.page.route(/^https:\/\/tile\.openstreetmap\.org\//, (route) => {
      held.push(route.request().url());
    });
    const startedMs = Date.now();
    await atlas.page.locator('[data-basemap="osm"]').check();
    await waitForFallbackNotice(atlas);
    const waitedMs = Date.now() - startedMs;
    expect(held.length).toBeGreaterThan(0);
    expect(waitedMs).toBeGreaterThanOrEqual(7500);
    expect(waitedMs).toBeLessThan(14_000);
    await expectEmbeddedBack(atlas.page);
    expect(await settledHash(atlas.page)).not.toContain('base=');
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

test('the default atlas asks for no tiles: the embedded basemap only', async () => {
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash: 'panel=layers' });
  try {
    // A late request (a lazily added source, a prefetch) would show before the network is quiet.
    await atlas.page.waitForLoadState('networkidle');
    const facts = await mapFacts(atlas.page);
    expect(facts.basemap).toBe('embedded');
    expect(facts.onlineLayers).toEqual([]);
    expect(facts.onlineSources).toEqual([]);
    expect(await atlas.page.locator('[data-basemap="embedded"]').isChecked()).toBe(true);
    expect(atlas.externalRequests).toEqual([]);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

describe('agreeing to an online basemap a link offers lasts on this device until withdrawn', () => {
  const AGREED_KEY = 'wujin-atlas.basemap-agreed';
  const TEXT = {
    zh: { agreed: '本机已同意链接直接使用在线底图：OpenStreetMap。', withdraw: '撤回同意' },
    en: { agreed: 'On this device, links may switch on OpenStreetMap without asking.', withdraw: 'Withdraw' },
  };

  test.each<[ViewportName, 'zh' | 'en']>([
    ['phone', 'zh'],
    ['desktop', 'en'],
  ])(
    'at %s size in %s: agree, reload without a question, withdraw, asked again',
    async (viewport, lang) => {
      const link = `base=osm&lang=${lang}`;
      // Three page loads on a busy machine: each may take longer than the harness's default wait.
      const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
        viewport,
        hash: link,
        timeoutMs: 90_000,
      });
      const { page } = atlas;
      try {
        const served: string[] = [];
        const tile = solidTile([40, 160, 60]);
        // Installed before the visitor answers: any tile asked for before then would be counted.
        await page.route(/^https:\/\/tile\.openstreetmap\.org\//, async (route) => {
          served.push(route.request().url());
          await route.fulfill({
            status: 200,
            contentType: 'image/png',
            headers: { 'access-control-allow-origin': '*' },
            body: tile,
          });
        });
        const basemapNow = () =>
          page.evaluate(() => {
            const state = (
              window as unknown as { __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState }
            ).__atlasState;
            return { kind: state.basemap.kind, offer: state.basemap.offer };
          });
        const reloadWith = async (hash: string) => {
          await page.evaluate((h) => (window.location.hash = h), hash);
          await page.reload({ waitUntil: 'load' });
          await waitForMark(page, marks.mapIdle, 90_000);
          await waitForMark(page, marks.ready, 90_000);
        };

        // Asked first, and nothing fetched from the tile host before the answer.
        await page.getByTestId('basemap-offer').waitFor();
        await page.waitForLoadState('networkidle');
        expect(served).toEqual([]);
        expect(atlas.externalRequests).toEqual([]);
        expect(await basemapNow()).toEqual({ kind: 'embedded', offer: 'osm' });
        await page.getByTestId('basemap-accept').click();
        await expect.poll(() => served.length, { timeout: 30_000 }).toBeGreaterThan(0);
        for (const url of served) expect(`GET ${url}`).toMatch(OSM_TILE);
        expect(await page.evaluate((key) => localStorage.getItem(key), AGREED_KEY)).toBe('["osm"]');

        // The same link again, in a new page load: on at once, no second question.
        await reloadWith(link);
        expect(await basemapNow()).toEqual({ kind: 'osm', offer: null });
        expect(await page.getByTestId('basemap-offer').count()).toBe(0);
        const servedAfterReload = served.length;
        await mapIdle(page);
        expect(served.length).toBeGreaterThanOrEqual(servedAfterReload);

        // The basemap menu says so, and takes it back.
        await page.evaluate(() => {
          (
            window as unknown as { __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState }
          ).__atlasState.view.openPanel('layers');
        });
        const agreed = page.getByTestId('basemap-agreed');
        await agreed.scrollIntoViewIfNeeded();
        expect(await agreed.textContent()).toContain(TEXT[lang].agreed);
        expect(await agreed.isVisible()).toBe(true);
        await screenshot(atlas, `basemap-agreed-${viewport}-${lang}`);
        await page.getByTestId('basemap-withdraw').click();
        await expect.poll(basemapNow, { timeout: 10_000 }).toEqual({ kind: 'embedded', offer: null });
        expect(await page.evaluate((key) => localStorage.getItem(key), AGREED_KEY)).toBeNull();
        expect(await agreed.count()).toBe(0);

        // Withdrawn: the same link asks again, and fetches nothing until answered.
        const servedBeforeWithdrawnVisit = served.length;
        await reloadWith(link);
        await page.getByTestId('basemap-offer').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await basemapNow()).toEqual({ kind: 'embedded', offer: 'osm' });
        expect(served.length).toBe(servedBeforeWithdrawnVisit);
        await screenshot(atlas, `basemap-asked-again-${viewport}-${lang}`);
        await page.getByTestId('basemap-decline').click();
        expect(atlas.externalRequests).toEqual([]);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    300_000,
  );

  test('a corrupt stored agreement is ignored: the link asks', async () => {
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      hash: 'base=osm',
      initScript: () => localStorage.setItem('wujin-atlas.basemap-agreed', '["osm",{"evil":1}]'),
    });
    try {
      await atlas.page.getByTestId('basemap-offer').waitFor();
      expect(atlas.externalRequests).toEqual([]);
      await atlas.page.getByTestId('basemap-decline').click();
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  });
});
