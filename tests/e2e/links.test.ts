// What a link may not do by itself: take the visitor online, or lock a screen. An online basemap a
// link names is offered and nothing leaves the machine until the visitor says yes; kiosk and tour
// modes from a link can always be left (a visible exit, Esc), and a later link without them turns
// them off.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectCleanRun, mapIdle, openAtlas, useAtlas } from './harness';
import { serveGreenOsmTiles, settledHash } from './basemap-online-facts';

type TestWindow = Window & { __atlasState: AtlasState };

const suite = useAtlas();

const OSM_TILE = /^https:\/\/tile\.openstreetmap\.org\/\d{1,2}\/\d+\/\d+\.png$/;

function presentation(page: Page): Promise<{ stopId: string | null; kiosk: boolean; base: string }> {
  return page.evaluate(() => {
    const a = (window as unknown as TestWindow).__atlasState;
    return { stopId: a.presentation.stopId, kiosk: a.presentation.kiosk, base: a.basemap.kind };
  });
}

describe('an online basemap named in a link', () => {
  test('is offered in the page’s language and fetches nothing until the visitor agrees', async () => {
    const atlas = await openAtlas(suite.browser, suite.server.url, { hash: 'base=osm&lang=en' });
    try {
      // Every request the page makes, workers included, as the browser sends it.
      const outside: string[] = [];
      atlas.context.on('request', (request) => {
        if (!/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(request.url())) outside.push(request.url());
      });
      // A page route wins over the harness's blocking one: this tile server answers, once allowed to.
      const tiles = await serveGreenOsmTiles(atlas.page);
      const offer = atlas.page.getByTestId('basemap-offer');
      await offer.waitFor();
      expect(await offer.innerText()).toContain('tile.openstreetmap.org');
      expect(await offer.innerText()).toContain('Use it?');
      // The map has drawn everything it wanted to with the offer on screen: still nothing asked outside.
      await mapIdle(atlas.page);
      expect(await presentation(atlas.page)).toMatchObject({ base: 'embedded' });
      expect(atlas.externalRequests).toEqual([]);
      expect(outside).toEqual([]);
      expect(tiles).toEqual([]);
      // Passing the link on passes the offer on.
      expect(await settledHash(atlas.page)).toContain('base=osm');

      await atlas.page.getByTestId('basemap-accept').click();
      await expect.poll(() => tiles.length, { timeout: 15_000 }).toBeGreaterThan(0);
      for (const url of tiles) expect(url).toMatch(OSM_TILE);
      expect(await presentation(atlas.page)).toMatchObject({ base: 'osm' });
      expect(await offer.count()).toBe(0);
      expect(await settledHash(atlas.page)).toContain('base=osm');
      // A later link naming the basemap the visitor agreed to applies at once.
      await atlas.page.evaluate(() => (location.hash = 'base=osm&lang=en&sel=gehu'));
      await expect.poll(async () => (await presentation(atlas.page)).base).toBe('osm');
      expect(await offer.count()).toBe(0);
      expectCleanRun({ ...atlas, externalRequests: [] });
    } finally {
      await atlas.close();
    }
  });

  test('declined, the map stays offline and the link loses the basemap', async () => {
    await suite.withAtlas({ hash: 'base=tianditu' }, async (atlas) => {
      const offer = atlas.page.getByTestId('basemap-offer');
      await offer.waitFor();
      expect(await offer.innerText()).toContain('天地图');
      expect(await offer.innerText()).toContain('是否使用');
      // Tianditu's key prompt waits for the visitor's yes too.
      expect(await atlas.page.getByTestId('tianditu-key-dialog').isVisible()).toBe(false);
      await atlas.page.getByTestId('basemap-decline').click();
      await offer.waitFor({ state: 'detached' });
      expect(await presentation(atlas.page)).toMatchObject({ base: 'embedded' });
      expect(await settledHash(atlas.page)).not.toContain('base=');
      await mapIdle(atlas.page);
      expect(atlas.externalRequests).toEqual([]);
    });
  });
});

describe('kiosk and tour modes from a link', () => {
  test('a kiosk hides the normal controls from the start and is left with its visible exit', async () => {
    await suite.withAtlas({ hash: 'kiosk=1' }, async (atlas) => {
      const { page } = atlas;
      // Presenting at once: the tour's title, no header, no side panel, the kiosk's own controls.
      await page.getByTestId('tour').waitFor();
      expect(await presentation(page)).toMatchObject({ stopId: 'title', kiosk: true });
      expect(await page.locator('header.bar').isVisible()).toBe(false);
      expect(await page.locator('.body > .side').isVisible()).toBe(false);
      const leave = page.getByTestId('kiosk-leave');
      expect(await leave.isVisible()).toBe(true);
      expect(await leave.innerText()).toBe('退出展台模式');

      await leave.click();
      await expect.poll(() => presentation(page)).toMatchObject({ stopId: null, kiosk: false });
      await page.locator('header.bar').waitFor({ state: 'visible' });
      expect(await page.getByTestId('kiosk-bar').count()).toBe(0);
      expect(await page.getByTestId('tour').count()).toBe(0);
      const hash = await settledHash(page);
      expect(hash).not.toContain('kiosk');
      expect(hash).not.toContain('tour');
    });
  });

  test('Esc leaves a kiosk, tour and all', async () => {
    await suite.withAtlas({ hash: 'tour=review-2&kiosk=1&lang=en' }, async (atlas) => {
      const { page } = atlas;
      await page.getByTestId('tour').waitFor();
      expect(await page.getByTestId('kiosk-leave').innerText()).toBe('Leave kiosk mode');
      await page.keyboard.press('Escape');
      await expect.poll(() => presentation(page)).toMatchObject({ stopId: null, kiosk: false });
      await page.locator('header.bar').waitFor({ state: 'visible' });
      expect(await page.getByTestId('kiosk-bar').count()).toBe(0);
    });
  });

  test('a later link or a hand-edited address without kiosk or tour turns them off', async () => {
    await suite.withAtlas({ hash: 'tour=review-1&kiosk=1&idle=60' }, async (atlas) => {
      const { page } = atlas;
      await page.getByTestId('kiosk-bar').waitFor();
      await page.getByTestId('tour').waitFor();
      // The visitor edits the address: only a place is left.
      await page.evaluate(() => (location.hash = 'sel=gehu'));
      await expect.poll(() => presentation(page)).toMatchObject({ stopId: null, kiosk: false });
      await page.getByTestId('kiosk-bar').waitFor({ state: 'detached' });
      await page.getByTestId('tour').waitFor({ state: 'detached' });
      await page.locator('header.bar').waitFor({ state: 'visible' });
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBe('gehu');
      // And a tour alone, from a link, is left the same way.
      await page.evaluate(() => (location.hash = 'tour=plan-1'));
      await page.getByTestId('tour').waitFor();
      expect(await page.getByTestId('kiosk-bar').count()).toBe(0);
      await page.evaluate(() => (location.hash = 'lang=en'));
      await page.getByTestId('tour').waitFor({ state: 'detached' });
      expect(await presentation(page)).toMatchObject({ stopId: null, kiosk: false });
    });
  });
});
