/**
 * Tables of points: CSV/TXT (papaparse; UTF-8 or GBK as Excel saves it, comma, semicolon or tab)
 * and the first sheet of an XLSX workbook (read-excel-file). The first row names the columns;
 * coordinates come from 经度/纬度, lon/lat (lng, long, longitude/latitude) or X/Y columns, in
 * degrees or in Gauss–Krüger metres. Chinese surveying names northing X and easting Y, GIS the
 * other way round: in metres the northing is told apart by its size (millions of metres, where a
 * zone-prefixed easting has tens of millions and a bare one less than a million).
 */
import { say, shownName, type ImportFormat, type RawLayer } from '../../geo/user-data';
import type { Reading } from '../types';

type Cell = string | number | boolean | null;

const LON = ['经度', '东经', 'lon', 'lng', 'long', 'longitude', 'lon_wgs84', 'wgs84_lon'];
const LAT = ['纬度', '北纬', 'lat', 'latitude', 'lat_wgs84', 'wgs84_lat'];
const X = ['x', 'x坐标', 'point_x', 'easting', 'e'];
const Y = ['y', 'y坐标', 'point_y', 'northing', 'n'];

function normal(header: Cell): string {
  return String(header ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[（(].*[)）]$/, '')
    .trim();
}

function findColumn(headers: string[], names: string[]): number {
  for (const name of names) {
    const i = headers.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

function number(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  const n = Number(cell.trim().replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** [easting or longitude, northing or latitude] from a row's two coordinate cells. */
function position(a: number, b: number, metres: boolean): [number, number] {
  if (!metres) return [a, b];
  const isNorthing = (v: number) => v >= 1_000_000 && v < 10_000_000;
  return isNorthing(a) && !isNorthing(b) ? [b, a] : [a, b];
}

/** Points from rows whose first row names the columns. */
export function rowsToLayer(name: string, format: ImportFormat, rows: Cell[][]): Reading {
  const file = shownName(name);
  if (rows.length === 0) return { ok: false, problem: say('noFeatures', file) };
  const headers = rows[0].map(normal);
  let xi = findColumn(headers, LON);
  let yi = findColumn(headers, LAT);
  if (xi < 0 || yi < 0) {
    xi = findColumn(headers, X);
    yi = findColumn(headers, Y);
  }
  if (xi < 0 || yi < 0) return { ok: false, problem: say('tableNoColumns', file) };
  const keys = rows[0].map(
    (h, i) =>
      String(h ?? '')
        .replace(/^\uFEFF/, '')
        .trim() || `column ${i + 1}`,
  );
  const features: unknown[] = [];
  let without = 0;
  for (const row of rows.slice(1)) {
    if (row.every((c) => c === null || c === '')) continue;
    const a = number(row[xi]);
    const b = number(row[yi]);
    if (a === null || b === null) {
      without++;
      continue;
    }
    const metres = Math.abs(a) > 1000 || Math.abs(b) > 1000;
    features.push({
      type: 'Feature',
      properties: Object.fromEntries(
        keys.flatMap((key, i) => (i === xi || i === yi ? [] : [[key, row[i] ?? null]])),
      ),
      geometry: { type: 'Point', coordinates: position(a, b, metres) },
    });
  }
  const layer: RawLayer = { name, format, features, declared: null };
  if (without > 0) layer.notices = [say('rowsWithoutCoordinates', file, without)];
  return { ok: true, layers: [layer] };
}

export async function readCsv(name: string, text: string): Promise<Reading> {
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  if (parsed.data.length === 0) return { ok: false, problem: say('tableBroken', shownName(name)) };
  return rowsToLayer(name, 'csv', parsed.data);
}

export async function readXlsx(name: string, bytes: Uint8Array): Promise<Reading> {
  const { readSheet } = await import('read-excel-file/universal');
  let rows: Cell[][];
  try {
    const sheet = await readSheet(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    rows = sheet.map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell as Cell))),
    );
  } catch {
    return { ok: false, problem: say('tableBroken', shownName(name)) };
  }
  return rowsToLayer(name, 'xlsx', rows);
}
