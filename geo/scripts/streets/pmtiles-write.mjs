// Writes a PMTiles v3 archive (the format the atlas's street extract is kept in): a 127-byte
// header, the root directory, the JSON metadata, leaf directories and the tile data, in that
// order. Directories are varint-encoded and gzip-compressed; identical tiles are stored once and
// runs of consecutive tile ids with the same content become one directory entry (run length),
// with the tile data clustered in tile-id (Hilbert) order, as the specification recommends.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Compression codes of the PMTiles header. */
export const COMPRESSION = { none: 1, gzip: 2 };
/** Tile type codes of the PMTiles header. */
export const TILE_TYPE = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 };

const HEADER_BYTES = 127;
/** The first request a reader makes is 16 KiB: header and root directory must fit in it. */
const FIRST_FETCH_BYTES = 16_384;

/** Appends an unsigned varint; plain arithmetic, since tile ids and offsets can exceed 2^31. */
function pushVarint(out, value) {
  let n = value;
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

/**
 * Directory entries in their columnar varint form: count, tile-id deltas, run lengths, lengths,
 * then offsets (0 for "right after the previous entry", else offset + 1).
 */
export function encodeDirectory(entries) {
  const out = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

function setUint64(view, offset, value) {
  view.setBigUint64(offset, BigInt(value), true);
}

function e7(degrees) {
  return Math.round(degrees * 1e7);
}

/**
 * Tile entries from tiles sorted by id: one copy of each distinct content, runs merged.
 * @param {{ tileId: number, data: Uint8Array }[]} tiles sorted by tileId, ids unique
 */
function layOutTiles(tiles) {
  const offsetOf = new Map();
  const chunks = [];
  let dataLength = 0;
  const entries = [];
  for (const { tileId, data } of tiles) {
    const hash = createHash('sha256').update(data).digest('hex');
    let offset = offsetOf.get(hash);
    if (offset === undefined) {
      offset = dataLength;
      offsetOf.set(hash, offset);
      chunks.push(data);
      dataLength += data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === offset && last.tileId + last.runLength === tileId) {
      last.runLength += 1;
    } else {
      entries.push({ tileId, offset, length: data.length, runLength: 1 });
    }
  }
  return { entries, chunks, dataLength, contents: offsetOf.size };
}

/**
 * Root and leaf directories. The root holds every entry if it fits in the first fetch; otherwise
 * entries go into leaves of `leafSize` entries (doubled until the root of leaf pointers fits).
 */
function layOutDirectories(entries, compress, maxRootBytes) {
  const rootOnly = compress(encodeDirectory(entries));
  if (rootOnly.length <= maxRootBytes) return { root: rootOnly, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafChunks = [];
    const rootEntries = [];
    let leavesLength = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = compress(encodeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({
        tileId: entries[i].tileId,
        offset: leavesLength,
        length: leaf.length,
        runLength: 0,
      });
      leafChunks.push(leaf);
      leavesLength += leaf.length;
    }
    const root = compress(encodeDirectory(rootEntries));
    if (root.length <= maxRootBytes || rootEntries.length === 1) {
      return { root, leaves: concat(leafChunks, leavesLength) };
    }
  }
}

function concat(chunks, length) {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * A complete archive in memory.
 * @param {object} input
 * @param {{ tileId: number, data: Uint8Array }[]} input.tiles tile contents as they are to be stored
 *   (already compressed with `tileCompression`), any order, ids unique
 * @param {number} input.tileType a TILE_TYPE code
 * @param {number} input.tileCompression a COMPRESSION code, how `data` is compressed
 * @param {object} input.metadata JSON metadata (vector_layers, attribution …)
 * @param {number} input.minZoom
 * @param {number} input.maxZoom
 * @param {[number, number, number, number]} input.bounds west, south, east, north in degrees
 * @param {[number, number, number]} input.center lon, lat, zoom
 * @param {number} [input.leafLimitBytes] largest root directory before leaves are used (tests lower it)
 * @returns {Uint8Array}
 */
export function writePmtiles(input) {
  const tiles = [...input.tiles].sort((a, b) => a.tileId - b.tileId);
  for (let i = 1; i < tiles.length; i++) {
    if (tiles[i].tileId === tiles[i - 1].tileId) throw new Error(`tile id ${tiles[i].tileId} appears twice`);
  }
  const compress = (bytes) => new Uint8Array(gzipSync(bytes));
  const { entries, chunks, dataLength, contents } = layOutTiles(tiles);
  const maxRoot = input.leafLimitBytes ?? FIRST_FETCH_BYTES - HEADER_BYTES;
  const { root, leaves } = layOutDirectories(entries, compress, maxRoot);
  const metadata = compress(new TextEncoder().encode(JSON.stringify(input.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const total = dataOffset + dataLength;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = 3;
  setUint64(view, 8, rootOffset);
  setUint64(view, 16, root.length);
  setUint64(view, 24, metadataOffset);
  setUint64(view, 32, metadata.length);
  setUint64(view, 40, leavesOffset);
  setUint64(view, 48, leaves.length);
  setUint64(view, 56, dataOffset);
  setUint64(view, 64, dataLength);
  setUint64(view, 72, tiles.length);
  setUint64(view, 80, entries.length);
  setUint64(view, 88, contents);
  out[96] = 1; // clustered: tile data in tile-id order
  out[97] = COMPRESSION.gzip; // directories and metadata
  out[98] = input.tileCompression;
  out[99] = input.tileType;
  out[100] = input.minZoom;
  out[101] = input.maxZoom;
  const [west, south, east, north] = input.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  out[118] = input.center[2];
  view.setInt32(119, e7(input.center[0]), true);
  view.setInt32(123, e7(input.center[1]), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  out.set(leaves, leavesOffset);
  let at = dataOffset;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
