// Online basemaps are opt-in and fail safely. In this sandbox every request leaving localhost is
// blocked by the harness, which is exactly "no network": choosing OpenStreetMap or Tianditu must
// try the expected tile host only, then fall back to the embedded basemap with a notice, keeping
// the selection, filters and camera. A tile server that never answers ends the same way.
import { describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { screenshot, useAtlas } from './harness';
import {
  FAKE_TK,
  OSM_TILE,
  TIANDITU_TILE,
  expectEmbeddedBack,
  mapFacts,
  openLayersPanel,
  settledHash,
  waitForFallbackNotice,
  withBlockedTiles,
} from './basemap-online-facts';

const atlasEnv = useAtlas();

describe('online basemaps without a network', () => {
  test('choosing OpenStreetMap tries its tiles only, then falls back with a notice and keeps the view', async () => {
    await withBlockedTiles(
      atlasEnv,
      'map=11/31.7/119.95&sel=wujin-station&year=2024&panel=layers',
      async (atlas) => {
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
      },
    );
  });

  test('a link with base=osm, once the visitor agrees, opens on the embedded basemap after the same fallback', async () => {
    await withBlockedTiles(atlasEnv, 'base=osm&lang=en', async (atlas) => {
      // A link only offers an online basemap (see links.test.ts); the visitor takes it.
      await atlas.page.getByTestId('basemap-accept').click();
      await atlas.page
        .getByTestId('notices')
        .getByText('The online basemap could not be loaded (no network?); back to the embedded basemap')
        .waitFor({ timeout: 15_000 });
      expect(atlas.externalRequests.length).toBeGreaterThan(0);
      for (const request of atlas.externalRequests) expect(request).toMatch(OSM_TILE);
      await openLayersPanel(atlas.page);
      await expectEmbeddedBack(atlas.page);
      const hash = await settledHash(atlas.page);
      expect(hash).not.toContain('base=');
      expect(hash).toContain('lang=en');
    });
  });

  test('Tianditu asks for its key, keeps it out of the link, tries vec_w and cva_w tiles and falls back', async () => {
    await withBlockedTiles(atlasEnv, 'panel=layers', async (atlas) => {
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
    });
  });

  test('a link asking for Tianditu without a stored key asks for one; cancelling keeps the embedded basemap', async () => {
    await atlasEnv.withAtlas({ hash: 'base=tianditu' }, async (atlas) => {
      await atlas.page.getByTestId('basemap-accept').click();
      const dialog = atlas.page.getByTestId('tianditu-key-dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await openLayersPanel(atlas.page);
      await expectEmbeddedBack(atlas.page);
      expect(await settledHash(atlas.page)).not.toContain('base=');
      expect(await atlas.page.getByTestId('notices').locator('.notice').count()).toBe(0);
    });
  });
});

test('when tile requests hang (no answer at all), the atlas falls back after about 8 s', async () => {
  await atlasEnv.withAtlas({ hash: 'panel=layers' }, async (atlas) => {
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
  });
});
