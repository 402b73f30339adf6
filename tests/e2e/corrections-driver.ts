// Driving correction mode in the browser, and the oracles its tests check the exported patch
// against: where a dragged vertex lands comes from web Mercator formulas and the camera the link
// sets (never from the map's own projection), distances from the tests' own haversine.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { haversineM } from '../oracles/haversine';
import { useAtlas, type AtlasPage, type TestWindow } from './harness';

export type LonLat = [number, number];

/** A busy machine draws slowly: each wait allows this long. */
export const POLL = { timeout: 30_000, interval: 100 };
export const SOURCE_ZH = '测试：按规划部门提供的坐标修正';
export const SOURCE_EN = 'test: corrected from the planning office’s coordinates';
export const DATE = '2026-12-02';

// ---------------------------------------------------------------------------------------------
// Oracles

/** Web Mercator as MapLibre draws it: the world is 512 · 2^zoom CSS pixels wide. */
const worldPx = (zoom: number) => 512 * 2 ** zoom;

export function toWorld([lon, lat]: readonly number[], zoom: number): [number, number] {
  const size = worldPx(zoom);
  const y = 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
  return [((lon + 180) / 360) * size, y * size];
}

export function fromWorld([x, y]: readonly number[], zoom: number): LonLat {
  const size = worldPx(zoom);
  const lat = (2 * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / size))) - Math.PI / 2) * (180 / Math.PI);
  return [(x / size) * 360 - 180, lat];
}

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The map's canvas on the page: its centre is the camera's centre (no padding, no rotation). */
export async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Page pixel of a [lon, lat] under `camera`, by the formulas above. */
export async function pixelOf(page: Page, camera: Camera, lonLat: readonly number[]) {
  const c = await canvasCentre(page);
  const [x0, y0] = toWorld([camera.lon, camera.lat], camera.zoom);
  const [x, y] = toWorld(lonLat, camera.zoom);
  return { x: c.x + (x - x0), y: c.y + (y - y0) };
}

/** [lon, lat] under a page pixel, by the formulas above. */
export async function lonLatOf(page: Page, camera: Camera, px: { x: number; y: number }): Promise<LonLat> {
  const c = await canvasCentre(page);
  const [x0, y0] = toWorld([camera.lon, camera.lat], camera.zoom);
  return fromWorld([x0 + (px.x - c.x), y0 + (px.y - c.y)], camera.zoom);
}

/** "850 m", "1.2 km", "12 km" read back into metres, with the half-step its rounding may hide. */
export function readDistance(text: string): { metres: number; slackM: number } {
  const m = /([\d.]+)\s*(km|m)\b/.exec(text);
  if (!m) throw new Error(`no distance in "${text}"`);
  const value = Number(m[1]);
  if (m[2] === 'm') return { metres: value, slackM: 5 };
  return { metres: value * 1000, slackM: m[1].includes('.') ? 50 : 500 };
}

/** The catalogue as shipped: the places' geometries before any correction. */
export function layerFeature(group: string, id: string): Feature {
  const layer = JSON.parse(
    readFileSync(new URL(`../../geo/layers/${group}.geojson`, import.meta.url), 'utf8'),
  ) as FeatureCollection;
  const f = layer.features.find((x) => x.id === id);
  if (!f) throw new Error(`${id} not in ${group}`);
  return f;
}

// ---------------------------------------------------------------------------------------------
// Driving the page

/** 修正位置 in the open place's details, then waits for the editor's handles on the map. */
export async function startCorrection(page: Page): Promise<void> {
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
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  await page.mouse.up();
}

/** Precision, source notes and date of the open correction, then 记录修正. */
export async function record(page: Page, precision: string, radiusM: number): Promise<void> {
  await page.getByTestId('correction-precision').selectOption(precision);
  await page.getByTestId('correction-radius').fill(String(radiusM));
  await page.getByTestId('correction-source-zh').fill(SOURCE_ZH);
  await page.getByTestId('correction-source-en').fill(SOURCE_EN);
  await page.getByTestId('correction-date').fill(DATE);
  await page.getByTestId('correction-save').click();
}

/** Records the open correction, the list's first, and waits for the list to show it. */
export async function recordFirst(page: Page, precision: string, radiusM: number): Promise<void> {
  await record(page, precision, radiusM);
  await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(1);
}

export interface PatchEntry {
  old: { geometry: Point | LineString | Polygon | null; precision: string; precision_m: number };
  new: { geometry: Point | LineString | Polygon; precision: string; precision_m: number };
  source_zh: string;
  source_en: string;
  date: string;
}

/** The camera the link asked for is still the camera: nothing moved the map before the drag. */
export async function expectCamera(page: Page, camera: Camera): Promise<void> {
  const now = await page.evaluate(() => (window as unknown as TestWindow).__atlasState.view.camera);
  expect(now.zoom).toBeCloseTo(camera.zoom, 6);
  expect(now.lat).toBeCloseTo(camera.lat, 6);
  expect(now.lon).toBeCloseTo(camera.lon, 6);
}

/** Drags a drawn vertex by `byPx` and returns where, by the formulas, it should now be. */
/** The kind of shape the correction under way draws (`line`, `polygon` …). */
export function draftKind(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as TestWindow).__atlasState.corrections.draft?.kind);
}

/** The correction's line, or its area's outline, as it stands; null while it has neither. */
export function draftPath(page: Page): Promise<Position[] | null> {
  return page.evaluate(() => {
    const g = (window as unknown as TestWindow).__atlasState.corrections.draft?.geometry;
    if (g?.type === 'LineString') return g.coordinates as Position[];
    return g?.type === 'Polygon' ? (g.coordinates[0] as Position[]) : null;
  });
}

export async function dragVertex(
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
export function expectOneVertexMoved(
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

/**
 * One server and browser for the file, a scratch folder for the patches it downloads, and the two
 * steps that need them: opening the atlas with the corrections panel, and exporting a patch.
 */
export function useCorrectionsAtlas() {
  const atlasEnv = useAtlas();
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-corrections-editing-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  async function withAtlas(hash: string, run: (atlas: AtlasPage) => Promise<void>): Promise<void> {
    // The machine may be busy: a slow first view is not what these tests are about.
    await atlasEnv.withAtlas({ hash, timeoutMs: 120_000 }, async (atlas) => {
      await atlas.page.getByTestId('corrections-panel').waitFor();
      await run(atlas);
    });
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

  /** Exports the patch, which must hold the one place `id`, and gives its entry. */
  async function exportOnly(page: Page, name: string, id: string): Promise<PatchEntry> {
    const patch = await exportPatch(page, name);
    expect(Object.keys(patch)).toEqual([id]);
    return patch[id];
  }

  return { withAtlas, exportPatch, exportOnly };
}
