// A chosen place located only approximately shows how far its true position may lie: one halo,
// for the chosen place only, within its stated precision of its point, and never filling the view
// (at most 40 % of the screen's shorter side in radius). The place is the one the layer files give
// the largest precision (ties by id); distances are this file's haversine, positions on screen
// the map's own projection. A place known only to its zone shows its zone, not a halo.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, mapIdle, openAtlas, screenshot, useAtlas, type ViewportName } from './harness';

const suite = useAtlas();

interface LayerFeature {
  geometry: GeoJSON.Geometry | null;
  properties: { id: string; precision: string; precision_m: number; zone?: string; outside?: boolean };
}
const features: LayerFeature[] = [
  'water',
  'industry',
  'transport',
  'innovation',
  'livelihood',
  'urban',
].flatMap(
  (group) =>
    (
      JSON.parse(readFileSync(new URL(`../../geo/layers/${group}.geojson`, import.meta.url), 'utf8')) as {
        features: LayerFeature[];
      }
    ).features,
);

/** The approximately located point with the largest stated precision (not a zone's member, not off the map). */
const widest = features
  .filter((f) => f.geometry?.type === 'Point' && !f.properties.zone && !f.properties.outside)
  .filter((f) => f.properties.precision !== 'surveyed')
  .sort(
    (a, b) =>
      b.properties.precision_m - a.properties.precision_m || a.properties.id.localeCompare(b.properties.id),
  )[0]!;
const [LON, LAT] = (widest.geometry as GeoJSON.Point).coordinates as [number, number];

function haversineM(a: number[], b: number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

interface Halo {
  count: number;
  vertices: number[][];
  /** The vertices on screen, in CSS pixels of the map. */
  pixels: { x: number; y: number }[];
  width: number;
  height: number;
  drawn: number;
}

function readHalo(page: Page): Promise<Halo> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const data = (map.getStyle().sources.halo as { data: GeoJSON.FeatureCollection }).data;
    const vertices: number[][] = [];
    const walk = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') vertices.push(c as number[]);
      else if (Array.isArray(c)) c.forEach(walk);
    };
    for (const f of data.features) if ('coordinates' in f.geometry) walk(f.geometry.coordinates);
    return {
      count: data.features.length,
      vertices,
      pixels: vertices.map(([lon, lat]) => {
        const p = map.project([lon!, lat!]);
        return { x: p.x, y: p.y };
      }),
      width: map.getContainer().clientWidth,
      height: map.getContainer().clientHeight,
      drawn: map.queryRenderedFeatures({ layers: ['halo-fill'] }).length,
    };
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.isMoving(),
    null,
    { timeout: 30_000, polling: 100 },
  );
  await mapIdle(page);
}

describe('the chosen place’s halo', () => {
  test('the place checked is located to kilometres', () => {
    expect(widest.properties.precision_m).toBeGreaterThanOrEqual(2000);
  });

  test.each(['desktop', 'phone'] as ViewportName[])(
    '%s: one halo, within the stated precision, at most 40 % of the shorter side; none for a zone’s member',
    async (viewport) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport,
        hash: `sel=${widest.properties.id}`,
        timeoutMs: 120_000,
      });
      try {
        await expect.poll(async () => (await readHalo(atlas.page)).count, { timeout: 20_000 }).toBe(1);
        await settle(atlas.page);
        // The camera stopped: the halo is capped at the zoom it shows now.
        await expect
          .poll(
            async () => {
              const h = await readHalo(atlas.page);
              const xs = h.pixels.map((p) => p.x);
              const ys = h.pixels.map((p) => p.y);
              const diameter = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
              return diameter <= 0.8 * Math.min(h.width, h.height) + 2;
            },
            { timeout: 20_000 },
          )
          .toBe(true);
        const halo = await readHalo(atlas.page);
        await screenshot(atlas, `halo-${viewport}`);
        expect(halo.drawn, 'the halo is drawn').toBeGreaterThan(0);
        const farthestM = Math.max(...halo.vertices.map((v) => haversineM([LON, LAT], v)));
        expect(farthestM).toBeLessThanOrEqual(widest.properties.precision_m * 1.01);
        const xs = halo.pixels.map((p) => p.x);
        const ys = halo.pixels.map((p) => p.y);
        console.log(
          `halo ${viewport} ${widest.properties.id}: ${Math.round(Math.max(...xs) - Math.min(...xs))}×${Math.round(Math.max(...ys) - Math.min(...ys))} px in ${halo.width}×${halo.height}, reaches ${Math.round(farthestM)} m`,
        );

        // Zoomed in on the place, the 5 km circle would cover the screen: the cap holds it to 40 %.
        await atlas.page.evaluate(
          ([lon, lat]) =>
            (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.jumpTo({
              center: [lon!, lat!],
              zoom: 13.5,
            }),
          [LON, LAT],
        );
        await expect
          .poll(
            async () => {
              const h = await readHalo(atlas.page);
              const xs = h.pixels.map((p) => p.x);
              const side = Math.min(h.width, h.height);
              const diameter = Math.max(...xs) - Math.min(...xs);
              return diameter <= 0.8 * side + 2 && diameter >= 0.7 * side;
            },
            { timeout: 20_000 },
          )
          .toBe(true);
        await screenshot(atlas, `halo-${viewport}-zoomed`);

        // Choosing a place known only to its zone (龙城芯谷, in the Hi-tech Zone) clears the halo.
        await atlas.page.evaluate(() => {
          location.hash = 'sel=longcheng-xingu';
        });
        await expect.poll(async () => (await readHalo(atlas.page)).count, { timeout: 20_000 }).toBe(0);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    300_000,
  );
});
