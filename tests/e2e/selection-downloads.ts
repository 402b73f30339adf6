// The downloads of a selection as the list saves them (CSV, KML, zipped Shapefile), each read back
// by a reader other than the atlas's writer, and held against each other and the layer files.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { GeoJsonProperties, Geometry, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { combine, parseDbf, parseShp } from 'shpjs';
import { expect } from 'vitest';
import { parseCsv } from '../oracles/csv';
import { layerFeatures } from '../oracles/layer-files';
import type { LonLat } from '../oracles/planar';

/** A place as a downloaded file holds it: id, Chinese name, the point a spreadsheet pins, distance. */
export interface SavedRow {
  id: string;
  name: string;
  lon: number;
  lat: number;
  distanceM?: number;
  /** The geometry the file carries (KML, Shapefile); the CSV has only the point. */
  geometry?: Geometry | null;
}

/** What a download button saves, as bytes, and the name it suggests. */
export async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
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

/** A feature the KML or the Shapefile holds, as a row; its Chinese name is the property `nameKey`. */
function featureRow(
  f: { properties: GeoJsonProperties; geometry: Geometry | null },
  nameKey: string,
): SavedRow {
  return {
    id: String(f.properties?.id),
    name: String(f.properties?.[nameKey]),
    lon: Number(f.properties?.lon),
    lat: Number(f.properties?.lat),
    ...(f.properties?.distance_m !== undefined ? { distanceM: Number(f.properties.distance_m) } : {}),
    geometry: f.geometry,
  };
}

/** The KML's placemarks read back by togeojson over xmldom (another reader than the writer's). */
function kmlRows(bytes: Buffer): SavedRow[] {
  const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml');
  return kml(doc as unknown as Document).features.map((f) => featureRow(f, 'name'));
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
  return layers.flatMap((l) => l.features).map((f) => featureRow(f, 'name_zh'));
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
export async function listDownloads(page: Page): Promise<SavedRow[]> {
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
