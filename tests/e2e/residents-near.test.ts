// Near me: the projects around a point tapped on the map, a place, a lake or the device (location
// granted, refused or too rough), nearest edge first, checked against distances computed here.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNearList, placesFromFiles } from './near-oracle';
import { overlayFeatures, pixelOf, readState, type TestWindow, useAtlas } from './harness';

const suite = useAtlas();

const places = placesFromFiles();

function nearIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=near-item]', (items) =>
    items.map((el) => (el as HTMLElement).dataset.place ?? ''),
  );
}

/** The device at a position its location service reports with `accuracyM`, the page allowed to read it. */
function deviceAt(longitude: number, latitude: number, accuracyM: number) {
  return { geolocation: { longitude, latitude, accuracy: accuracyM }, permissions: ['geolocation'] };
}

/** In the open near panel, presses "my location" as a phone (tap) or a mouse (click) does. */
async function locate(page: Page, press: 'tap' | 'click'): Promise<void> {
  await page.waitForSelector('[data-testid=near-panel]');
  await page[press]('[data-testid=near-locate]');
}

/** In the open near panel, starts picking a point and clicks the map at lon, lat. */
async function pickOnMap(page: Page, lon: number, lat: number): Promise<void> {
  await page.waitForSelector('[data-testid=near-panel]');
  await page.click('[data-testid=near-pick]');
  const at = await pixelOf(page, lon, lat);
  await page.mouse.click(at.x, at.y);
}

/** The atlas on a desktop with the near panel open; `more` adds to its link (a camera, say). */
function nearOnDesktop(more: string, check: (page: Page) => Promise<void>): Promise<void> {
  return suite.withAtlas({ viewport: 'desktop', hash: `panel=near${more}` }, ({ page }) => check(page));
}

describe('near me', () => {
  test('from a point tapped on the map: the projects within range, nearest edge first', async () => {
    await nearOnDesktop('', async (page) => {
      await page.waitForSelector('[data-testid=near-panel]');
      await page.click('[data-testid=near-pick]');
      expect(await readState(page, (a) => a.tools.pickingOrigin)).toBe(true);
      // Between the district seat and 春秋淹城, in 湖塘镇.
      const target = await pixelOf(page, 119.955, 31.7);
      const tapMetresPerPx = await page.evaluate(() => {
        const map = (window as unknown as TestWindow).__atlasMap;
        const lat = map.getCenter().lat;
        return (40_075_016.7 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
      });
      await page.mouse.click(target.x, target.y);
      await page.waitForSelector('[data-testid=near-item]');
      const origin = (await readState(page, (a) => a.tools.nearOrigin))!;
      expect(origin.source).toBe('map');
      // A tap within 12 px of a place's marker, line or edge starts from it (the pick snaps), so
      // the origin is within 12 px of the tap, in metres at the scale the tap was made at.
      const rad = Math.PI / 180;
      const offM = Math.hypot(
        (origin.lon - 119.955) * rad * 6_371_008.8 * Math.cos(31.7 * rad),
        (origin.lat - 31.7) * rad * 6_371_008.8,
      );
      expect(offM).toBeLessThanOrEqual(12.5 * tapMetresPerPx);
      expect(await readState(page, (a) => a.tools.pickingOrigin)).toBe(false);
      // The selection did not change: while picking, a click sets the origin only.
      expect(await readState(page, (a) => a.selection.placeId)).toBeNull();

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
    await suite.withAtlas({ viewport: 'desktop', hash: 'sel=wujin-station' }, async ({ page }) => {
      await page.click('[data-testid=detail-nearby]');
      await page.waitForSelector('[data-testid=near-item]');
      // Measured from the station's own coordinates, as the catalogue has them.
      const origin = (await readState(page, (a) => a.tools.nearOrigin))!;
      expect(origin).toMatchObject({
        source: 'place',
        placeId: 'wujin-station',
        lon: 119.9424,
        lat: 31.6603,
      });
      expect(await readState(page, (a) => a.view.panel)).toBe('near');
      const shown = await nearIds(page);
      expect(shown.length).toBeGreaterThan(2);
      expect(shown).not.toContain('wujin-station');
      expectNearList(shown, places, [119.9424, 31.6603], 3000, { exclude: 'wujin-station' });
      expect(await page.locator('[data-testid=near-panel] .from strong').textContent()).toBe(
        '武进站综合交通枢纽',
      );
      // On a desktop the details stay open beside the list.
      expect(await readState(page, (a) => a.selection.placeId)).toBe('wujin-station');
    });
  });

  test('inside a lake it says so, and the lake comes first', async () => {
    await nearOnDesktop('&map=10.5/31.6/119.8', async (page) => {
      await pickOnMap(page, 119.8, 31.6);
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
    await suite.withAtlas(
      { viewport: 'phone', hash: 'panel=near', ...deviceAt(119.97, 31.705, 40) },
      async ({ page }) => {
        await locate(page, 'tap');
        await page.waitForSelector('[data-testid=near-item]');
        const origin = (await readState(page, (a) => a.tools.nearOrigin))!;
        expect(origin).toMatchObject({ source: 'device', lon: 119.97, lat: 31.705, accuracyM: 40 });
        expectNearList(await nearIds(page), places, [119.97, 31.705], 3000);
        expect(await page.textContent('[data-testid=near-panel]')).toContain('我的位置');
      },
    );
  });

  test('with location refused it explains, and a town still works', async () => {
    await nearOnDesktop('', async (page) => {
      await locate(page, 'click');
      await expect.poll(() => page.textContent('[data-testid=near-message]')).toContain('定位权限被拒绝');
      expect(await readState(page, (a) => a.tools.nearOrigin)).toBeNull();
      await page.selectOption('[data-testid=near-town]', 'hutang');
      await page.waitForSelector('[data-testid=near-item]');
      expect(await readState(page, (a) => a.tools.nearOrigin?.source)).toBe('town');
    });
  });

  test('a wildly inaccurate position is not used', async () => {
    await suite.withAtlas(
      { viewport: 'desktop', hash: 'panel=near&lang=en', ...deviceAt(119.97, 31.705, 20_000) },
      async ({ page }) => {
        await locate(page, 'click');
        await expect.poll(() => page.textContent('[data-testid=near-message]')).toContain('too rough');
        expect(await readState(page, (a) => a.tools.nearOrigin)).toBeNull();
      },
    );
  });

  test('a point outside the district gets a note, and the list still answers', async () => {
    await nearOnDesktop('&map=10/31.85/119.95', async (page) => {
      // North of the district line, in 新北区.
      await pickOnMap(page, 119.95, 31.9);
      await page.waitForSelector('[data-testid=near-outside]');
      const origin = (await readState(page, (a) => a.tools.nearOrigin))!;
      // Either the list or its "nothing within range" line, then the list judged by the oracle.
      await page.waitForSelector('[data-testid=near-item], [data-testid=near-none]');
      expectNearList(await nearIds(page), places, [origin.lon, origin.lat], 3000);
    });
  });
});
