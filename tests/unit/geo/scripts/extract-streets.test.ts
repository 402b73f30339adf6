/**
 * The street extract: a box cut out of a larger archive keeps exactly the tiles that touch the box,
 * byte for byte, at the zooms asked for, and is a valid PMTiles v3 archive for the `pmtiles` reader
 * (with leaf directories too). The source archive is made by the tests' own minimal writer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { readFile } from 'node:fs/promises';
import { extractStreets } from '../../../../geo/scripts/streets/extract.mjs';
import { writePmtiles } from '../../../../geo/scripts/streets/pmtiles-write.mjs';
import {
  fixtureArchive,
  fixtureTileId,
  fixtureTileXY,
  type FixtureTile,
} from '../../../fixtures/pmtiles-minimal';

/** A whole archive in memory as a reader source. */
function memorySource(bytes: Uint8Array, key = 'memory'): Source {
  return {
    getKey: () => key,
    getBytes: async (offset: number, length: number) => ({
      data: bytes.slice(offset, offset + length).buffer,
    }),
  };
}

const WIDE: [number, number, number, number] = [118.5, 30.5, 121.5, 32.8];
const BOX: [number, number, number, number] = [119.4, 31.1, 120.6, 32.1];
const SOURCE_MAX_ZOOM = 12;

/** Each tile's content names it, except a stretch of identical "sea" tiles at zoom 12. */
function content(z: number, x: number, y: number): Uint8Array {
  const sea = z === 12 && y % 3 === 0;
  return new TextEncoder().encode(sea ? 'sea' : `tile ${z}/${x}/${y}`);
}

function tilesOf(bbox: [number, number, number, number], minZ: number, maxZ: number): FixtureTile[] {
  const out: FixtureTile[] = [];
  for (let z = minZ; z <= maxZ; z++) {
    const [x0, y0] = fixtureTileXY(bbox[0], bbox[3], z);
    const [x1, y1] = fixtureTileXY(bbox[2], bbox[1], z);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) out.push({ z, x, y, data: content(z, x, y) });
  }
  return out;
}

let dir: string;
let sourcePath: string;
const sourceTiles = tilesOf(WIDE, 0, SOURCE_MAX_ZOOM);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-streets-'));
  sourcePath = join(dir, 'planet-fixture.pmtiles');
  writeFileSync(
    sourcePath,
    fixtureArchive(sourceTiles, {
      tileType: 1,
      minZoom: 0,
      maxZoom: SOURCE_MAX_ZOOM,
      bounds: WIDE,
      metadata: { attribution: '© OpenStreetMap contributors', vector_layers: [{ id: 'roads' }] },
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the fixture writer agrees with the pmtiles reader', () => {
  it('finds a tile by z/x/y', async () => {
    const reader = new PMTiles(memorySource(new Uint8Array(await readFile(sourcePath)), 'src'));
    const [x, y] = fixtureTileXY(119.9424, 31.6603, 12);
    const tile = await reader.getZxy(12, x, y);
    expect(new Uint8Array(tile!.data)).toEqual(content(12, x, y));
  });
});

describe('extracting the Wujin box', () => {
  for (const leaves of [false, true]) {
    it(`keeps exactly the tiles touching the box, byte for byte${leaves ? ', through leaf directories' : ''}`, async () => {
      const { bytes } = await extractStreets(sourcePath, {
        bbox: BOX,
        maxZoom: 11,
        // A tiny limit forces the root directory to point at leaves.
        leafLimitBytes: leaves ? 60 : undefined,
      });
      const reader = new PMTiles(memorySource(bytes, leaves ? 'leaves' : 'root'));
      const header = await reader.getHeader();
      const expected = tilesOf(BOX, 0, 11);
      expect(header.specVersion).toBe(3);
      expect(header.minZoom).toBe(0);
      expect(header.maxZoom).toBe(11);
      expect(header.tileType).toBe(1);
      expect(header.clustered).toBe(true);
      expect(header.numAddressedTiles).toBe(expected.length);
      expect(header.minLon).toBeCloseTo(BOX[0], 6);
      expect(header.maxLat).toBeCloseTo(BOX[3], 6);
      if (leaves) expect(header.leafDirectoryLength).toBeGreaterThan(0);
      else expect(header.leafDirectoryLength).toBe(0);

      for (const t of expected) {
        const got = await reader.getZxy(t.z, t.x, t.y);
        expect(got, `tile ${t.z}/${t.x}/${t.y}`).toBeDefined();
        expect(new Uint8Array(got!.data)).toEqual(t.data);
      }
      // Just outside the box, and beyond the zooms asked for: absent.
      const [xw, yw] = fixtureTileXY(BOX[0], 31.6, 11);
      expect(await reader.getZxy(11, xw - 1, yw)).toBeUndefined();
      const [x12, y12] = fixtureTileXY(119.9424, 31.6603, 12);
      expect(await reader.getZxy(12, x12, y12)).toBeUndefined();
      const metadata = (await reader.getMetadata()) as { attribution?: string };
      expect(metadata.attribution).toBe('© OpenStreetMap contributors');
    });
  }

  it('stores identical tiles once and merges runs of them', async () => {
    const { bytes } = await extractStreets(sourcePath, { bbox: BOX, maxZoom: 12 });
    const reader = new PMTiles(memorySource(bytes, 'runs'));
    const header = await reader.getHeader();
    const seaTiles = tilesOf(BOX, 12, 12).filter((t) => t.y % 3 === 0).length;
    expect(seaTiles).toBeGreaterThan(10);
    const all = tilesOf(BOX, 0, 12).length;
    expect(header.numAddressedTiles).toBe(all);
    expect(header.numTileContents).toBe(all - seaTiles + 1);
    expect(header.numTileEntries).toBeLessThan(all);
  });
});

describe('the writer', () => {
  it('writes ids the reader finds, with gzip directories and tiles', async () => {
    const tiles = [
      [0, 0, 0],
      [5, 26, 13],
      [14, 13650, 6623],
    ].map(([z, x, y]) => ({
      tileId: fixtureTileId(z, x, y),
      data: new Uint8Array(gzipSync(new TextEncoder().encode(`t${z}`))),
    }));
    const bytes = writePmtiles({
      tiles,
      tileType: 1,
      tileCompression: 2,
      metadata: {},
      minZoom: 0,
      maxZoom: 14,
      bounds: BOX,
      center: [120, 31.6, 10],
    });
    const reader = new PMTiles(memorySource(bytes, 'writer'));
    const tile = await reader.getZxy(14, 13650, 6623);
    expect(new TextDecoder().decode(tile!.data)).toBe('t14');
    const header = await reader.getHeader();
    expect(header.internalCompression).toBe(2);
    expect(header.tileCompression).toBe(2);
  });
});
