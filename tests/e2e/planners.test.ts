// What a planner does with the ruler: click points on the map, read the length and, for a closed
// shape, the area; take a point back, put the ruler away; on a phone the panel steps aside.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { lineString, pointToLineDistance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import {
  expectCleanRun,
  mapIdle,
  marks,
  openAtlas,
  screenshot,
  useAtlas,
  waitForMark,
  type OpenAtlasOptions,
} from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };
type LonLat = [number, number];

const atlasEnv = useAtlas();

async function withAtlas(options: OpenAtlasOptions, check: (page: Page) => Promise<void>): Promise<void> {
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, options);
  try {
    await check(atlas.page);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

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

/** Great-circle distance on the mean-radius sphere: an independent check of what the card shows. */
function haversineM([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
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

describe("the planner's own data", () => {
  const plan = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: '规划点' },
        geometry: { type: 'Point', coordinates: [119.9, 31.65] },
      },
      {
        type: 'Feature',
        properties: { name: '规划线' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [119.9, 31.68],
            [120.0, 31.72],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: '规划区', 用地性质: '工业用地', 批复年份: 2023, 备注: null },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [119.92, 31.66],
              [119.98, 31.66],
              [119.98, 31.7],
              [119.92, 31.7],
              [119.92, 31.66],
            ],
          ],
        },
      },
    ],
  };
  const file = (name: string, text: string) => ({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(text, 'utf8'),
  });

  /** The positions of the planner's points as the map was given them (the reader's copy of the file). */
  function userSource(page: Page): Promise<number[][]> {
    return page.evaluate(() => {
      const features = (window as unknown as TestWindow).__atlasState.planner.data?.data.features ?? [];
      return features
        .filter((f) => f.geometry.type === 'Point')
        .map((f) => (f.geometry as { coordinates: number[] }).coordinates);
    });
  }

  /** The roles of the planner's style layers that draw something now (`user-fill:<layer id>` → `user-fill`). */
  function renderedUserLayers(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const w = window as unknown as TestWindow;
      const layers = w.__atlasState.planner.layers.flatMap((l) =>
        ['user-fill', 'user-line', 'user-point'].map((role) => `${role}:${l.id}`),
      );
      const hits = w.__atlasMap.queryRenderedFeatures({ layers });
      return [...new Set(hits.map((f) => f.layer.id.split(':')[0]))].sort();
    });
  }

  /** The names the map draws for the planner's layers. */
  function drawnLabels(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const w = window as unknown as TestWindow;
      const layers = w.__atlasState.planner.layers.flatMap((l) =>
        ['user-label', 'user-label-line'].map((role) => `${role}:${l.id}`),
      );
      return w.__atlasMap.queryRenderedFeatures({ layers }).map((f) => String(f.properties['atlas:label']));
    });
  }

  test('a GeoJSON file is drawn over the places and named in the legend; a broken one is refused and loses nothing', async () => {
    await withAtlas({ hash: 'panel=layers&sel=gehu' }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(file('plan.geojson', JSON.stringify(plan)));
      await expect.poll(() => page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('点 1、线 1、面 1');
      expect(await page.getByTestId('legend-user-data').textContent()).toContain('plan.geojson');
      await mapIdle(page);
      await expect.poll(() => renderedUserLayers(page)).toEqual(['user-fill', 'user-line', 'user-point']);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);
      await screenshot(page, 'user-data-desktop');

      // Not JSON: a notice naming the file; the loaded data and the open place stay.
      await page
        .getByTestId('user-data-file')
        .setInputFiles(file('broken.geojson', '{"type": "FeatureCollection", '));
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('broken.geojson');
      expect(await page.getByTestId('notices').textContent()).toContain('不是有效的 JSON');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBe('gehu');

      // Metres in a projection the atlas does not read (UTM 51N) are explained, not drawn somewhere absurd.
      const utm = JSON.stringify({ type: 'Point', coordinates: [216_000, 3_510_000] });
      await page.getByTestId('user-data-file').setInputFiles(file('utm.geojson', utm));
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('投影坐标');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');

      // CGCS2000 Gauss–Krüger (EPSG:4549), as planning offices hand it out, is converted and says so.
      // 495,828.8211 / 3,508,588.0191 is 119.956° E, 31.7° N (PROJ's transverse Mercator).
      const gk = JSON.stringify({ type: 'Point', coordinates: [495_828.8211, 3_508_588.0191] });
      await page.getByTestId('user-data-file').setInputFiles(file('gk.geojson', gk));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').last().textContent())
        .toContain('gk.geojson');
      expect(await page.getByTestId('user-data-loaded').last().textContent()).toContain('EPSG:4549');
      const [[gkLon, gkLat]] = await userSource(page);
      expect(Math.abs(gkLon - 119.956) * 94_500).toBeLessThan(0.01);
      expect(Math.abs(gkLat - 31.7) * 111_200).toBeLessThan(0.01);
      // Each file is a layer of its own: both are listed, and both stay on the map.
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(2);

      await page.getByTestId('user-data-remove').last().click();
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(1);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);
      await page.getByTestId('user-data-remove').click();
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(0);
      expect(await userSource(page)).toEqual([]);
    });
  }, 60_000);

  test('Amap (GCJ-02) coordinates are converted to WGS84; a file dropped on the map loads too', async () => {
    await withAtlas({ hash: 'panel=layers&lang=en' }, async (page) => {
      await page.getByTestId('user-data-crs').selectOption('GCJ02');
      const point = JSON.stringify({ type: 'Point', coordinates: [119.95, 31.7] });
      await page.evaluate(
        ([name, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: 'application/geo+json' }));
          document
            .querySelector('.map-area')!
            .dispatchEvent(
              new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
        },
        ['amap-point.geojson', point],
      );
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent())
        .toContain('amap-point.geojson');
      await expect.poll(() => page.getByTestId('legend-user-layers').textContent()).toContain('My layers');
      expect(await page.getByTestId('legend-user-data').textContent()).toContain('amap-point.geojson');
      const [[lon, lat]] = await userSource(page);
      // GCJ-02 is about 500 m east-north-east of WGS84 near Changzhou: the true point lies west-south-west.
      const shiftM = Math.hypot((lon - 119.95) * 94_500, (lat - 31.7) * 111_200);
      expect(shiftM).toBeGreaterThan(300);
      expect(shiftM).toBeLessThan(800);
      expect(lon).toBeLessThan(119.95);
    });
  });

  /** A pixel inside the planner's area where no point or line is within reach of a click. */
  function clearSpotInArea(page: Page): Promise<{ x: number; y: number }> {
    return page.evaluate(() => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      const groups = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
      const userLayers = (window as unknown as TestWindow).__atlasState.planner.layers.flatMap((l) =>
        ['user-fill', 'user-line', 'user-point'].map((role) => `${role}:${l.id}`),
      );
      for (let i = 1; i < 10; i++) {
        for (let j = 1; j < 10; j++) {
          const p = map.project([119.92 + (0.06 * i) / 10, 31.66 + (0.04 * j) / 10]);
          // The layers a click tries (the adapter's hit layers: interactiveLayerIds and the user's).
          const layers = groups
            .flatMap((g) => [`${g}-point`, `${g}-line`, `${g}-line-planned`, `${g}-area-fill`])
            .concat(userLayers);
          const near = map.queryRenderedFeatures(
            [
              [p.x - 14, p.y - 14],
              [p.x + 14, p.y + 14],
            ],
            { layers },
          );
          // The report's areas may lie under it (a click prefers the planner's area to them), but
          // none of its points or lines, nor the planner's own point or line, may be in reach.
          const clear = near.every(
            (f) =>
              f.geometry.type.includes('Polygon') ||
              (!groups.includes(f.source) && !f.source.startsWith('user:')),
          );
          const at = { x: rect.left + p.x, y: rect.top + p.y };
          // …and the map itself must be what is there, not the legend or a panel over it.
          if (clear && document.elementFromPoint(at.x, at.y) === map.getCanvas()) return at;
        }
      }
      throw new Error('no clear spot inside the test area');
    });
  }

  test('its features are labelled by name, and a click shows a feature’s size and attributes', async () => {
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(file('plan.geojson', JSON.stringify(plan)));
      await expect.poll(() => page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      await mapIdle(page);
      const labels = await drawnLabels(page);
      expect(new Set(labels)).toEqual(new Set(['规划点', '规划线', '规划区']));

      const spot = await clearSpotInArea(page);
      await page.mouse.click(spot.x, spot.y);
      const card = page.getByTestId('user-feature');
      await card.waitFor();
      expect(await card.locator('h2').textContent()).toContain('规划区');
      expect(await card.getByTestId('user-feature-layer').textContent()).toBe('我的数据 · plan.geojson');
      const attributes = await card.getByTestId('user-feature-attributes').innerText();
      expect(attributes.replace(/\s+/g, ' ')).toContain('用地性质 工业用地 批复年份 2023 备注 —');
      // The area, checked against a spherical rectangle computed here: 0.06° × 0.04° at 31.68° N.
      const size = (await card.getByTestId('user-feature-size').textContent()) ?? '';
      const km2 = Number(/([\d.]+) 平方公里/.exec(size)?.[1]);
      const r = 6_371_008.8;
      const rad = Math.PI / 180;
      const expectedKm2 = (r * r * 0.06 * rad * (Math.sin(31.7 * rad) - Math.sin(31.66 * rad))) / 1e6;
      expect(Math.abs(km2 - expectedKm2) / expectedKm2).toBeLessThan(0.01);
      expect(size).toContain('周长');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBeNull();
      // The map marks the open feature, and only it.
      const marked = () =>
        page.evaluate(() => {
          const w = window as unknown as TestWindow;
          const layers = w.__atlasState.planner.layers.flatMap((l) =>
            ['user-selected-casing', 'user-selected-point'].map((role) => `${role}:${l.id}`),
          );
          return w.__atlasMap
            .queryRenderedFeatures({ layers })
            .map((f) => String(f.properties['atlas:label']));
        });
      // (The mark is re-tiled in MapLibre's worker: seconds on a busy machine.)
      await expect.poll(async () => [...new Set(await marked())], { timeout: 15_000 }).toEqual(['规划区']);
      await screenshot(page, 'user-feature-desktop');
      expect(
        (await new AxeBuilder({ page }).include('[data-testid="user-feature"]').analyze()).violations,
      ).toEqual([]);

      // The report's projects around it: near me, from a point inside the area, named after it.
      await card.getByTestId('user-feature-nearby').click();
      // (The panel's code may still be arriving: it is loaded on first use.)
      await expect.poll(() => page.locator('#panel-near').textContent()).toContain('起点: 规划区');
      const origin = await page.evaluate(
        () => (window as unknown as TestWindow).__atlasState.tools.nearOrigin,
      );
      expect(origin?.source).toBe('user');
      expect(origin!.lon).toBeGreaterThan(119.92);
      expect(origin!.lon).toBeLessThan(119.98);
      expect(origin!.lat).toBeGreaterThan(31.66);
      expect(origin!.lat).toBeLessThan(31.7);
      // 武进站 lies about 1 km south of the area: within the default radius.
      await expect.poll(() => page.locator('#panel-near').textContent()).toContain('武进站');
      await mapIdle(page);

      // Esc closes the card; a click on a place of the report opens the place instead.
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      await expect.poll(() => marked()).toEqual([]);
      // (The card's opening may have re-framed the freshly loaded file: find the spot again.)
      await mapIdle(page);
      const again = await clearSpotInArea(page);
      await page.mouse.click(again.x, again.y);
      await card.waitFor();
      await page.evaluate(() => (window as unknown as TestWindow).__atlasState.select('wujin-station'));
      await expect.poll(() => card.count()).toBe(0);
      await page.getByTestId('detail-panel').waitFor();
    });
  }, 60_000);

  test('an area keeps its name when one of the file’s lines runs through its middle', async () => {
    // A vertical line's name, placed at the line's centre, covers the point below the area's centre
    // where the area's name would go; the area's name has to move aside, not disappear.
    const crossed = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '地块甲' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [119.93, 31.67],
                [119.97, 31.67],
                [119.97, 31.71],
                [119.93, 31.71],
                [119.93, 31.67],
              ],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { name: '规划道路' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [119.95, 31.675],
              [119.95, 31.705],
            ],
          },
        },
      ],
    };
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      await page
        .getByTestId('user-data-file')
        .setInputFiles(file('crossed.geojson', JSON.stringify(crossed)));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent())
        .toContain('crossed.geojson');
      await mapIdle(page);
      const labels = await drawnLabels(page);
      expect(new Set(labels)).toEqual(new Set(['地块甲', '规划道路']));
      await screenshot(page, 'user-labels-crossed');
    });
  });

  test('kept on this device when asked: it comes back after a reload, where the view was; removed, it does not', async () => {
    await withAtlas({ hash: 'panel=layers&map=11/31.68/119.95' }, async (page) => {
      const reload = async () => {
        await page.reload();
        await waitForMark(page, marks.mapIdle);
        await waitForMark(page, marks.ready);
      };
      const legendEntry = page.getByTestId('legend-user-data');
      await page.getByTestId('user-data-file').setInputFiles(file('plan.geojson', JSON.stringify(plan)));
      await expect.poll(() => legendEntry.count()).toBe(1);
      // Not asked: a reload loses it, as before.
      await reload();
      await page.waitForTimeout(500);
      expect(await legendEntry.count()).toBe(0);

      await page.getByTestId('user-data-file').setInputFiles(file('plan.geojson', JSON.stringify(plan)));
      await page.getByTestId('user-data-keep').check();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasState.planner.kept))
        .toBe(true);
      // The link holds the view, not the file.
      expect(page.url()).not.toContain('plan');
      await page.evaluate(() => {
        location.hash = 'panel=layers&map=12/31.7/119.9';
      });
      await reload();
      await expect.poll(() => legendEntry.textContent()).toContain('plan.geojson');
      expect(await page.getByTestId('user-data-keep').isChecked()).toBe(true);
      await mapIdle(page);
      const { zoom, lat } = await page.evaluate(
        () => (window as unknown as TestWindow).__atlasState.view.camera,
      );
      expect(zoom).toBeCloseTo(12, 5);
      expect(lat).toBeCloseTo(31.7, 5);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);

      await page.getByTestId('user-data-remove').click();
      await expect.poll(() => legendEntry.count()).toBe(0);
      await reload();
      await page.waitForTimeout(500);
      expect(await legendEntry.count()).toBe(0);

      // A kept entry the atlas cannot read (another version, a damaged store) is dropped with a notice.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('wujin-atlas');
            open.onupgradeneeded = () => open.result.createObjectStore('my-data');
            open.onsuccess = () => {
              const tx = open.result.transaction('my-data', 'readwrite');
              tx.objectStore('my-data').put({ version: 0, data: 'old' }, 'file');
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await reload();
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('无法读取，已删除');
      expect(await legendEntry.count()).toBe(0);
    });
  }, 90_000);

  test('while a file is dragged over the map, the map says what a drop will do', async () => {
    await withAtlas({ hash: 'lang=en' }, async (page) => {
      const drag = (type: string) =>
        page.evaluate((eventType) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File(['{"type":"Point","coordinates":[119.95,31.7]}'], 'p.geojson'));
          document
            .querySelector('.maplibregl-canvas')!
            .dispatchEvent(
              new DragEvent(eventType, { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
        }, type);
      const hint = page.getByTestId('drop-hint');
      expect(await hint.count()).toBe(0);
      await drag('dragenter');
      expect(await hint.textContent()).toContain('Drop the files to show them on the map');
      expect(await hint.textContent()).toContain('never uploaded');
      await drag('dragleave');
      await expect.poll(() => hint.count()).toBe(0);
      await drag('dragenter');
      await drag('drop');
      await expect.poll(() => hint.count()).toBe(0);
      await expect.poll(() => page.getByTestId('legend-user-data').textContent()).toContain('p.geojson');
    });
  });
});
