// Measuring never hidden: a planner reaches a place by search (which opens its details), then
// takes the ruler. The ruler's card and the details card must not cover each other, on a desktop
// and on a phone; and the ruler tells the distance from its last point to the place's nearest
// edge, checked against a distance computed here from the place's outline in geo/layers.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectCleanRun, mapIdle, openAtlas, screenshot, useAtlas, type ViewportName } from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };
type LonLat = [number, number];
type Rect = { x: number; y: number; width: number; height: number };

const atlasEnv = useAtlas();

/** 滆湖's outline as the data files hold it (outer ring first). */
function gehuRings(): LonLat[][] {
  const water = JSON.parse(
    readFileSync(new URL('../../geo/layers/water.geojson', import.meta.url), 'utf8'),
  ) as {
    features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  const gehu = water.features.find((f) => f.properties.id === 'gehu')!;
  if (gehu.geometry.type === 'Polygon') return gehu.geometry.coordinates as LonLat[][];
  if (gehu.geometry.type === 'MultiPolygon') return (gehu.geometry.coordinates as LonLat[][][]).flat();
  throw new Error(`滆湖 is a ${gehu.geometry.type}`);
}

/**
 * Metres from `p` to the nearest point of any ring's sides, on a local flat projection around `p`
 * (metres per degree from the WGS84 ellipsoid's radii of curvature): at a few kilometres, within
 * a fraction of a percent of the geodesic.
 */
function distanceToRingsM(p: LonLat, rings: LonLat[][]): number {
  const a = 6_378_137;
  const e2 = 0.00669438;
  const phi = (p[1] * Math.PI) / 180;
  const w = Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const mPerDegLat = ((Math.PI / 180) * a * (1 - e2)) / w ** 3;
  const mPerDegLon = ((Math.PI / 180) * a * Math.cos(phi)) / w;
  const xy = ([lon, lat]: LonLat) => [(lon - p[0]) * mPerDegLon, (lat - p[1]) * mPerDegLat];
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = xy(ring[i]);
      const [bx, by] = xy(ring[i + 1]);
      const dx = bx - ax;
      const dy = by - ay;
      const t =
        dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

/**
 * How far the atlas's distance to an edge may be from this test's: Turf measures on a sphere of
 * the mean radius (at 31.6° N between 0.20 % short and 0.28 % long of the WGS84 ellipsoid, with
 * the direction) and finds the nearest point of a shore by its own approximation. Together they
 * came to 0.51 % for a point 12.6 km from 滆湖's shore; a wrong shore or a wrong unit is far more.
 */
const EDGE_TOLERANCE = 0.01;

function metresOf(text: string): number {
  const match = /([\d.,]+)\s*(km|m)\b/.exec(text);
  if (!match) throw new Error(`no length in "${text}"`);
  const n = Number(match[1].replace(/,/g, ''));
  return match[2] === 'km' ? n * 1000 : n;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Page coordinates of a fraction of the map canvas. */
function mapPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([fx, fy]) => {
      const rect = (window as unknown as TestWindow).__atlasMap.getCanvas().getBoundingClientRect();
      return { x: rect.left + rect.width * fx, y: rect.top + rect.height * fy };
    },
    [fx, fy],
  );
}

async function searchAndOpen(page: Page, query: string): Promise<void> {
  await page.locator('#atlas-search').fill(query);
  await page.locator('[data-testid=search-results] [role=option]').first().click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId))
    .toBe('gehu');
  await page.locator('.detail-slot').waitFor();
}

const CASES: { viewport: ViewportName; size: [number, number]; click: [number, number] }[] = [
  // Left of the map's middle on a desktop, above the legend (the details sit at the right); near
  // the top on a phone (the details are a sheet at the bottom, the ruler's card at the right).
  { viewport: 'desktop', size: [1440, 900], click: [0.15, 0.4] },
  { viewport: 'phone', size: [390, 844], click: [0.15, 0.2] },
];

describe('measuring never hidden', () => {
  for (const { viewport, size, click } of CASES) {
    test(`${viewport} ${size.join('×')}: the ruler's card and the details card do not overlap; the distance to 滆湖's edge`, async () => {
      const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, { viewport, timeoutMs: 60_000 });
      const { page } = atlas;
      try {
        expect(page.viewportSize()).toEqual({ width: size[0], height: size[1] });
        await searchAndOpen(page, '滆湖');
        await page.getByTestId('measure-toggle').click();
        const card = page.getByTestId('measure-panel');
        await card.waitFor();
        const p = await mapPoint(page, click[0], click[1]);
        await page.mouse.click(p.x, p.y);
        await page.getByTestId('measure-edge').waitFor();
        // Still the place's details, and both cards whole on the screen, apart.
        await page.locator('.detail-slot').waitFor();
        // The cards settle once their sizes are known (a frame after the card grows).
        const boxes = async () => ({
          card: (await card.boundingBox())!,
          detail: (await page.locator('.detail-slot').boundingBox())!,
        });
        await expect
          .poll(async () => {
            const b = await boxes();
            return intersects(b.card, b.detail);
          })
          .toBe(false);
        const { card: cardBox, detail: detailBox } = await boxes();
        for (const b of [cardBox, detailBox]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(size[0] + 0.5);
          expect(b.y + b.height).toBeLessThanOrEqual(size[1] + 0.5);
          expect(b.height).toBeGreaterThan(40);
        }

        // The distance from the held point to the lake's nearest shore.
        const held = await page.evaluate(() =>
          (window as unknown as TestWindow).__atlasState.tools.measurement!.points.at(-1)!,
        );
        const expectedM = distanceToRingsM([held[0], held[1]], gehuRings());
        const shownM = metresOf((await page.getByTestId('measure-edge-distance').textContent()) ?? '');
        // The card rounds to 10 m above 1 km (two decimals of km), to the metre below.
        expect(Math.abs(shownM - expectedM)).toBeLessThanOrEqual(Math.max(6, expectedM * EDGE_TOLERANCE));

        // Measuring to the edge puts that shore point on the path: the length becomes that distance.
        await page.getByTestId('measure-edge-add').click();
        await expect
          .poll(() =>
            page.evaluate(
              () => (window as unknown as TestWindow).__atlasState.tools.measurement!.points.length,
            ),
          )
          .toBe(2);
        const lengthM = metresOf((await page.getByTestId('measure-length').textContent()) ?? '');
        expect(Math.abs(lengthM - expectedM)).toBeLessThanOrEqual(Math.max(6, expectedM * EDGE_TOLERANCE));
        await mapIdle(page);
        await screenshot(atlas, `measure-beside-details-${viewport}`);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    }, 180_000);
  }

  test("desktop 1440×900: a notice shown while a place's card is open leaves the card's title readable", async () => {
    // A link with a part the atlas cannot read opens 武进站's card and a notice at the same time.
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      viewport: 'desktop',
      hash: 'sel=wujin-station&map=abc',
      timeoutMs: 60_000,
    });
    const { page } = atlas;
    try {
      const notice = page.getByTestId('notices').locator('p').first();
      await notice.waitFor();
      const title = page.locator('.detail-slot h2');
      await title.waitFor();
      await expect
        .poll(async () => intersects((await notice.boundingBox())!, (await title.boundingBox())!))
        .toBe(false);
      const noticeBox = (await notice.boundingBox())!;
      expect(noticeBox.x).toBeGreaterThanOrEqual(0);
      expect(noticeBox.width).toBeGreaterThan(200);
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  }, 120_000);
});
