// A selection that drives a download: everything within 3 km of 武进站, as CSV. The rows must be
// exactly the places whose distance, computed here from the coordinates in geo/layers/*.geojson
// (haversine to points; to the nearest side of lines and area outlines on a local flat projection;
// 0 inside an area), is at most 3 km, and the distance column must agree with that distance.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, mapIdle, openAtlas, renderedIds, screenshot, useAtlas } from './harness';
import { EARTH_RADIUS_M, haversineM } from '../oracles/haversine';

type LonLat = [number, number];
interface LayerFeature {
  properties: { id: string; unlocated?: boolean; zone?: string };
  geometry: { type: string; coordinates: unknown } | null;
}

const atlasEnv = useAtlas();
const layersDir = fileURLToPath(new URL('../../geo/layers/', import.meta.url));
const RADIUS_M = 3000;

function layerFeatures(): LayerFeature[] {
  return readdirSync(layersDir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap(
      (f) => (JSON.parse(readFileSync(join(layersDir, f), 'utf8')) as { features: LayerFeature[] }).features,
    );
}

/** Metres from `o` to the segment a–b, on a flat projection around `o` (haversine's sphere). */
function segmentM(o: LonLat, a: LonLat, b: LonLat): number {
  const k = (Math.PI / 180) * EARTH_RADIUS_M;
  const xy = ([lon, lat]: LonLat) => [(lon - o[0]) * k * Math.cos((o[1] * Math.PI) / 180), (lat - o[1]) * k];
  const [ax, ay] = xy(a);
  const [bx, by] = xy(b);
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Ray casting: is `o` inside the ring? */
function inRing(o: LonLat, ring: LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > o[1] !== yj > o[1] && o[0] < ((xj - xi) * (o[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function linesM(o: LonLat, lines: LonLat[][]): number {
  let best = Infinity;
  for (const line of lines) {
    if (line.length === 1) best = Math.min(best, haversineM(o, line[0]));
    for (let i = 0; i + 1 < line.length; i++) best = Math.min(best, segmentM(o, line[i], line[i + 1]));
  }
  return best;
}

function polygonM(o: LonLat, rings: LonLat[][]): number {
  const inHoles = rings.slice(1).some((r) => inRing(o, r));
  return inRing(o, rings[0]) && !inHoles ? 0 : linesM(o, rings);
}

function distanceM(o: LonLat, g: { type: string; coordinates: unknown }): number {
  switch (g.type) {
    case 'Point':
      return haversineM(o, g.coordinates as LonLat);
    case 'MultiPoint':
      return Math.min(...(g.coordinates as LonLat[]).map((p) => haversineM(o, p)));
    case 'LineString':
      return linesM(o, [g.coordinates as LonLat[]]);
    case 'MultiLineString':
      return linesM(o, g.coordinates as LonLat[][]);
    case 'Polygon':
      return polygonM(o, g.coordinates as LonLat[][]);
    case 'MultiPolygon':
      return Math.min(...(g.coordinates as LonLat[][][]).map((rings) => polygonM(o, rings)));
    default:
      throw new Error(`no distance to a ${g.type}`);
  }
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * The places within 3 km of 武进站 by the formulas above, with their distances, and those within a
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
    const d = distanceM(origin, f.geometry);
    if (Math.abs(d - RADIUS_M) < 10) borderline.add(f.properties.id);
    else if (d <= RADIUS_M) expected.set(f.properties.id, d);
  }
  const zoneMembers = new Set(features.filter((f) => f.properties.zone).map((f) => f.properties.id));
  return { expected, borderline, origin, zoneMembers };
}

describe('a selection drives the download', () => {
  test('within 3 km of 武进站, as CSV: the rows and distances a haversine over the data files gives', async () => {
    const { expected, borderline } = nearStation();
    expect(expected.size).toBeGreaterThan(3);

    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      hash: 'sel=wujin-station',
      timeoutMs: 60_000,
    });
    try {
      const { page } = atlas;
      await page.getByTestId('detail-nearby').click();
      await page.locator('[data-radius="3000"]').click();
      await page.getByTestId('near-list').waitFor();
      const download = page.waitForEvent('download');
      await page.getByTestId('near-download-csv').click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^wujin-atlas-2024-near-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = readFileSync((await file.path())!, 'utf8');
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
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  }, 180_000);

  test.each(['desktop', 'phone', 'fourK'] as const)(
    '%s: the selection is ringed on the map, and the rings go with it',
    async (viewport) => {
      const { expected, borderline, origin, zoneMembers } = nearStation();
      // Ringed: every selected place with a marker, line or outline of its own.
      const ringedIds = [...expected.keys()].filter((id) => !zoneMembers.has(id)).sort();
      expect(ringedIds.length).toBeGreaterThan(3);
      const highlightLayers = ['selection-highlight-line', 'selection-highlight-ring'];
      const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
        hash: `sel=wujin-station${viewport === 'phone' ? '&lang=en' : ''}`,
        viewport,
        timeoutMs: 60_000,
      });
      try {
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

        await page.getByTestId('within-clear').click();
        await expect.poll(ringed, { timeout: 20_000 }).toEqual([]);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    180_000,
  );
});
