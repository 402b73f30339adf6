// Correction mode beyond dragging a point: a maintainer reshapes a line (常州地铁5号线) and an area
// (常州西太湖科技产业园) by dragging one vertex, takes a place's new geometry from a file they
// loaded, and bulk-matches an official-style file against every place. Each test exports the patch
// and checks it against values worked out here: where a dragged vertex lands comes from web
// Mercator formulas and the camera the link sets (never from the map's own projection), the
// distances shown from a haversine written in this file.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectCleanRun, openAtlas, screenshot, useAtlas, type AtlasPage } from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };
type LonLat = [number, number];

/** A busy machine draws slowly: each wait allows this long. */
const POLL = { timeout: 30_000, interval: 100 };
const SOURCE_ZH = '测试：按规划部门提供的坐标修正';
const SOURCE_EN = 'test: corrected from the planning office’s coordinates';
const DATE = '2026-12-02';

const atlasEnv = useAtlas();
const scratch = mkdtempSync(join(tmpdir(), 'atlas-corrections-editing-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------
// Oracles

/** Great-circle distance on the mean-radius sphere. */
function haversineM([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(a));
}

/** Web Mercator as MapLibre draws it: the world is 512 · 2^zoom CSS pixels wide. */
const worldPx = (zoom: number) => 512 * 2 ** zoom;

function toWorld([lon, lat]: readonly number[], zoom: number): [number, number] {
  const size = worldPx(zoom);
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  return [((lon + 180) / 360) * size, y * size];
}

function fromWorld([x, y]: readonly number[], zoom: number): LonLat {
  const size = worldPx(zoom);
  const lat = (2 * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / size))) - Math.PI / 2) * (180 / Math.PI);
  return [(x / size) * 360 - 180, lat];
}

interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The map's canvas on the page: its centre is the camera's centre (no padding, no rotation). */
async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Page pixel of a [lon, lat] under `camera`, by the formulas above. */
async function pixelOf(page: Page, camera: Camera, lonLat: readonly number[]) {
  const c = await canvasCentre(page);
  const [x0, y0] = toWorld([camera.lon, camera.lat], camera.zoom);
  const [x, y] = toWorld(lonLat, camera.zoom);
  return { x: c.x + (x - x0), y: c.y + (y - y0) };
}

/** [lon, lat] under a page pixel, by the formulas above. */
async function lonLatOf(page: Page, camera: Camera, px: { x: number; y: number }): Promise<LonLat> {
  const c = await canvasCentre(page);
  const [x0, y0] = toWorld([camera.lon, camera.lat], camera.zoom);
  return fromWorld([x0 + (px.x - c.x), y0 + (px.y - c.y)], camera.zoom);
}

/** "850 m", "1.2 km", "12 km" read back into metres, with the half-step its rounding may hide. */
function readDistance(text: string): { metres: number; slackM: number } {
  const m = /([\d.]+)\s*(km|m)\b/.exec(text);
  if (!m) throw new Error(`no distance in "${text}"`);
  const value = Number(m[1]);
  if (m[2] === 'm') return { metres: value, slackM: 5 };
  return { metres: value * 1000, slackM: m[1].includes('.') ? 50 : 500 };
}

/** The catalogue as shipped: the places' geometries before any correction. */
function layerFeature(group: string, id: string): Feature {
  const layer = JSON.parse(
    readFileSync(new URL(`../../geo/layers/${group}.geojson`, import.meta.url), 'utf8'),
  ) as FeatureCollection;
  const f = layer.features.find((x) => x.id === id);
  if (!f) throw new Error(`${id} not in ${group}`);
  return f;
}

// ---------------------------------------------------------------------------------------------
// Driving the page

async function withAtlas(hash: string, run: (atlas: AtlasPage) => Promise<void>): Promise<void> {
  // The machine may be busy: a slow first view is not what these tests are about.
  const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { hash, timeoutMs: 120_000 });
  try {
    await atlas.page.getByTestId('corrections-panel').waitFor();
    await run(atlas);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

/** 修正位置 in the open place's details, then waits for the editor's handles on the map. */
async function startCorrection(page: Page): Promise<void> {
  await page.getByTestId('correction-start').click();
  await page.getByTestId('correction-hint').waitFor();
  // The editor's code loads with the first correction; its layers are on the map once it is ready.
  await expect
    .poll(
      () =>
        page.evaluate(
          () => (window as unknown as TestWindow).__atlasMap.getLayer('atlas-edit-point') !== undefined,
        ),
      POLL,
    )
    .toBe(true);
}

/** Presses at `from`, moves to `to` in steps, lets go: a drag as a hand makes it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
}

/** Precision, source notes and date of the open correction, then 记录修正. */
async function record(page: Page, precision: string, radiusM: number): Promise<void> {
  await page.getByTestId('correction-precision').selectOption(precision);
  await page.getByTestId('correction-radius').fill(String(radiusM));
  await page.getByTestId('correction-source-zh').fill(SOURCE_ZH);
  await page.getByTestId('correction-source-en').fill(SOURCE_EN);
  await page.getByTestId('correction-date').fill(DATE);
  await page.getByTestId('correction-save').click();
}

interface PatchEntry {
  old: { geometry: Point | LineString | Polygon | null; precision: string; precision_m: number };
  new: { geometry: Point | LineString | Polygon; precision: string; precision_m: number };
  source_zh: string;
  source_en: string;
  date: string;
}

/** 导出修正文件, and the patch file it saves. */
async function exportPatch(page: Page, name: string): Promise<Record<string, PatchEntry>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('corrections-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^wujin-atlas-corrections-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(scratch, name);
  await download.saveAs(path);
  const patch = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    features: Record<string, PatchEntry>;
  };
  expect(patch.format).toBe('wujin-atlas-corrections');
  return patch.features;
}

/** The camera the link asked for is still the camera: nothing moved the map before the drag. */
async function expectCamera(page: Page, camera: Camera): Promise<void> {
  const now = await page.evaluate(() => (window as unknown as TestWindow).__atlasState.view.camera);
  expect(now.zoom).toBeCloseTo(camera.zoom, 6);
  expect(now.lat).toBeCloseTo(camera.lat, 6);
  expect(now.lon).toBeCloseTo(camera.lon, 6);
}

/** Drags a drawn vertex by `byPx` and returns where, by the formulas, it should now be. */
async function dragVertex(
  page: Page,
  camera: Camera,
  vertex: readonly number[],
  byPx: { x: number; y: number },
): Promise<LonLat> {
  await expectCamera(page, camera);
  const from = await pixelOf(page, camera, vertex);
  const to = { x: from.x + byPx.x, y: from.y + byPx.y };
  const expected = await lonLatOf(page, camera, to);
  await drag(page, from, to);
  return expected;
}

/** Every position as before but one, which is where the pointer let go: the shape kept, one vertex moved. */
function expectOneVertexMoved(
  before: readonly Position[],
  after: readonly Position[],
  index: number,
  to: LonLat,
): void {
  expect(after).toHaveLength(before.length);
  after.forEach((p, i) => {
    if (i === index) return;
    expect(p, `vertex ${i}`).toEqual(before[i]);
  });
  // Within about 2 CSS pixels at the zoom used (≈ 4 m each at zoom 14, ≈ 8 m at zoom 13).
  expect(haversineM(after[index], to)).toBeLessThan(16);
  expect(haversineM(after[index], before[index])).toBeGreaterThan(300);
}

// ---------------------------------------------------------------------------------------------

describe('correction mode: reshaping lines and areas', () => {
  test('a vertex of 常州地铁5号线 dragged on the map is exported where the pointer let go', async () => {
    const line = layerFeature('transport', 'metro-5').geometry as LineString;
    // 皇粮浜站's vertex, the fifth of the line, in the middle of the view.
    const INDEX = 4;
    const vertex = line.coordinates[INDEX];
    expect(vertex).toEqual([119.93, 31.757]);
    const camera: Camera = { zoom: 14, lat: vertex[1], lon: vertex[0] };
    await withAtlas(`map=${camera.zoom}/${camera.lat}/${camera.lon}&sel=metro-5&edit=1`, async ({ page }) => {
      await startCorrection(page);
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.corrections.draft?.kind),
      ).toBe('line');
      // Left and down: clear of the details (right), the corrections panel (top left) and the legend.
      const to = await dragVertex(page, camera, vertex, { x: -140, y: 90 });
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const g = (window as unknown as TestWindow).__atlasState.corrections.draft?.geometry;
              return g?.type === 'LineString' ? (g.coordinates as Position[]) : null;
            }),
          POLL,
        )
        .not.toEqual(line.coordinates);
      await screenshot(page, 'corrections-line-dragged');
      await record(page, 'schematic', 0);
      await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(1);

      const patch = await exportPatch(page, 'line.json');
      expect(Object.keys(patch)).toEqual(['metro-5']);
      const entry = patch['metro-5'];
      expect(entry.old.geometry).toEqual(line);
      expect(entry.new.geometry.type).toBe('LineString');
      expectOneVertexMoved(line.coordinates, (entry.new.geometry as LineString).coordinates, INDEX, to);
      expect(entry).toMatchObject({
        new: { precision: 'schematic', precision_m: 0 },
        source_zh: SOURCE_ZH,
        source_en: SOURCE_EN,
        date: DATE,
      });
    });
  }, 180_000);

  test('a corner of 常州西太湖科技产业园 dragged on the map is exported where the pointer let go, the ring still closed', async () => {
    const area = layerFeature('industry', 'xitaihu-park').geometry as Polygon;
    const ring = area.coordinates[0];
    // The south-east corner, not the first position (which also closes the ring).
    const INDEX = 3;
    const vertex = ring[INDEX];
    expect(vertex).toEqual([119.89191, 31.67696]);
    const camera: Camera = { zoom: 13, lat: vertex[1], lon: vertex[0] };
    await withAtlas(
      `map=${camera.zoom}/${camera.lat}/${camera.lon}&sel=xitaihu-park&edit=1`,
      async ({ page }) => {
        await startCorrection(page);
        expect(
          await page.evaluate(() => (window as unknown as TestWindow).__atlasState.corrections.draft?.kind),
        ).toBe('polygon');
        // Down and to the left, out of the area: ≈ 1.3 km at zoom 13.
        const to = await dragVertex(page, camera, vertex, { x: -110, y: 120 });
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const g = (window as unknown as TestWindow).__atlasState.corrections.draft?.geometry;
                return g?.type === 'Polygon' ? (g.coordinates[0] as Position[]) : null;
              }),
            POLL,
          )
          .not.toEqual(ring);
        await screenshot(page, 'corrections-area-dragged');
        await record(page, 'area', 2500);
        await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(1);

        const patch = await exportPatch(page, 'area.json');
        expect(Object.keys(patch)).toEqual(['xitaihu-park']);
        const entry = patch['xitaihu-park'];
        expect(entry.old.geometry).toEqual(area);
        const after = (entry.new.geometry as Polygon).coordinates;
        expect(after).toHaveLength(1);
        expectOneVertexMoved(ring, after[0], INDEX, to);
        expect(after[0][after[0].length - 1]).toEqual(after[0][0]);
        expect(entry.new).toMatchObject({ precision: 'area', precision_m: 2500 });
      },
    );
  }, 180_000);
});

describe('correction mode: positions from a planner’s file', () => {
  const file = (name: string, data: FeatureCollection) => ({
    name,
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(data), 'utf8'),
  });

  test('a feature named like the place is offered with its distance, taken as the new geometry, and exported as it is in the file', async () => {
    const yancheng = layerFeature('livelihood', 'yancheng').geometry as Point;
    expect(yancheng.coordinates).toEqual([119.925, 31.712]);
    // The ruins as a survey might give them (counter-clockwise), and a namesake point 3 km off.
    const ruins: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [119.9228, 31.7094],
          [119.9316, 31.7094],
          [119.9316, 31.7168],
          [119.9228, 31.7168],
          [119.9228, 31.7094],
        ],
      ],
    };
    const namesake: Point = { type: 'Point', coordinates: [119.955, 31.7] };
    const plan: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { 名称: '春秋淹城遗址' }, geometry: ruins },
        { type: 'Feature', properties: { 名称: '春秋淹城' }, geometry: namesake },
        {
          type: 'Feature',
          properties: { 名称: '牛塘镇污水泵站' },
          geometry: { type: 'Point', coordinates: [119.9, 31.73] },
        },
      ],
    };
    // Where a suggestion is measured to: the point itself, or (a convex area) its vertices' mean.
    const ruinsAnchor = [0, 1].map((k) => ruins.coordinates[0].slice(0, 4).reduce((s, p) => s + p[k], 0) / 4);

    await withAtlas('map=13/31.712/119.925&sel=yancheng&panel=layers&edit=1', async ({ page }) => {
      await page.getByTestId('user-data-file').setInputFiles(file('淹城测绘.geojson', plan));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent(), POLL)
        .toContain('淹城测绘.geojson');
      await startCorrection(page);
      const items = page.getByTestId('correction-suggestions').locator('li');
      await expect.poll(() => items.count(), POLL).toBe(2);
      // Best first: the same name (100 %) before the name that holds it (90 %); the pump station is no match.
      const [first, second] = [await items.nth(0).textContent(), await items.nth(1).textContent()];
      expect(first).toContain('春秋淹城');
      expect(first).not.toContain('遗址');
      expect(first).toContain('100%');
      expect(second).toContain('春秋淹城遗址');
      expect(second).toContain('90%');
      for (const [text, to] of [
        [first!, namesake.coordinates],
        [second!, ruinsAnchor],
      ] as const) {
        const shown = readDistance(text);
        expect(Math.abs(shown.metres - haversineM(yancheng.coordinates, to))).toBeLessThanOrEqual(
          shown.slackM,
        );
      }

      // The ruins, not the namesake: the second suggestion.
      await items.nth(1).getByRole('button').click();
      await expect
        .poll(
          () => page.evaluate(() => (window as unknown as TestWindow).__atlasState.corrections.draft?.kind),
          POLL,
        )
        .toBe('polygon');
      await screenshot(page, 'corrections-taken-from-file');
      await record(page, 'surveyed', 50);
      await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(1);

      const patch = await exportPatch(page, 'taken.json');
      expect(Object.keys(patch)).toEqual(['yancheng']);
      expect(patch.yancheng.old.geometry).toEqual(yancheng);
      expect(patch.yancheng.new.geometry).toEqual(ruins);
      expect(patch.yancheng.new).toMatchObject({ precision: 'surveyed', precision_m: 50 });
    });
  }, 180_000);

  test('bulk matching: suggestions and distances per place, accepted and rejected rows, and a patch of exactly the accepted ones', async () => {
    const station = layerFeature('transport', 'wujin-station').geometry as Point;
    const lanyuewan = layerFeature('transport', 'metro-5-st-lanyuewan').geometry as Point;
    const south = layerFeature('transport', 'changzhou-south-station').geometry as Point;
    // An official list as a planning office might hand it out: names and points, one of them no place at all.
    const official: Record<string, Point> = {
      武进站: { type: 'Point', coordinates: [119.9441, 31.6612] },
      揽月湾站: { type: 'Point', coordinates: [119.8563, 31.7139] },
      常州南站: { type: 'Point', coordinates: [119.8972, 31.7211] },
      丰收物流仓储中心: { type: 'Point', coordinates: [119.82, 31.7] },
    };
    const list: FeatureCollection = {
      type: 'FeatureCollection',
      features: Object.entries(official).map(([name, geometry]) => ({
        type: 'Feature',
        properties: { 项目名称: name },
        geometry,
      })),
    };
    const expected = {
      'wujin-station': { name: '武进站', from: station.coordinates },
      'metro-5-st-lanyuewan': { name: '揽月湾站', from: lanyuewan.coordinates },
      'changzhou-south-station': { name: '常州南站', from: south.coordinates },
    } as const;

    await withAtlas('map=11/31.69/119.9&panel=layers&edit=1', async ({ page }) => {
      await page.getByTestId('user-data-file').setInputFiles(file('官方站点名录.geojson', list));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent(), POLL)
        .toContain('官方站点名录.geojson');
      await page.getByTestId('corrections-bulk').click();
      const table = page.getByTestId('bulk-table');
      await table.waitFor();

      for (const [id, want] of Object.entries(expected)) {
        const row = table.locator(`tr[data-place="${id}"]`);
        await expect.poll(() => row.count(), POLL).toBe(1);
        const cells = row.locator('td');
        // The suggested candidate: the one chosen in its menu when there are several.
        const candidate = (await cells.nth(0).locator('select').count())
          ? await cells.nth(0).locator('select option:checked').textContent()
          : await cells.nth(0).textContent();
        expect(candidate, id).toContain(want.name);
        const shown = readDistance((await cells.nth(1).textContent()) ?? '');
        const oracle = haversineM(want.from, official[want.name].coordinates);
        expect(
          Math.abs(shown.metres - oracle),
          `${id}: shown ${shown.metres} m, haversine ${oracle} m`,
        ).toBeLessThanOrEqual(shown.slackM);
      }
      // No row offers the depot: its name is like no place's.
      expect(await table.locator('tbody').textContent()).not.toContain('丰收');

      const decide = (id: string, choice: '采用' | '不采用') =>
        table.locator(`tr[data-place="${id}"]`).getByLabel(choice, { exact: true }).check();
      await decide('wujin-station', '采用');
      await decide('metro-5-st-lanyuewan', '采用');
      // Accepted, then thought better of.
      await decide('changzhou-south-station', '采用');
      await decide('changzhou-south-station', '不采用');
      await expect.poll(() => page.getByTestId('bulk-add').textContent(), POLL).toContain('2');
      await screenshot(page, 'corrections-bulk-decided');
      await page.getByTestId('bulk-add').click();
      await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(2);

      const patch = await exportPatch(page, 'bulk.json');
      expect(Object.keys(patch).sort()).toEqual(['metro-5-st-lanyuewan', 'wujin-station']);
      expect(patch['wujin-station'].old.geometry).toEqual(station);
      expect(patch['wujin-station'].new.geometry).toEqual(official['武进站']);
      expect(patch['metro-5-st-lanyuewan'].old.geometry).toEqual(lanyuewan);
      expect(patch['metro-5-st-lanyuewan'].new.geometry).toEqual(official['揽月湾站']);
      for (const entry of Object.values(patch)) {
        expect(entry.source_zh).toContain('官方站点名录.geojson');
        expect(entry.new.precision).toBe('approximate');
      }
    });
  }, 180_000);
});
