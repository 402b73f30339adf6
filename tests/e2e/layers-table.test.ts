// Several files as layers, each with its attribute table: every feature named, sorting, filtering,
// a row that zooms to its feature; the table on a phone and at 4K. Positions are checked against
// the numbers the fixtures were written from (tests/fixtures/import/expected.json and the files
// themselves); Gauss–Krüger metres are turned back into degrees by inverting the shared test
// oracle's forward series, never by the atlas's own conversion.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapIdle, screenshot, useAtlas, type TestWindow } from './harness';
import { atlasRunner, IMPORT_FIXTURES, importFixture, READ } from './harness-files';
import { gaussKruger } from '../oracles/gauss-kruger.mjs';

const withAtlas = atlasRunner(useAtlas());

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
      await page.getByTestId('user-data-file').setInputFiles(files.map((f) => importFixture(f.file)));
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
      const rings = shapefileRings(readFileSync(new URL('plots/plots.shp', IMPORT_FIXTURES)));
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

  test('a KMZ, an XLSX and a DXF in Gauss–Krüger metres each have a table naming their features', async () => {
    await withAtlas({ hash: 'panel=layers' }, async (page) => {
      // Written from the fixtures: the KMZ holds the KML's three stations and its line 线路, the
      // XLSX the three stations in 名称/经度/纬度 columns, the DXF one text 站点一 (its only name).
      const others = [
        { file: 'stations.kmz', names: [...stations.map((s) => s.name), '线路'], count: 4 },
        { file: 'stations.xlsx', names: stations.map((s) => s.name), count: 3 },
        { file: 'plan-gk.dxf', names: ['站点一'], count: 4 },
      ];
      await page.getByTestId('user-data-file').setInputFiles(others.map((f) => importFixture(f.file)));
      await expect.poll(() => page.getByTestId('legend-user-data').count(), READ).toBe(others.length);
      for (const { file, names, count } of others) {
        await layerRow(page, file).getByTestId('layer-table').click();
        await expect.poll(() => table(page).getAttribute('aria-label')).toContain(file);
        const shown = await tableNames(page);
        expect(shown, file).toHaveLength(count);
        for (const name of names) expect(shown, `${name} in ${file}`).toContain(name);
        expect(await table(page).getByTestId('table-count').textContent()).toBe(`共 ${count} 个要素`);
      }
    });
  }, 90_000);
});

describe('the attribute table on a phone and at 4K', () => {
  test('a sheet at the bottom of a 390×844 phone that steps aside for the chosen feature’s card', async () => {
    await withAtlas({ viewport: 'phone', hash: 'panel=layers&lang=en', timeoutMs: 90_000 }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(importFixture('stations.kml'));
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
      await page.getByTestId('user-data-file').setInputFiles(importFixture('plots.zip'));
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
