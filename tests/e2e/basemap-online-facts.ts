// What the online-basemap tests share: the tile hosts' request shapes, what the map and the state
// say about the basemap, and a stand-in tile server. The tests themselves live in
// basemap-online-*.test.ts, one file for each thing they check.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import {
  expectCleanRun,
  mapIdle,
  openAtlas,
  readState,
  renderedIds,
  type AtlasPage,
  type AtlasSuite,
} from './harness';

export const FALLBACK_ZH = '在线底图无法加载（可能没有网络），已切换回内置底图';
export const OSM_TILE = /^GET https:\/\/tile\.openstreetmap\.org\/\d{1,2}\/\d+\/\d+\.png$/;
export const TIANDITU_TILE =
  /^GET https:\/\/t[0-7]\.tianditu\.gov\.cn\/(vec|cva)_w\/wmts\?SERVICE=WMTS&REQUEST=GetTile&VERSION=1\.0\.0&LAYER=(vec|cva)&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+&tk=([0-9a-f]{32})$/;
export const FAKE_TK = '0123456789abcdef0123456789abcdef';
/** Chromium reports each blocked tile as a failed resource load; that is the point of these tests. */
export const BLOCKED = /ERR_BLOCKED_BY_CLIENT|Failed to load resource/;

/**
 * Opens the atlas at `hash`, runs the check and closes the page, pass or fail. The run must stay
 * clean but for the tile requests the harness blocked (the check asserts those itself) and the
 * console lines Chromium writes for them.
 */
export async function withBlockedTiles(
  suite: AtlasSuite,
  hash: string,
  check: (atlas: AtlasPage) => Promise<void>,
): Promise<void> {
  const atlas = await openAtlas(suite.browser, suite.server.url, { hash });
  try {
    await check(atlas);
    expectCleanRun({ ...atlas, externalRequests: [] }, { allowConsole: [BLOCKED] });
  } finally {
    await atlas.close();
  }
}

export interface MapFacts {
  onlineLayers: string[];
  onlineSources: string[];
  fillsVisible: Record<string, string>;
  selection: string | null;
  groups: string[];
  year: number | null;
  basemap: string;
  camera: { zoom: number; lat: number; lon: number };
}

/** What the map and the state say about the basemap and everything that must survive a fallback. */
export function mapFacts(page: Page): Promise<MapFacts> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __atlasMap: import('maplibre-gl').Map;
      __atlasState: import('../../src/lib/state/atlas.svelte').AtlasState;
    };
    const map = w.__atlasMap;
    const style = map.getStyle();
    const online = ['osm', 'tianditu-vec', 'tianditu-cva'];
    return {
      onlineLayers: style.layers
        .filter((l) => 'source' in l && online.includes(String(l.source)))
        .map((l) => l.id),
      onlineSources: Object.keys(style.sources).filter((id) => online.includes(id)),
      fillsVisible: Object.fromEntries(
        ['district-fill', 'district-neighbour-fill', 'lakes-fill'].map((id) => [
          id,
          String(map.getLayoutProperty(id, 'visibility') ?? 'visible'),
        ]),
      ),
      selection: w.__atlasState.selection.placeId,
      groups: [...w.__atlasState.filters.groups],
      year: w.__atlasState.filters.year,
      basemap: w.__atlasState.basemap.kind,
      camera: { ...w.__atlasState.view.camera },
    };
  });
}

/** The hash as the address bar shows it, once the state's delayed write has caught up with the state. */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      window.location.hash.replace(/^#/, '') ===
      (window as unknown as { __atlasState: { hash: string } }).__atlasState.hash,
  );
  return page.evaluate(() => window.location.hash);
}

export async function waitForFallbackNotice(atlas: AtlasPage): Promise<void> {
  await atlas.page.getByTestId('notices').getByText(FALLBACK_ZH).waitFor({ timeout: 15_000 });
}

/** Opens the layers panel through the state, as a link's panel=layers would. */
export async function openLayersPanel(page: Page): Promise<void> {
  await readState(page, (atlas) => atlas.view.openPanel('layers'));
}

/** The embedded basemap is whole again: no online layer or source, fills shown, lakes drawn. */
export async function expectEmbeddedBack(page: Page, lakesInView = ['taihu', 'gehu']): Promise<MapFacts> {
  const facts = await mapFacts(page);
  expect(facts.basemap).toBe('embedded');
  expect(facts.onlineLayers).toEqual([]);
  expect(facts.onlineSources).toEqual([]);
  expect(Object.values(facts.fillsVisible)).toEqual(['visible', 'visible', 'visible']);
  await mapIdle(page);
  const lakes = await renderedIds(page, ['lakes-fill']);
  for (const lake of lakesInView) expect(lakes).toContain(lake);
  expect(await renderedIds(page, ['district-outline'])).toContain('wujin');
  expect(await page.locator('[data-basemap="embedded"]').isChecked()).toBe(true);
  return facts;
}

/** A 256-pixel tile of one colour, standing in for a tile server that answers. */
function solidTile(rgb: [number, number, number]): Buffer {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}

/**
 * Makes OpenStreetMap's tile server "work" for this page with green tiles, and returns the list
 * of tile addresses it served (growing as the map asks). A page route wins over the harness's
 * blocking context route.
 */
export async function serveGreenOsmTiles(page: Page): Promise<string[]> {
  const served: string[] = [];
  const tile = solidTile([40, 160, 60]);
  await page.route(/^https:\/\/tile\.openstreetmap\.org\//, async (route) => {
    served.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
      body: tile,
    });
  });
  return served;
}
