// What a planner does with the ruler: click points on the map, read the length and, for a closed
// shape, the area; take a point back, put the ruler away; on a phone the panel steps aside.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { lineString, pointToLineDistance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { mapIdle, screenshot, useAtlas } from './harness';
import { atlasRunner } from './harness-files';
import { haversineM } from '../oracles/haversine';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };
type LonLat = [number, number];

const withAtlas = atlasRunner(useAtlas());

/** Page coordinates of a fraction of the map canvas, and the [lon, lat] the map puts there. */
async function mapPoint(
  page: Page,
  fx: number,
  fy: number,
): Promise<{ x: number; y: number; lonLat: LonLat }> {
  return page.evaluate(
    ([fx, fy]) => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      const px = { x: rect.width * fx, y: rect.height * fy };
      const ll = map.unproject([px.x, px.y]);
      return { x: rect.left + px.x, y: rect.top + px.y, lonLat: [ll.lng, ll.lat] as LonLat };
    },
    [fx, fy],
  );
}

/** "12.34 km" or "845 m" as metres. */
function metresOf(text: string): number {
  const match = /([\d.,]+)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`no length in "${text}"`);
  const n = Number(match[1].replace(/,/g, ''));
  return match[2] === 'km' ? n * 1000 : n;
}

function measurement(page: Page): Promise<{ points: number; closed: boolean } | null> {
  return page.evaluate(() => {
    const m = (window as unknown as TestWindow).__atlasState.tools.measurement;
    return m ? { points: m.points.length, closed: m.closed } : null;
  });
}

/** The ruler's points as the state holds them, with the page pixel each is drawn at. */
function heldPoints(page: Page): Promise<{ x: number; y: number; lonLat: LonLat }[]> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const rect = w.__atlasMap.getCanvas().getBoundingClientRect();
    return (w.__atlasState.tools.measurement?.points ?? []).map((lonLat) => {
      const px = w.__atlasMap.project(lonLat as [number, number]);
      return { x: rect.left + px.x, y: rect.top + px.y, lonLat: lonLat as LonLat };
    });
  });
}

/** The features the map holds in its measuring overlay. */
function measureOverlay(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const data = (window as unknown as TestWindow).__atlasMap.getStyle().sources.measure as {
      data: { features: { geometry: { type: string } }[] };
    };
    return data.data.features.map((f) => f.geometry.type);
  });
}

describe('measuring on the map', () => {
  test('clicks become points; the card shows the length, and the area once the shape is closed', async () => {
    await withAtlas({}, async (page) => {
      await page.getByTestId('measure-toggle').click();
      const card = page.getByTestId('measure-panel');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain('在地图上点击');

      const a = await mapPoint(page, 0.25, 0.3);
      const b = await mapPoint(page, 0.55, 0.25);
      const c = await mapPoint(page, 0.5, 0.6);
      for (const p of [a, b, c]) await page.mouse.click(p.x, p.y);
      await expect.poll(() => measurement(page)).toEqual({ points: 3, closed: false });

      // A click near a place's marker, line or edge snaps onto it (within 12 px), so the oracle
      // measures the points the ruler holds, after checking each is where it was clicked.
      const held = await heldPoints(page);
      for (const [i, p] of [a, b, c].entries()) {
        expect(Math.hypot(held[i].x - p.x, held[i].y - p.y)).toBeLessThanOrEqual(12.5);
      }
      const [ha, hb, hc] = held.map((p) => p.lonLat);
      const pathM = haversineM(ha, hb) + haversineM(hb, hc);
      const shownM = metresOf((await page.getByTestId('measure-length').textContent()) ?? '');
      expect(Math.abs(shownM - pathM) / pathM).toBeLessThan(0.01);
      expect(await page.getByTestId('measure-area').count()).toBe(0);
      expect(await measureOverlay(page)).toEqual(['LineString', 'Point', 'Point', 'Point']);

      // Closed: the perimeter adds the side back to the start, and the area appears.
      await page.getByTestId('measure-closed').check();
      const perimeterM = pathM + haversineM(hc, ha);
      await expect
        .poll(async () => metresOf((await page.getByTestId('measure-length').textContent()) ?? ''))
        .toBeGreaterThan(pathM);
      const perimeterShownM = metresOf((await page.getByTestId('measure-length').textContent()) ?? '');
      expect(Math.abs(perimeterShownM - perimeterM) / perimeterM).toBeLessThan(0.01);
      expect(await page.getByTestId('measure-area').textContent()).toMatch(/平方公里（[\d,]+ 公顷）$/);
      expect(await measureOverlay(page)).toEqual(['Polygon', 'Point', 'Point', 'Point']);
      // The ruler and its card pass axe like the rest of the atlas.
      const axe = await new AxeBuilder({ page }).include('.measure').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await mapIdle(page);
      await screenshot(page, 'measure-desktop');
    });
  });

  test('the link holds the measurement: a colleague opening it sees the same shape and figures', async () => {
    const corners: LonLat[] = [
      [119.9, 31.75],
      [120.05, 31.75],
      [120.05, 31.6],
    ];
    const hash = `area=${corners.map((c) => c.join(',')).join('_')}`;
    await withAtlas({ hash }, async (page) => {
      await expect.poll(() => measurement(page)).toEqual({ points: 3, closed: true });
      const perimeterM =
        haversineM(corners[0], corners[1]) +
        haversineM(corners[1], corners[2]) +
        haversineM(corners[2], corners[0]);
      const shownM = metresOf((await page.getByTestId('measure-length').textContent()) ?? '');
      expect(Math.abs(shownM - perimeterM) / perimeterM).toBeLessThan(0.01);
      expect(await page.getByTestId('measure-closed').isChecked()).toBe(true);
      expect(await measureOverlay(page)).toEqual(['Polygon', 'Point', 'Point', 'Point']);
      // Another point goes into the address too.
      const p = await mapPoint(page, 0.55, 0.7);
      await page.mouse.click(p.x, p.y);
      await expect
        .poll(() => page.evaluate(() => location.hash))
        .toMatch(/area=(?:[\d.]+,[\d.]+_){3}[\d.]+,[\d.]+/);
    });
  });

  test('a click on a place adds a point at the place instead of opening it', async () => {
    await withAtlas({}, async (page) => {
      await page.getByTestId('measure-toggle').click();
      // 武进站's marker, close enough that no neighbour sets it aside (markers that would cover
      // each other are spread apart at district zooms).
      const station = await page.evaluate(async () => {
        const w = window as unknown as TestWindow;
        const place = w.__atlasState.catalog.byId.get('wujin-station')!;
        const [lon, lat] = (place.geometry as { coordinates: number[] }).coordinates;
        const idle = new Promise((resolve) => w.__atlasMap.once('idle', resolve));
        w.__atlasMap.jumpTo({ center: [lon, lat], zoom: 15 });
        await idle;
        const rect = w.__atlasMap.getCanvas().getBoundingClientRect();
        const px = w.__atlasMap.project([lon, lat]);
        return { x: rect.left + px.x, y: rect.top + px.y };
      });
      // A little off the marker's centre: the point lands exactly on the station.
      await page.mouse.click(station.x + 6, station.y - 5);
      await expect.poll(() => measurement(page)).toEqual({ points: 1, closed: false });
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBeNull();
      const [snapped, stationLonLat] = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const place = w.__atlasState.catalog.byId.get('wujin-station')!;
        return [
          w.__atlasState.tools.measurement!.points[0],
          (place.geometry as { coordinates: number[] }).coordinates,
        ];
      });
      expect(snapped).toEqual(stationLonLat);
      // Away from every marker a click is taken as it is.
      const open = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const map = w.__atlasMap;
        const rect = map.getCanvas().getBoundingClientRect();
        for (let fy = 0.2; fy < 0.8; fy += 0.05) {
          for (let fx = 0.3; fx < 0.9; fx += 0.05) {
            const px = { x: rect.width * fx, y: rect.height * fy };
            const markers = map.queryRenderedFeatures(
              [
                [px.x - 30, px.y - 30],
                [px.x + 30, px.y + 30],
              ],
              {
                layers: [
                  'towns-dot',
                  ...w.__atlasState.filters.groups.flatMap((g) =>
                    ['point', 'line', 'line-planned', 'area-outline', 'area-outline-vague'].map(
                      (role) => `${g}-${role}`,
                    ),
                  ),
                ],
              },
            );
            const at = { x: rect.left + px.x, y: rect.top + px.y };
            if (markers.length === 0 && document.elementFromPoint(at.x, at.y) === map.getCanvas()) {
              const ll = map.unproject([px.x, px.y]);
              return { ...at, lonLat: [ll.lng, ll.lat] };
            }
          }
        }
        throw new Error('no spot clear of markers, lines and edges');
      });
      await page.mouse.click(open.x, open.y);
      await expect.poll(() => measurement(page)).toEqual({ points: 2, closed: false });
      const free = await page.evaluate(
        () => (window as unknown as TestWindow).__atlasState.tools.measurement!.points[1],
      );
      // Within the rounding of a click to whole pixels (about 0.0006° here); the nearest marker,
      // line or edge is at least 30 px (0.017°) away.
      expect(Math.abs(free[0] - open.lonLat[0])).toBeLessThan(0.002);
      expect(Math.abs(free[1] - open.lonLat[1])).toBeLessThan(0.002);

      // Put away, the same click opens the place again.
      await page.keyboard.press('Escape');
      await expect.poll(() => measurement(page)).toBeNull();
      expect(await page.getByTestId('measure-panel').count()).toBe(0);
      expect(await measureOverlay(page)).toEqual([]);
      await page.mouse.click(station.x, station.y);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId))
        .toBe('wujin-station');
    });
  });

  test('a click beside a line lands on the line: the ruler measures from the railway itself', async () => {
    await withAtlas({}, async (page) => {
      await page.getByTestId('measure-toggle').click();
      // A point of 沪宁沿江高铁 on screen with no marker and no other line or edge within 16 px.
      const spot = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const map = w.__atlasMap;
        const rect = map.getCanvas().getBoundingClientRect();
        const line = (
          w.__atlasState.catalog.byId.get('hsr-riverside')!.geometry as { coordinates: number[][] }
        ).coordinates;
        const layers = w.__atlasState.filters.groups.flatMap((g) =>
          ['point', 'line', 'line-planned', 'area-outline', 'area-outline-vague'].map(
            (role) => `${g}-${role}`,
          ),
        );
        for (let i = 0; i + 1 < line.length; i++) {
          for (const t of [0.5, 0.25, 0.75]) {
            const lon = line[i][0] + t * (line[i + 1][0] - line[i][0]);
            const lat = line[i][1] + t * (line[i + 1][1] - line[i][1]);
            const px = map.project([lon, lat]);
            if (px.x < 60 || px.y < 60 || px.x > rect.width - 60 || px.y > rect.height - 60) continue;
            const near = map.queryRenderedFeatures(
              [
                [px.x - 16, px.y - 16],
                [px.x + 16, px.y + 16],
              ],
              { layers: [...layers, 'towns-dot'] },
            );
            if (near.every((f) => f.properties.id === 'hsr-riverside'))
              return { x: rect.left + px.x, y: rect.top + px.y };
          }
        }
        throw new Error('no clear stretch of the railway on screen');
      });
      // 7 px below the line: about 1 km on the ground at this zoom.
      await page.mouse.click(spot.x, spot.y + 7);
      await expect.poll(() => measurement(page)).toEqual({ points: 1, closed: false });
      const [picked, railway] = await page.evaluate(() => {
        const w = window as unknown as TestWindow;
        return [
          w.__atlasState.tools.measurement!.points[0],
          (w.__atlasState.catalog.byId.get('hsr-riverside')!.geometry as { coordinates: number[][] })
            .coordinates,
        ];
      });
      expect(pointToLineDistance(picked, lineString(railway), { units: 'meters' })).toBeLessThan(1);
    });
  });

  test('Backspace and the buttons take points back; Done puts the ruler away', async () => {
    await withAtlas({ hash: 'lang=en' }, async (page) => {
      await page.getByTestId('measure-toggle').click();
      expect(await page.getByTestId('measure-toggle').getAttribute('aria-pressed')).toBe('true');
      for (const [fx, fy] of [
        [0.3, 0.3],
        [0.6, 0.3],
        [0.6, 0.6],
      ] as const) {
        const p = await mapPoint(page, fx, fy);
        await page.mouse.click(p.x, p.y);
      }
      await expect.poll(() => measurement(page)).toMatchObject({ points: 3 });
      expect(await page.getByTestId('measure-panel').textContent()).toContain('Length');

      await page.keyboard.press('Backspace');
      await expect.poll(() => measurement(page)).toMatchObject({ points: 2 });
      await page.getByTestId('measure-undo').click();
      await expect.poll(() => measurement(page)).toMatchObject({ points: 1 });
      expect(await page.getByTestId('measure-length').textContent()).toBe('0 m');
      await page.getByTestId('measure-clear').click();
      await expect.poll(() => measurement(page)).toMatchObject({ points: 0 });
      expect(await page.getByTestId('measure-undo').isDisabled()).toBe(true);

      await page.getByTestId('measure-done').click();
      await expect.poll(() => measurement(page)).toBeNull();
      expect(await page.getByTestId('measure-toggle').getAttribute('aria-pressed')).toBe('false');
    });
  });

  test('on a phone the panel steps down while measuring, and taps add points', async () => {
    await withAtlas({ viewport: 'phone' }, async (page) => {
      const sheet = () => page.getAttribute('[data-testid=side-panel]', 'data-sheet');
      expect(await sheet()).not.toBe('peek');
      await page.getByTestId('measure-toggle').tap();
      await expect.poll(sheet).toBe('peek');
      await mapIdle(page);
      const card = await page.getByTestId('measure-panel').boundingBox();
      // Below the card, above the sheet: open map.
      const y = card!.y + card!.height + 40;
      await page.touchscreen.tap(60, y);
      await page.touchscreen.tap(200, y + 60);
      await expect.poll(() => measurement(page)).toMatchObject({ points: 2 });
      expect(metresOf((await page.getByTestId('measure-length').textContent()) ?? '')).toBeGreaterThan(0);
      await screenshot(page, 'measure-phone');
      await page.getByTestId('measure-done').tap();
      await expect.poll(sheet).not.toBe('peek');
    });
  });
});

describe('the list as data', () => {
  test('downloads the listed places, as filtered, as CSV and as GeoJSON', async () => {
    await withAtlas({ hash: 'panel=list&layers=water,transport&year=2024' }, async (page) => {
      const listed = await page
        .locator('[data-testid=place-list] [data-place]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-place')));
      expect(listed.length).toBeGreaterThan(3);

      const [csvDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('list-download-csv').click(),
      ]);
      expect(csvDownload.suggestedFilename()).toMatch(/^wujin-atlas-2024-places-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.startsWith('\uFEFF编号,名称')).toBe(true);
      const ids = csv
        .slice(1)
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0]);
      expect(ids).toEqual(listed);

      const [geoDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('list-download-geojson').click(),
      ]);
      const geojson = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
      expect(geojson.features.map((f: { id: string }) => f.id)).toEqual(listed);
      expect(
        new Set(geojson.features.map((f: { properties: { group: string } }) => f.properties.group)),
      ).toEqual(new Set(['water', 'transport']));
    });
  });
});
