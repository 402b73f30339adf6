// The counted discs and the markers' spread follow what is shown: with a layer group switched off
// (from the legend, or by a link that opens with it off), a disc counts only the places still
// shown, and every shown place is drawn exactly once, as a marker or inside one disc.
//
// The expected counts were read off the data (geo/layers/*.geojson: 38 places drawn as markers of
// their own, 13 of them 交通's) and the map at 1440×900: the default view draws 7 discs, counting
// 4, 3, 3, 2, 2, 2 and 2 places (the metro stations crowd the 两湖 core and the 南站); without
// 交通 the 25 places left need 5 discs of 2. Which places are shown comes from the data files here,
// not from the atlas's code.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mapIdle, mapSettled, useAtlas, type TestWindow } from './harness';

const suite = useAtlas();

const ALL_SHOWN_COUNTS = [4, 3, 3, 2, 2, 2, 2];
const WITHOUT_TRANSPORT_COUNTS = [2, 2, 2, 2, 2];
const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'] as const;

/** The places drawn as markers of their own: located points, not a zone's members, not outside the map. */
const markerPlaces = GROUPS.flatMap((group) => {
  const fc = JSON.parse(readFileSync(`geo/layers/${group}.geojson`, 'utf8')) as FeatureCollection;
  return fc.features.flatMap((f) => {
    const p = f.properties ?? {};
    if (f.geometry?.type !== 'Point' || p.unlocated || p.outside || p.zone !== undefined) return [];
    const [lon, lat] = f.geometry.coordinates;
    return [{ id: String(p.id), group, lon: lon!, lat: lat! }];
  });
});

interface Seen {
  /** Each disc's count and members. */
  discs: { count: number; members: string[] }[];
  /** Ids of the markers drawn (each once per marker drawn). */
  markers: string[];
  /** The view's bounds [west, south, east, north]. */
  bounds: [number, number, number, number];
}

function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const map = (window as unknown as TestWindow).__atlasMap;
    const layers = map.getLayersOrder().filter((l) => l.endsWith('-point') && !l.startsWith('off-map-'));
    // A feature can come back once per tile it is drawn in: one per id and position.
    const once = <T extends { properties: Record<string, unknown>; geometry: GeoJSON.Geometry }>(
      list: T[],
    ) => [
      ...new Map(list.map((f) => [`${String(f.properties.id)}@${JSON.stringify(f.geometry)}`, f])).values(),
    ];
    const discs = once(map.queryRenderedFeatures({ layers: ['marker-clusters-count'] })).map((f) => ({
      count: Number(f.properties.count),
      members: String(f.properties.members).split(','),
    }));
    const markers = once(map.queryRenderedFeatures({ layers })).map((f) => String(f.properties.id));
    const b = map.getBounds();
    return { discs, markers, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  });
}

const counts = (seen: Seen) => seen.discs.map((d) => d.count).sort((a, b) => b - a);

/**
 * The one marker place outside the default view at 1440×900: 太湖's centre lies south of it
 * (a station just past the east edge is still drawn, its marker reaching into the view).
 */
const OUT_OF_VIEW = new Set(['taihu-centre']);

/** Every shown place in view drawn exactly once, as a marker or in one disc; nothing else drawn. */
function expectEachShownOnce(seen: Seen, hidden: ReadonlySet<string>): void {
  const [w, s, e, n] = seen.bounds;
  for (const p of markerPlaces.filter((p) => OUT_OF_VIEW.has(p.id)))
    expect(p.lon > w && p.lon < e && p.lat > s && p.lat < n, p.id).toBe(false);
  const expected = markerPlaces
    .filter((p) => !hidden.has(p.group) && !OUT_OF_VIEW.has(p.id))
    .map((p) => p.id)
    .sort();
  const drawn = [...seen.markers, ...seen.discs.flatMap((d) => d.members)].sort();
  expect(drawn).toEqual(expected);
  for (const d of seen.discs) expect(d.members.length).toBe(d.count);
}

const transportIds = new Set(markerPlaces.filter((p) => p.group === 'transport').map((p) => p.id));

describe('counted discs', () => {
  test('count only the places shown: 交通 off from the legend and on again', async () => {
    expect(markerPlaces.length).toBe(38);
    expect(transportIds.size).toBe(13);
    await suite.withAtlas({}, async ({ page }) => {
      const before = await look(page);
      expect(counts(before)).toEqual(ALL_SHOWN_COUNTS);
      expectEachShownOnce(before, new Set());
      expect(before.discs.some((d) => d.members.some((id) => transportIds.has(id)))).toBe(true);

      await page.locator('[data-testid="legend"] button[data-group="transport"]').click();
      await expect
        .poll(async () => counts(await look(page)), { timeout: 20_000 })
        .toEqual(WITHOUT_TRANSPORT_COUNTS);
      await mapIdle(page);
      const without = await look(page);
      expect(counts(without)).toEqual(WITHOUT_TRANSPORT_COUNTS);
      expectEachShownOnce(without, new Set(['transport']));
      for (const d of without.discs) expect(d.members.filter((id) => transportIds.has(id))).toEqual([]);

      await page.locator('[data-testid="legend"] button[data-group="transport"]').click();
      await expect.poll(async () => counts(await look(page)), { timeout: 20_000 }).toEqual(ALL_SHOWN_COUNTS);
      await mapIdle(page);
      expectEachShownOnce(await look(page), new Set());
    });
  });

  test('a link that opens with 交通 off draws the discs of what it shows from the start', async () => {
    await suite.withAtlas({ hash: 'layers=water,industry,innovation,livelihood,urban' }, async ({ page }) => {
      const seen = await look(page);
      expect(counts(seen)).toEqual(WITHOUT_TRANSPORT_COUNTS);
      expectEachShownOnce(seen, new Set(['transport']));
    });
  });

  test('the legend says what a numbered disc is, and a click on one zooms in until its places part', async () => {
    await suite.withAtlas({}, async ({ page }) => {
      const legendKey = page.getByTestId('legend-counted');
      await expect.poll(() => legendKey.textContent()).toContain('数字圆点');
      const before = await look(page);
      const biggest = before.discs.find((d) => d.count === ALL_SHOWN_COUNTS[0])!;
      const zoomBefore = await page.evaluate(() => (window as unknown as TestWindow).__atlasMap.getZoom());
      // Where the disc is drawn (its spread offset included): the point MapLibre's own hit test finds
      // it at, searched near its geographic position (the offset is a few marker widths at most).
      const at = await page.evaluate((members) => {
        const map = (window as unknown as TestWindow).__atlasMap;
        const box = map.getCanvas().getBoundingClientRect();
        const disc = map
          .queryRenderedFeatures({ layers: ['marker-clusters-count'] })
          .find((f) => f.properties.members === members);
        if (disc?.geometry.type !== 'Point') return null;
        const centre = map.project(disc.geometry.coordinates as [number, number]);
        const reachPx = 80;
        for (let dy = -reachPx; dy <= reachPx; dy += 2)
          for (let dx = -reachPx; dx <= reachPx; dx += 2) {
            const [x, y] = [centre.x + dx, centre.y + dy];
            const hit = map.queryRenderedFeatures([x, y], { layers: ['marker-clusters-count'] })[0];
            if (hit && hit.properties.members === members) return { x: box.left + x, y: box.top + y };
          }
        return null;
      }, biggest.members.join(','));
      expect(at).not.toBeNull();
      await page.mouse.click(at!.x, at!.y);
      await expect
        .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasMap.getZoom()), {
          timeout: 20_000,
        })
        .toBeGreaterThanOrEqual(Math.floor(zoomBefore) + 1);
      await mapSettled(page);
      const after = await look(page);
      // No disc holds all of them any more; each is drawn on its own or in a smaller disc.
      for (const d of after.discs) expect(d.count).toBeLessThan(biggest.count);
      const drawn = new Set([...after.markers, ...after.discs.flatMap((d) => d.members)]);
      for (const id of biggest.members) expect(drawn.has(id), id).toBe(true);
    });
  });

  test('in English the legend says it in English', async () => {
    await suite.withAtlas({ hash: 'lang=en' }, async ({ page }) => {
      await expect.poll(() => page.getByTestId('legend-counted').textContent()).toContain('Numbered disc');
    });
  });
});
