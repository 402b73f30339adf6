// A selection that drives a download: everything within 3 km of 武进站, as CSV. The rows must be
// exactly the places whose distance, computed here from the coordinates in geo/layers/*.geojson
// (on a local flat projection around the station, to points and to the nearest side of lines and
// area outlines; 0 inside an area: near-oracle.ts), is at most 3 km, and the distance column must
// agree with that distance. The list's KML and Shapefile hold the same places (selection-downloads.ts).
import { describe, expect, test } from 'vitest';
import { mapIdle, renderedIds, screenshot, useAtlas } from './harness';
import { distanceFromM } from './near-oracle';
import { download, listDownloads } from './selection-downloads';
import { parseCsv } from '../oracles/csv';
import { layerFeatures } from '../oracles/layer-files';
import type { LonLat } from '../oracles/planar';

const atlasEnv = useAtlas();
const RADIUS_M = 3000;

/**
 * The places within 3 km of 武进站 by the test's own formulas, with their distances, and those within a
 * few metres of the radius, where the two methods may fall on different sides of it.
 */
function nearStation(): {
  expected: Map<string, number>;
  borderline: Set<string>;
  origin: LonLat;
  /** Places known only to their zone (no marker of their own on the map). */
  zoneMembers: Set<string>;
} {
  const features = layerFeatures();
  const station = features.find((f) => f.properties.id === 'wujin-station')!;
  expect(station.geometry?.type).toBe('Point');
  const origin = station.geometry!.coordinates as LonLat;
  const expected = new Map<string, number>();
  const borderline = new Set<string>();
  for (const f of features) {
    if (!f.geometry || f.properties.unlocated || f.properties.id === 'wujin-station') continue;
    const d = distanceFromM(origin, f.geometry);
    if (Math.abs(d - RADIUS_M) < 10) borderline.add(f.properties.id);
    else if (d <= RADIUS_M) expected.set(f.properties.id, d);
  }
  const zoneMembers = new Set(features.filter((f) => f.properties.zone).map((f) => f.properties.id));
  return { expected, borderline, origin, zoneMembers };
}

describe('a selection drives the download', () => {
  test("within 3 km of 武进站, as CSV: the rows and distances the test's formula gives over the data files", async () => {
    const { expected, borderline } = nearStation();
    expect(expected.size).toBeGreaterThan(3);

    await atlasEnv.withAtlas({ hash: 'sel=wujin-station', timeoutMs: 60_000 }, async (atlas) => {
      const { page } = atlas;
      await page.getByTestId('detail-nearby').click();
      await page.locator('[data-radius="3000"]').click();
      await page.getByTestId('near-list').waitFor();
      const file = await download(page, 'near-download-csv');
      expect(file.name).toMatch(/^wujin-atlas-2024-near-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = file.bytes.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header[0]).toBe('编号');
      expect(header.at(-1)).toBe('距离（米）');
      const got = new Map(rows.map((r) => [r[0], Number(r.at(-1))]));
      const gotIds = [...got.keys()].filter((id) => !borderline.has(id)).sort();
      expect(gotIds).toEqual([...expected.keys()].sort());
      for (const [id, d] of expected) {
        expect(Math.abs(got.get(id)! - d), id).toBeLessThanOrEqual(Math.max(3, d * 0.005));
      }
      // Nearest first, as the list shows them.
      const distances = rows.map((r) => Number(r.at(-1)));
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });
  }, 180_000);

  test.each(['desktop', 'phone', 'fourK'] as const)(
    '%s: the selection is ringed on the map, and the rings go with it',
    async (viewport) => {
      const { expected, borderline, origin, zoneMembers } = nearStation();
      // Ringed: every selected place with a marker, line or outline of its own.
      const ringedIds = [...expected.keys()].filter((id) => !zoneMembers.has(id)).sort();
      expect(ringedIds.length).toBeGreaterThan(3);
      const highlightLayers = ['selection-highlight-line', 'selection-highlight-ring'];
      await atlasEnv.withAtlas(
        {
          hash: `sel=wujin-station${viewport === 'phone' ? '&lang=en' : ''}`,
          viewport,
          timeoutMs: 60_000,
        },
        async (atlas) => {
          const { page } = atlas;
          expect(await renderedIds(page, highlightLayers)).toEqual([]);
          // The details' own "within 3 km" (the default radius).
          await page.getByTestId('select-within-near').click();
          await page.getByTestId('within-bar').waitFor();
          // A view holding the whole 3 km around the station, whatever the panels cover.
          await page.evaluate(([lon, lat]) => {
            const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
            map.jumpTo({ center: [lon, lat], zoom: 11.5 });
          }, origin);
          const ringed = async () => {
            await mapIdle(page);
            return (await renderedIds(page, highlightLayers)).filter((id) => !borderline.has(id)).sort();
          };
          await expect.poll(ringed, { timeout: 20_000 }).toEqual(ringedIds);
          // Under every label and marker: its layers lie before the first label of the atlas's own.
          const order = await page.evaluate(() =>
            (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getLayersOrder(),
          );
          for (const id of highlightLayers)
            expect(order.indexOf(id)).toBeLessThan(order.indexOf('places-label'));
          await screenshot(atlas, `selection-highlight-${viewport}`);
          if (viewport === 'desktop') {
            // The list's downloads hold the same selection, with the distance a haversine gives.
            const rows = await listDownloads(page);
            const saved = rows.filter((r) => !borderline.has(r.id));
            expect(saved.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
            for (const r of saved)
              expect(Math.abs(r.distanceM! - expected.get(r.id)!), r.id).toBeLessThanOrEqual(
                Math.max(3, expected.get(r.id)! * 0.005),
              );
          }

          await page.getByTestId('within-clear').click();
          await expect.poll(ringed, { timeout: 20_000 }).toEqual([]);
        },
      );
    },
    180_000,
  );
});
