// A link may offer an online basemap; agreeing to it lasts on this device until withdrawn from the
// basemap menu, and a stored agreement that is not well formed is ignored.
import { describe, expect, test } from 'vitest';
import {
  expectCleanRun,
  mapIdle,
  marks,
  openAtlas,
  readState,
  screenshot,
  useAtlas,
  waitForMark,
  type ViewportName,
} from './harness';
import { OSM_TILE, openLayersPanel, serveGreenOsmTiles } from './basemap-online-facts';

const atlasEnv = useAtlas();

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
        // Installed before the visitor answers: any tile asked for before then would be counted.
        const served = await serveGreenOsmTiles(page);
        const basemapNow = () =>
          readState(page, (state) => ({ kind: state.basemap.kind, offer: state.basemap.offer }));
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
        await openLayersPanel(page);
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
