// Cuts a box out of a PMTiles archive (a public planet build over HTTP, or a local file) into a
// new archive of its own. Reading goes through the `pmtiles` library (header, directories, tile
// decompression); writing through pmtiles-write.mjs.
import { open } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { FetchSource, PMTiles, zxyToTileId } from 'pmtiles';
import { COMPRESSION, writePmtiles } from './pmtiles-write.mjs';

/** Wujin with a margin: the atlas's camera limits are wider, but streets beyond this are not needed. */
export const WUJIN_STREETS_BBOX = [119.4, 31.1, 120.6, 32.1];
export const WUJIN_STREETS_MAX_ZOOM = 15;

/** A local archive read with positioned reads (the library's own FileSource is for browsers). */
export class NodeFileSource {
  constructor(path) {
    this.path = path;
    this.handle = null;
  }
  getKey() {
    return this.path;
  }
  async getBytes(offset, length) {
    this.handle ??= await open(this.path, 'r');
    const buffer = new Uint8Array(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(0, bytesRead) };
  }
  async close() {
    await this.handle?.close();
    this.handle = null;
  }
}

/** Tile column and row of a point at zoom z (web mercator, XYZ scheme). */
export function tileOf(lon, lat, z) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** Every tile touching the box at zooms minZoom … maxZoom. */
export function tilesInBox([west, south, east, north], minZoom, maxZoom) {
  const out = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, y0] = tileOf(west, north, z);
    const [x1, y1] = tileOf(east, south, z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([z, x, y]);
  }
  return out;
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function pool(items, limit, task) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i], i);
    }
  });
  await Promise.all(workers);
}

/**
 * Extracts `bbox` at zooms up to `maxZoom` from `source` (https URL or file path).
 * @returns {Promise<{ bytes: Uint8Array, tiles: number, header: object }>}
 */
export async function extractStreets(source, options = {}) {
  const bbox = options.bbox ?? WUJIN_STREETS_BBOX;
  const remote = /^https?:\/\//i.test(source);
  const src = remote ? new FetchSource(source) : new NodeFileSource(source);
  try {
    const archive = new PMTiles(src);
    const header = await archive.getHeader();
    const metadata = await archive.getMetadata();
    const minZoom = header.minZoom;
    const maxZoom = Math.min(header.maxZoom, options.maxZoom ?? WUJIN_STREETS_MAX_ZOOM);
    const wanted = tilesInBox(bbox, minZoom, maxZoom);
    const tiles = [];
    const log = options.log ?? (() => {});
    let done = 0;
    await pool(wanted, remote ? 24 : 8, async ([z, x, y]) => {
      const tile = await archive.getZxy(z, x, y);
      done++;
      if (done % 2000 === 0) log(`${done} / ${wanted.length} tiles read`);
      if (!tile) return;
      // The library hands tiles out decompressed; they are stored gzipped again, as the reader expects.
      const raw = new Uint8Array(tile.data);
      const data = header.tileCompression === COMPRESSION.gzip ? new Uint8Array(gzipSync(raw)) : raw;
      tiles.push({ tileId: zxyToTileId(z, x, y), data });
    });
    const meta = metadata && typeof metadata === 'object' ? metadata : {};
    const bytes = writePmtiles({
      tiles,
      tileType: header.tileType,
      tileCompression: header.tileCompression === COMPRESSION.gzip ? COMPRESSION.gzip : COMPRESSION.none,
      metadata: {
        ...meta,
        extract: { bbox, minzoom: minZoom, maxzoom: maxZoom, date: new Date().toISOString().slice(0, 10) },
      },
      minZoom,
      maxZoom,
      bounds: bbox,
      center: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2, Math.min(maxZoom, 11)],
      leafLimitBytes: options.leafLimitBytes,
    });
    return { bytes, tiles: tiles.length, header };
  } finally {
    if (src instanceof NodeFileSource) await src.close();
  }
}
