/**
 * Reads the files a planner chose or dropped together, whatever their format, into layers of the
 * atlas: one layer per file, except a Shapefile's parts (.shp .dbf .prj .cpg .shx) chosen
 * together, which make one. Each format's reader is loaded only when a file of that format comes.
 * Runs in a Web Worker (import.worker.ts) and, the same code, in unit tests.
 */
import {
  buildUserData,
  MAX_USER_FILE_BYTES,
  say,
  shownName,
  type UserCrs,
  type UserDataResult,
} from '../geo/user-data';
import type { ShapefileParts } from './formats/shapefile';
import { splitName, unzip } from './formats/zip';
import { decodeText } from './text';
import type { ImportFile, Reading } from './types';

const SHAPEFILE_PARTS = new Set(['shp', 'dbf', 'prj', 'cpg', 'shx']);

/** What a file's first bytes say it is, when its name does not. */
function sniff(bytes: Uint8Array): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  const head = decodeText(bytes.subarray(0, 512)).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) return 'xml';
  return '';
}

async function readOne(name: string, ext: string, bytes: Uint8Array): Promise<Reading> {
  const kind = ext || sniff(bytes);
  switch (kind) {
    case 'geojson':
    case 'json':
      return (await import('./formats/geojson')).readGeoJson(name, bytes);
    case 'kml':
    case 'gpx':
    case 'xml':
      return (await import('./formats/xml')).readXml(name, bytes);
    case 'kmz':
      return (await import('./formats/xml')).readKmz(name, bytes);
    case 'csv':
    case 'txt':
      return (await import('./formats/table')).readCsv(name, decodeText(bytes));
    case 'xlsx':
      return (await import('./formats/table')).readXlsx(name, bytes);
    case 'dxf':
      return (await import('./formats/dxf')).readDxf(name, bytes);
    case 'zip':
      return readZip(name, bytes);
    default: {
      const sniffed = ext ? sniff(bytes) : '';
      return sniffed
        ? readOne(name, sniffed, bytes)
        : { ok: false, problem: say('unknownFormat', shownName(name)) };
    }
  }
}

async function readShapefiles(groups: ShapefileParts[]): Promise<Reading[]> {
  const { readShapefile } = await import('./formats/shapefile');
  return groups.map(readShapefile);
}

/** A zipped Shapefile (one layer per .shp inside), or a zipped KML, GeoJSON, DXF, table… */
async function readZip(name: string, bytes: Uint8Array): Promise<Reading> {
  const entries = unzip(bytes);
  if (!entries) return { ok: false, problem: say('zipBroken', shownName(name)) };
  const { shapefiles, others } = group([...entries].map(([path, data]) => ({ path, data })));
  const readings = [
    ...(await readShapefiles(shapefiles.filter((s) => s.shp))),
    ...(await Promise.all(others.map((o) => readOne(o.path, splitName(o.path).ext, o.data)))),
  ];
  const layers = readings.flatMap((r) => (r.ok ? r.layers : []));
  if (layers.length === 0) {
    const problem = readings.find((r) => !r.ok);
    return problem ?? { ok: false, problem: say('zipEmpty', shownName(name)) };
  }
  // Layers inside an archive are named after it: "roads.zip · roads".
  return {
    ok: true,
    layers: layers.map((l) => ({
      ...l,
      name: layers.length === 1 ? name : `${name} · ${splitName(l.name).base}`,
    })),
  };
}

/** Shapefile parts by their common name; every other file on its own. */
function group(files: { path: string; data: Uint8Array }[]): {
  shapefiles: ShapefileParts[];
  others: { path: string; data: Uint8Array }[];
} {
  const byBase = new Map<string, ShapefileParts>();
  const others: { path: string; data: Uint8Array }[] = [];
  for (const f of files) {
    const { base, ext } = splitName(f.path);
    if (!SHAPEFILE_PARTS.has(ext)) {
      others.push(f);
      continue;
    }
    const key = base.toLowerCase();
    const parts = byBase.get(key) ?? { name: `${base}.shp` };
    if (ext !== 'shx') parts[ext as 'shp' | 'dbf' | 'prj' | 'cpg'] = f.data;
    byBase.set(key, parts);
  }
  return { shapefiles: [...byBase.values()], others };
}

/**
 * Every layer of the files, checked and in WGS84, or the reason a file gives none. `onProgress`
 * hears the share of the work done (0–1).
 */
export async function readFiles(
  files: readonly ImportFile[],
  crs: UserCrs,
  onProgress: (fraction: number) => void = () => {},
): Promise<UserDataResult[]> {
  const out: UserDataResult[] = [];
  const fresh: { path: string; data: Uint8Array }[] = [];
  for (const f of files) {
    if (f.bytes.byteLength > MAX_USER_FILE_BYTES)
      out.push({ ok: false, problem: say('tooLarge', shownName(f.name), MAX_USER_FILE_BYTES / 1024 / 1024) });
    else fresh.push({ path: f.name, data: new Uint8Array(f.bytes) });
  }
  const { shapefiles, others } = group(fresh);
  // A lone .dbf or .prj is named after the .shp it needs.
  const shpReadings = shapefiles.length ? await readShapefiles(shapefiles) : [];
  const readings: Reading[] = [...shpReadings];
  for (const [i, o] of others.entries()) {
    onProgress((0.3 * i) / others.length);
    readings.push(await readOne(o.path, splitName(o.path).ext, o.data));
  }
  onProgress(0.3);
  const layers = readings.flatMap((r) => (r.ok ? r.layers : []));
  for (const r of readings) if (!r.ok) out.push(r);
  for (const [i, layer] of layers.entries())
    out.push(buildUserData(layer, crs, (f) => onProgress(0.3 + (0.7 * (i + f)) / layers.length)));
  onProgress(1);
  return out;
}
