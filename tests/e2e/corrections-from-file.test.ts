// Correction mode with a planner's file: a place takes its new geometry from a feature of a loaded
// file, and bulk matching offers suggestions and distances per place (checked against the tests'
// own haversine) and exports a patch of exactly the accepted rows.
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { haversineM } from '../oracles/haversine';
import { screenshot } from './harness';
import {
  POLL,
  readDistance,
  layerFeature,
  startCorrection,
  draftKind,
  recordFirst,
  useCorrectionsAtlas,
} from './corrections-driver';

const { withAtlas, exportPatch, exportOnly } = useCorrectionsAtlas();

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
      await expect.poll(() => draftKind(page), POLL).toBe('polygon');
      await screenshot(page, 'corrections-taken-from-file');
      await recordFirst(page, 'surveyed', 50);

      const entry = await exportOnly(page, 'taken.json', 'yancheng');
      expect(entry.old.geometry).toEqual(yancheng);
      expect(entry.new.geometry).toEqual(ruins);
      expect(entry.new).toMatchObject({ precision: 'surveyed', precision_m: 50 });
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
