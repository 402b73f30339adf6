// A selection that drives a download: everything within 3 km of 武进站, as CSV. The rows must be
// exactly the places whose distance, computed here from the coordinates in geo/layers/*.geojson
// (haversine to points; to the nearest side of lines and area outlines on a local flat projection;
// 0 inside an area), is at most 3 km, and the distance column must agree with that distance.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { combine, parseDbf, parseShp } from 'shpjs';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, mapIdle, openAtlas, renderedIds, screenshot, useAtlas } from './harness';
import { EARTH_RADIUS_M, haversineM } from '../oracles/haversine';
import { parseCsv } from '../oracles/csv';

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

/** A place as a downloaded file holds it: id, Chinese name, the point a spreadsheet pins, distance. */
interface SavedRow {
  id: string;
  name: string;
  lon: number;
  lat: number;
  distanceM?: number;
  /** The geometry the file carries (KML, Shapefile); the CSV has only the point. */
  geometry?: Geometry | null;
}

/** What a download button saves, as bytes, and the name it suggests. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await saved;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The CSV's rows, by its Chinese headers (a page in Chinese). */
function csvRows(bytes: Buffer): SavedRow[] {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  const col = (name: string) => header.indexOf(name);
  const distance = col('距离（米）');
  return rows.map((r) => ({
    id: r[col('编号')],
    name: r[col('名称')],
    lon: Number(r[col('经度')]),
    lat: Number(r[col('纬度')]),
    ...(distance >= 0 ? { distanceM: Number(r[distance]) } : {}),
  }));
}

/** The KML's placemarks read back by togeojson over xmldom (another reader than the writer's). */
function kmlRows(bytes: Buffer): SavedRow[] {
  const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml');
  return kml(doc as unknown as Document).features.map((f) => ({
    id: String(f.properties?.id),
    name: String(f.properties?.name),
    lon: Number(f.properties?.lon),
    lat: Number(f.properties?.lat),
    ...(f.properties?.distance_m !== undefined ? { distanceM: Number(f.properties.distance_m) } : {}),
    geometry: f.geometry,
  }));
}

/** The zipped Shapefile's layers read back by shpjs: geometry from each .shp with its .prj, table from the .dbf in its .cpg's encoding. */
function shapefileRows(bytes: Buffer): SavedRow[] {
  const files = unzipSync(new Uint8Array(bytes));
  const layers = Object.keys(files)
    .filter((n) => n.endsWith('.shp'))
    .map((shp) => {
      const base = shp.slice(0, -4);
      return combine([
        parseShp(files[shp], strFromU8(files[`${base}.prj`])),
        parseDbf(files[`${base}.dbf`], strFromU8(files[`${base}.cpg`])),
      ]);
    });
  expect(layers.length).toBeGreaterThan(0);
  return layers
    .flatMap((l) => l.features)
    .map((f) => ({
      id: String(f.properties?.id),
      name: String(f.properties?.name_zh),
      lon: Number(f.properties?.lon),
      lat: Number(f.properties?.lat),
      ...(f.properties?.distance_m !== undefined ? { distanceM: Number(f.properties.distance_m) } : {}),
      geometry: f.geometry,
    }));
}

/**
 * A KML or Shapefile download holds the CSV's places, no more and no fewer, with the same names,
 * points (within 1e-6°) and distances; a point place's own geometry is where the data file puts it.
 */
function expectSameAsCsv(csv: SavedRow[], other: SavedRow[], what: string): void {
  expect(other.map((r) => r.id).sort(), what).toEqual(csv.map((r) => r.id).sort());
  const data = new Map(layerFeatures().map((f) => [f.properties.id, f.geometry]));
  for (const row of csv) {
    const back = other.find((r) => r.id === row.id)!;
    expect(back.name, `${what} ${row.id}`).toBe(row.name);
    expect(Math.abs(back.lon - row.lon), `${what} ${row.id} lon`).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(back.lat - row.lat), `${what} ${row.id} lat`).toBeLessThanOrEqual(1e-6);
    expect(back.distanceM, `${what} ${row.id} distance`).toBe(row.distanceM);
    const own = data.get(row.id);
    if (own?.type === 'Point') {
      const [lon, lat] = (back.geometry as Point).coordinates;
      const [dataLon, dataLat] = own.coordinates as LonLat;
      expect(Math.abs(lon - dataLon), `${what} ${row.id} point`).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(lat - dataLat), `${what} ${row.id} point`).toBeLessThanOrEqual(1e-6);
    }
  }
}

/** The list's CSV, KML and Shapefile of the current selection: the latter two agree with the CSV. */
async function listDownloads(page: Page): Promise<SavedRow[]> {
  const csv = await download(page, 'list-download-csv');
  expect(csv.name).toMatch(/\.csv$/);
  const rows = csvRows(csv.bytes);
  const kmlFile = await download(page, 'list-download-kml');
  expect(kmlFile.name).toMatch(/\.kml$/);
  expectSameAsCsv(rows, kmlRows(kmlFile.bytes), 'KML');
  const shp = await download(page, 'list-download-shp');
  expect(shp.name).toMatch(/\.zip$/);
  expectSameAsCsv(rows, shapefileRows(shp.bytes), 'Shapefile');
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
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    180_000,
  );
});

describe('report places inside my polygon', () => {
  /** The planner's area, around 武进站 and the south of the hi-tech zone (drawn for this test). */
  const AREA: LonLat[] = [
    [119.9, 31.64],
    [119.99, 31.635],
    [120.0, 31.68],
    [119.95, 31.7],
    [119.895, 31.68],
    [119.9, 31.64],
  ];
  const areaFile = {
    name: 'my-area.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '规划片区' },
            geometry: { type: 'Polygon', coordinates: [AREA] },
          },
        ],
      }),
    ),
  };

  function cross(o: LonLat, a: LonLat, b: LonLat): number {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }
  function segmentsCross(a: LonLat, b: LonLat, c: LonLat, d: LonLat): boolean {
    return cross(c, d, a) * cross(c, d, b) < 0 && cross(a, b, c) * cross(a, b, d) < 0;
  }

  /**
   * A place touches or lies in the area: one of its vertices inside it (ray casting), one of the
   * area's corners inside the place's own area, or one of its sides crossing the area's outline.
   */
  function touchesArea(g: { type: string; coordinates: unknown }): boolean {
    const c = g.coordinates;
    const paths: LonLat[][] =
      g.type === 'Point'
        ? [[c as LonLat]]
        : g.type === 'MultiPoint' || g.type === 'LineString'
          ? [c as LonLat[]]
          : g.type === 'MultiLineString' || g.type === 'Polygon'
            ? (c as LonLat[][])
            : (c as LonLat[][][]).flat();
    const areas: LonLat[][][] =
      g.type === 'Polygon' ? [c as LonLat[][]] : g.type === 'MultiPolygon' ? (c as LonLat[][][]) : [];
    if (paths.flat().some((p) => inRing(p, AREA))) return true;
    if (
      areas.some((rings) =>
        AREA.some((p) => inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h))),
      )
    )
      return true;
    return paths.some((path) =>
      path.some(
        (a, i) => i > 0 && AREA.some((c2, j) => j > 0 && segmentsCross(path[i - 1], a, AREA[j - 1], c2)),
      ),
    );
  }

  test('a polygon of my own selects the places it holds; the list and every download hold exactly them', async () => {
    const inside = new Set<string>();
    for (const f of layerFeatures()) {
      if (!f.geometry || f.properties.unlocated) continue;
      // Nothing lies within 100 m of the outline, where the two methods could disagree.
      const vertex = f.geometry.type === 'Point' ? [f.geometry.coordinates as LonLat] : [];
      for (const p of vertex) expect(linesM(p, [AREA]), f.properties.id).toBeGreaterThan(100);
      if (touchesArea(f.geometry)) inside.add(f.properties.id);
    }
    expect(inside.size).toBeGreaterThan(5);

    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      hash: 'panel=layers',
      timeoutMs: 60_000,
    });
    try {
      const { page } = atlas;
      await page.getByTestId('user-data-file').setInputFiles(areaFile);
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent(), { timeout: 20_000 })
        .toContain('my-area.geojson');
      await page.getByTestId('layer-table').click();
      await page.locator('[data-testid="table-row"] .name', { hasText: '规划片区' }).click();
      await page.getByTestId('user-feature').getByTestId('select-within-inside').click();
      await expect.poll(() => page.getByTestId('within-bar').textContent()).toContain(`${inside.size}`);
      const rows = await listDownloads(page);
      expect(rows.map((r) => r.id).sort()).toEqual([...inside].sort());
      // Selected by where they lie, not by distance: no distance column.
      expect(rows.every((r) => r.distanceM === undefined)).toBe(true);
      expect(await page.getByTestId('list-count').textContent()).toContain(`${inside.size}`);
      await screenshot(atlas, 'selection-inside-polygon-desktop');
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  }, 180_000);
});
