// Streets from the offline extract: with an archive in the build, roads, rail and their names are
// drawn under the report's places from the atlas's own origin (also with no network once seen),
// can be switched off (and stay off in the link), and are credited to OpenStreetMap. Without an
// archive nothing is fetched and nothing changes. The archive is a small fixture made here.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { STREETS_OUTPUT_PATH, streetsHref, withStreetsMeta } from '../../src/lib/map/vite-plugin-streets';
import { FIXTURE_STREETS, fixtureStreetsArchive } from '../fixtures/streets-archive';
import {
  launchBrowser,
  mapIdle,
  marks,
  startServer,
  waitForMark,
  withAtlasOn,
  type AtlasServer,
} from './harness';
import type { Browser } from 'playwright-core';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
/** Near the crossing of the fixture's highway and major road, at a zoom where names are drawn. */
const AT_ROADS = 'map=13.5/31.69/119.93';

let withArchive: AtlasServer;
let without: AtlasServer;
let browser: Browser;
let copy: string;

beforeAll(async () => {
  // The build as vite-plugin-streets makes it when geo/streets/wujin.pmtiles exists: the archive
  // beside the page, and the page's meta element naming it.
  copy = mkdtempSync(join(tmpdir(), 'atlas-streets-'));
  cpSync(dist, copy, { recursive: true });
  const archive = fixtureStreetsArchive();
  mkdirSync(join(copy, 'streets'), { recursive: true });
  writeFileSync(join(copy, STREETS_OUTPUT_PATH), archive);
  const page = join(copy, 'index.html');
  writeFileSync(page, withStreetsMeta(readFileSync(page, 'utf8'), streetsHref(archive.length, Date.now())));
  withArchive = await startServer({ distDir: copy });
  without = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await withArchive?.close();
  await without?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Names of the features the map has drawn in the streets' layers of one kind. */
function drawn(page: Page, layerIds: string[]): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const present = ids.filter((id) => map.getLayer(id));
    return [
      ...new Set(map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.name))),
    ].sort();
  }, layerIds);
}

function layerOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getLayersOrder(),
  );
}

test('roads, rail and their names are drawn under the report places, credited to OpenStreetMap', async () => {
  await withAtlasOn(browser, withArchive.url, { hash: AT_ROADS, timeoutMs: 60_000 }, async (atlas) => {
    // The map's first idle (what openAtlas waited for) already has the streets: "ready" includes them.
    expect(await drawn(atlas.page, ['streets-roads'])).toEqual(
      [FIXTURE_STREETS.majorRoad.name, FIXTURE_STREETS.highway.name].sort(),
    );
    await mapIdle(atlas.page);
    expect(await drawn(atlas.page, ['streets-rail-roads'])).toEqual([FIXTURE_STREETS.railway.name]);
    // Names in Chinese, along the lines.
    const labels = await drawn(atlas.page, ['streets-roads-label']);
    expect(labels.length).toBeGreaterThan(0);
    for (const name of labels) expect(Object.values(FIXTURE_STREETS).map((s) => s.name)).toContain(name);

    // Under every layer of the report's places and under the basemap's own labels.
    const order = await layerOrder(atlas.page);
    const firstPlaceLayer = order.findIndex((id) => id.endsWith('-area-fill') && !id.startsWith('streets'));
    expect(order.indexOf('streets-roads')).toBeLessThan(firstPlaceLayer);
    expect(order.indexOf('streets-roads-label')).toBeLessThan(order.indexOf('places-label'));

    const attribution = await atlas.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    expect(attribution).toContain('© OpenStreetMap contributors');
    // Read by byte ranges from the atlas's own origin.
    const requests = await atlas.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('.pmtiles')),
    );
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(new URL(url).origin).toBe(new URL(withArchive.url).origin);
  });
});

test('the streets are read with the report’s data, so the first frame shown already has them', async () => {
  await withAtlasOn(
    browser,
    withArchive.url,
    {
      hash: AT_ROADS,
      timeoutMs: 60_000,
      // What the map holds at the moment the page says its first complete frame is on screen.
      initScript: () => {
        const mark = performance.mark.bind(performance);
        const w = window as unknown as {
          __atPainted?: { streetsAdded: boolean; streetsLoaded: boolean };
          __atlasMap?: { getSource(id: string): unknown; isSourceLoaded(id: string): boolean };
        };
        performance.mark = ((name: string, options?: PerformanceMarkOptions) => {
          if (name === 'atlas:map-painted' && w.__atlasMap) {
            const added = w.__atlasMap.getSource('streets') !== undefined;
            w.__atPainted = {
              streetsAdded: added,
              streetsLoaded: added && w.__atlasMap.isSourceLoaded('streets'),
            };
          }
          return mark(name, options);
        }) as typeof performance.mark;
      },
    },
    async (atlas) => {
      await waitForMark(atlas.page, marks.mapPainted);
      const atPainted = await atlas.page.evaluate(
        () => (window as unknown as { __atPainted?: unknown }).__atPainted,
      );
      expect(atPainted).toEqual({ streetsAdded: true, streetsLoaded: true });
    },
  );
});

test('the switch hides and shows the streets, and a link keeps them off', async () => {
  await withAtlasOn(browser, withArchive.url, { hash: `${AT_ROADS}&panel=layers` }, async (atlas) => {
    const visibility = () =>
      atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        return map.getLayer('streets-roads')
          ? (map.getLayoutProperty('streets-roads', 'visibility') ?? 'visible')
          : 'absent';
      });
    await expect.poll(visibility, { timeout: 20_000 }).toBe('visible');
    const toggle = atlas.page.getByTestId('streets-switch');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await expect.poll(visibility).toBe('none');
    await expect.poll(() => atlas.page.evaluate(() => location.hash)).toContain('streets=0');
    await mapIdle(atlas.page);
    expect(await drawn(atlas.page, ['streets-roads'])).toEqual([]);
    await toggle.check();
    await expect.poll(visibility).toBe('visible');
    await expect.poll(() => atlas.page.evaluate(() => location.hash)).not.toContain('streets=');
  });

  // Opened from a link with streets=0, the archive is not even read.
  await withAtlasOn(browser, withArchive.url, { hash: `${AT_ROADS}&streets=0` }, async (off) => {
    await mapIdle(off.page);
    const read = await off.page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('.pmtiles')).length,
    );
    expect(read).toBe(0);
    expect(
      await off.page.evaluate(() =>
        Boolean(
          (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getSource('streets'),
        ),
      ),
    ).toBe(false);
  });
});

test('once seen, the streets are drawn with no network at all', async () => {
  await withAtlasOn(
    browser,
    withArchive.url,
    {
      hash: AT_ROADS,
      contextOptions: { serviceWorkers: 'allow' },
    },
    async (atlas) => {
      await atlas.page.evaluate(async () => void (await navigator.serviceWorker.ready));
      // The worker took over this page (clientsClaim); a reload reads the archive through it,
      // which keeps the whole file.
      await atlas.page.reload();
      await waitForMark(atlas.page, marks.mapIdle, 60_000);
      await expect
        .poll(
          () =>
            atlas.page.evaluate(async () => {
              const cache = await caches.open('atlas-streets');
              return (await cache.keys()).length;
            }),
          { timeout: 30_000 },
        )
        .toBe(1);
      await atlas.context.setOffline(true);
      await atlas.page.reload();
      await waitForMark(atlas.page, marks.mapIdle, 60_000);
      await expect
        .poll(() => drawn(atlas.page, ['streets-roads']), { timeout: 20_000 })
        .toEqual([FIXTURE_STREETS.majorRoad.name, FIXTURE_STREETS.highway.name].sort());
    },
  );
});

test('without an archive nothing is fetched and no switch is offered', async () => {
  await withAtlasOn(browser, without.url, { hash: `${AT_ROADS}&panel=layers` }, async (atlas) => {
    await mapIdle(atlas.page);
    const fetched = await atlas.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /pmtiles/i.test(n)),
    );
    expect(fetched).toEqual([]);
    expect(await atlas.page.getByTestId('basemap-chooser').count()).toBe(1);
    expect(await atlas.page.getByTestId('streets-switch').count()).toBe(0);
    const order = await layerOrder(atlas.page);
    expect(order.filter((id) => id.startsWith('streets-'))).toEqual([]);
    const attribution = await atlas.page.locator('.maplibregl-ctrl-attrib-inner').textContent();
    expect(attribution).not.toContain('OpenStreetMap');
  });
});
