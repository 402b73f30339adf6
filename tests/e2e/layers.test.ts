// A planner's own files as layers: several at once, each with its row in the legend, its
// attribute table, visibility, colour, removal and keeping on this device. Positions are checked
// against the numbers the fixtures were written from (tests/fixtures/import/expected.json and the
// files themselves); Gauss–Krüger metres are turned back into degrees by inverting the shared test
// oracle's forward series, never by the atlas's own conversion.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
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
import { gaussKruger } from '../oracles/gauss-kruger.mjs';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };

const atlasEnv = useAtlas();
/** Reading starts a worker and loads a format's reader: seconds on a busy two-core machine. */
const READ = { timeout: 20_000 };
const fixtureDir = new URL('../fixtures/import/', import.meta.url);
const fixture = (path: string) => ({
  name: path.split('/').pop()!,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(new URL(path, fixtureDir)),
});

async function withAtlas(options: OpenAtlasOptions, check: (page: Page) => Promise<void>): Promise<void> {
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, options);
  try {
    await check(atlas.page);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

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
      // After a reload the atlas marks when it has decided what comes back, so an absence is checked
      // after that mark, never after a guessed wait.
      const reload = async () => {
        await page.reload();
        await waitForMark(page, marks.mapIdle);
        await waitForMark(page, marks.ready);
        await waitForMark(page, 'atlas:user-data-restored');
      };
      const legendEntry = page.getByTestId('legend-user-data');
      await page.getByTestId('user-data-file').setInputFiles(file('plan.geojson', JSON.stringify(plan)));
      await expect.poll(() => legendEntry.count()).toBe(1);
      // Not asked: a reload loses it, as before.
      await reload();
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
  }, 180_000);

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

// ---------------------------------------------------------------------------------------------
// Several files as layers, and their attribute tables

/**
 * Degrees from Gauss–Krüger metres on the 120° E meridian (false easting 500 km, or 40 500 km with
 * the zone in front): the shared oracle's forward series inverted by Newton's method.
 */
function fromGaussKruger(eastingM: number, northingM: number, falseEastingM: number): [number, number] {
  let lon = 120 + (eastingM - falseEastingM) / 95_000;
  let lat = northingM / 110_900;
  for (let i = 0; i < 20; i++) {
    const [e, n] = gaussKruger(lon, lat, 120, falseEastingM);
    const stepDeg = 1e-6;
    const [eLon, nLon] = gaussKruger(lon + stepDeg, lat, 120, falseEastingM);
    const [eLat, nLat] = gaussKruger(lon, lat + stepDeg, 120, falseEastingM);
    const a = (eLon - e) / stepDeg;
    const b = (eLat - e) / stepDeg;
    const c = (nLon - n) / stepDeg;
    const d = (nLat - n) / stepDeg;
    const det = a * d - b * c;
    const de = eastingM - e;
    const dn = northingM - n;
    lon += (d * de - b * dn) / det;
    lat += (a * dn - c * de) / det;
  }
  return [lon, lat];
}

/** The polygons of a Shapefile, read by hand from its bytes (type 5 records), in the file's own metres. */
function shapefileRings(bytes: Buffer): number[][][] {
  const rings: number[][][] = [];
  let at = 100;
  while (at + 8 <= bytes.length) {
    const contentBytes = bytes.readInt32BE(at + 4) * 2;
    const content = at + 8;
    if (bytes.readInt32LE(content) === 5) {
      const parts = bytes.readInt32LE(content + 36);
      const points = bytes.readInt32LE(content + 40);
      const pointsAt = content + 44 + 4 * parts;
      const ring: number[][] = [];
      for (let i = 0; i < points; i++)
        ring.push([bytes.readDoubleLE(pointsAt + 16 * i), bytes.readDoubleLE(pointsAt + 16 * i + 8)]);
      rings.push(ring);
    }
    at = content + contentBytes;
  }
  return rings;
}

/** The point a fit to a box puts in the middle of the free map: the box's middle in Web Mercator. */
function boxMiddle(positions: number[][]): [number, number] {
  const lons = positions.map((p) => p[0]);
  const ys = positions.map((p) => Math.log(Math.tan(Math.PI / 4 + (p[1] * Math.PI) / 360)));
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (360 / Math.PI) * Math.atan(Math.exp(y)) - 90];
}

/**
 * Pixels between where the map draws a [lon, lat] and the middle of the part of the map nothing
 * covers (the table's panel at the top, the feature's card on the right or at the bottom).
 */
function offCentrePx(page: Page, lonLat: [number, number]): Promise<number> {
  return page.evaluate((lonLat) => {
    const w = window as unknown as TestWindow;
    const map = w.__atlasMap;
    if (map.isMoving()) return Infinity;
    const canvas = map.getCanvas().getBoundingClientRect();
    const table = document.querySelector('[data-testid="attribute-table"]')?.getBoundingClientRect();
    const details = w.__atlasState.presentation.detailInset;
    const top = table ? table.bottom - canvas.top : 0;
    const middle = { x: (canvas.width - details.right) / 2, y: (top + canvas.height - details.bottom) / 2 };
    const p = map.project(lonLat);
    return Math.hypot(p.x - middle.x, p.y - middle.y);
  }, lonLat);
}

describe('several files, each a layer with its attribute table', () => {
  // Written from the fixtures: stations.kml and stations-gbk.csv give degrees…
  const stations = [
    { name: '站点一', lon: 119.9423, lat: 31.7012 },
    { name: '站点二', lon: 119.8064, lat: 31.5995 },
    { name: '站点三', lon: 120.0836, lat: 31.5203 },
  ];
  // …stations-gk.csv gives X (northing) and Y (easting with the zone, 40) in metres.
  const stationsGk = [
    { name: '站点一', x: 3508721.683, y: 40494530.138 },
    { name: '站点二', x: 3497459.932, y: 40481627.04 },
    { name: '站点三', x: 3488665.068, y: 40507940.479 },
  ];
  const files = [
    { file: 'stations.kml', names: [...stations.map((s) => s.name), '线路'] },
    { file: 'stations-gbk.csv', names: stations.map((s) => s.name) },
    { file: 'stations-gk.csv', names: stationsGk.map((s) => s.name) },
    // plots.dbf (GBK, no .cpg): 名称 地块甲 and 地块乙, 用地性质, AREA_HA.
    { file: 'plots.zip', names: ['地块甲', '地块乙'] },
  ];

  const layerRow = (page: Page, file: string) =>
    page.getByTestId('legend-user-data').filter({ has: page.locator('.name', { hasText: file }) });
  const table = (page: Page) => page.getByTestId('attribute-table');
  const tableNames = (page: Page) => table(page).locator('[data-testid="table-row"] .name').allTextContents();

  test('files chosen together are layers of their own; each table names every feature, sorts, filters, and a row zooms to its feature', async () => {
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(files.map((f) => fixture(f.file)));
      await expect.poll(() => page.getByTestId('legend-user-data').count(), READ).toBe(files.length);

      for (const { file, names } of files) {
        await layerRow(page, file).getByTestId('layer-table').click();
        await expect.poll(() => table(page).getAttribute('aria-label')).toContain(file);
        expect((await tableNames(page)).sort()).toEqual([...names].sort());
        expect(await table(page).getByTestId('table-count').textContent()).toBe(`共 ${names.length} 个要素`);
      }

      // The Shapefile's table: its .dbf's columns, sorted by a number, filtered by text.
      const headers = await table(page).getByTestId('table-sort').allTextContents();
      expect(headers.map((h) => h.trim())).toEqual(['名称', '名称', '用地性质', 'AREA_HA']);
      const area = table(page).locator('[data-testid="table-sort"][data-column="AREA_HA"]');
      await area.click();
      expect(await tableNames(page)).toEqual(['地块乙', '地块甲']);
      expect(await area.locator('..').getAttribute('aria-sort')).toBe('ascending');
      await area.click();
      expect(await tableNames(page)).toEqual(['地块甲', '地块乙']);
      expect(await area.locator('..').getAttribute('aria-sort')).toBe('descending');
      await table(page).getByTestId('table-filter').fill('绿地');
      expect(await tableNames(page)).toEqual(['地块乙']);
      expect(await table(page).getByTestId('table-count').textContent()).toBe('1 / 2 个要素');

      // A row chosen: its feature's card opens and the map centres the plot's box in the free map.
      const rings = shapefileRings(readFileSync(new URL('plots/plots.shp', fixtureDir)));
      expect(rings).toHaveLength(2);
      // plots.prj: CGCS2000 3° zone on 120° E, false easting 500 km; its first vertex as expected.json has it.
      const first = fromGaussKruger(rings[0][0][0], rings[0][0][1], 500_000);
      expect(first[0]).toBeCloseTo(119.93, 6);
      expect(first[1]).toBeCloseTo(31.7, 6);
      await table(page).locator('[data-testid="table-row"] .name', { hasText: '地块乙' }).click();
      await expect
        .poll(() => page.getByTestId('user-feature').locator('h2').textContent())
        .toContain('地块乙');
      const plotB = boxMiddle(rings[1].map(([e, n]) => fromGaussKruger(e, n, 500_000)));
      await expect.poll(() => offCentrePx(page, plotB), { timeout: 10_000 }).toBeLessThan(3);

      // The Gauss–Krüger table, chosen by keyboard: Enter on 站点三's row.
      await layerRow(page, 'stations-gk.csv').getByTestId('layer-table').click();
      await expect.poll(() => table(page).getAttribute('aria-label')).toContain('stations-gk.csv');
      await table(page).getByTestId('table-filter').fill('三');
      await table(page).locator('[data-testid="table-row"] .name').first().press('Enter');
      await expect
        .poll(() => page.getByTestId('user-feature').locator('h2').textContent())
        .toContain('站点三');
      const three = stationsGk[2];
      const threeLonLat = fromGaussKruger(three.y, three.x, 40_500_000);
      // The inverted oracle agrees with the degrees the same station has in the other files.
      expect(threeLonLat[0]).toBeCloseTo(stations[2].lon, 6);
      expect(threeLonLat[1]).toBeCloseTo(stations[2].lat, 6);
      await expect.poll(() => offCentrePx(page, threeLonLat), { timeout: 10_000 }).toBeLessThan(3);
      await mapIdle(page);
      await screenshot(page, 'attribute-table-desktop');
      expect(
        (await new AxeBuilder({ page }).include('[data-testid="attribute-table"]').analyze()).violations,
      ).toEqual([]);

      await table(page).getByTestId('table-close').click();
      await expect.poll(() => table(page).count()).toBe(0);
    });
  }, 120_000);
});

describe('the attribute table on a phone and at 4K', () => {
  test('a sheet at the bottom of a 390×844 phone that steps aside for the chosen feature’s card', async () => {
    await withAtlas({ viewport: 'phone', hash: 'panel=layers&lang=en', timeoutMs: 90_000 }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(fixture('stations.kml'));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').last().textContent(), READ)
        .toContain('stations.kml');
      // The phone's legend starts folded.
      await page.getByTestId('legend').locator('.legend-toggle').tap();
      await expect.poll(() => page.getByTestId('legend-user-data').count(), READ).toBe(1);
      await page.getByTestId('layer-table').click();
      const table = page.getByTestId('attribute-table');
      await expect.poll(() => table.count()).toBe(1);
      const box = (await table.boundingBox())!;
      // Full width, down to the bottom of the map, inside the screen.
      expect(box.x).toBe(0);
      expect(box.width).toBe(390);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      expect(box.y).toBeGreaterThan(0);
      expect(await table.getByTestId('table-count').textContent()).toBe('4 features');
      await mapIdle(page);
      await screenshot(page, 'attribute-table-phone');
      await table.locator('[data-testid="table-row"] .name', { hasText: '站点二' }).tap();
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as TestWindow).__atlasState.planner.featureRef?.index),
        )
        .toBe(1);
      await expect
        .poll(() => page.getByTestId('user-feature').locator('h2').textContent())
        .toContain('站点二');
      expect(await table.count()).toBe(0);
      // 站点二 is at 119.8064° E, 31.5995° N (stations.kml). Below the phone's open panel the map is
      // too small to keep clear of the card as well, so the station is put in the map's middle.
      const fromMiddlePx = () =>
        page.evaluate(() => {
          const map = (window as unknown as TestWindow).__atlasMap;
          if (map.isMoving()) return Infinity;
          const p = map.project([119.8064, 31.5995]);
          const canvas = map.getCanvas();
          return Math.hypot(p.x - canvas.clientWidth / 2, p.y - canvas.clientHeight / 2);
        });
      await expect.poll(fromMiddlePx, { timeout: 10_000 }).toBeLessThan(3);
      await screenshot(page, 'attribute-table-phone-chosen');
    });
  }, 180_000);

  test('at 3840×2160 its type and rows are scaled as the other panels are', async () => {
    await withAtlas({ viewport: 'fourK', hash: 'panel=layers', timeoutMs: 90_000 }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(fixture('plots.zip'));
      await expect.poll(() => page.getByTestId('legend-user-data').count(), READ).toBe(1);
      await page.getByTestId('layer-table').click();
      const table = page.getByTestId('attribute-table');
      await expect.poll(() => table.locator('[data-testid="table-row"]').count()).toBe(2);
      const row = (await table.locator('[data-testid="table-row"]').first().boundingBox())!;
      // Rows of 34 px at scale 1 are 68 px at 4K's scale 2.
      expect(row.height).toBe(68);
      const fontPx = await table.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(26);
      await mapIdle(page);
      await screenshot(page, 'attribute-table-4k');
    });
  }, 180_000);
});
