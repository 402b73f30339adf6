// A streets archive made from GeoJSON rather than cut from a planet build: each zoom's tiles are
// cut from geojson-vt indexes, encoded with vt-pbf, gzipped and written as PMTiles by
// pmtiles-write.mjs, in the Protomaps basemap schema's `roads` and `water` layers the atlas
// reads. The browser tests' small fixture and the benchmark's synthetic county are made this way.
import { gzipSync } from 'node:zlib';
import vtpbf from 'vt-pbf';
import { zxyToTileId } from 'pmtiles';
import { tilesInBox } from './extract.mjs';
import { COMPRESSION, TILE_TYPE, writePmtiles } from './pmtiles-write.mjs';

/**
 * The archive's bytes and how many tiles hold something.
 * @param {{
 *   bounds: [number, number, number, number],
 *   minZoom: number,
 *   maxZoom: number,
 *   indexesAt: (z: number) => Record<string, { getTile(z: number, x: number, y: number): object | null }>,
 *   name: string,
 *   attribution: string,
 *   center: [number, number, number],
 * }} archive the box and zooms to cut, the geojson-vt index of each layer at a zoom, and what the
 *   archive's metadata says of itself
 * @returns {{ bytes: Uint8Array, tiles: number }}
 */
export function vectorArchive({ bounds, minZoom, maxZoom, indexesAt, name, attribution, center }) {
  const tiles = [];
  for (const [z, x, y] of tilesInBox([bounds[0], bounds[1], bounds[2], bounds[3]], minZoom, maxZoom)) {
    const layers = {};
    for (const [id, index] of Object.entries(indexesAt(z))) {
      const tile = index.getTile(z, x, y);
      if (tile) layers[id] = tile;
    }
    if (Object.keys(layers).length === 0) continue;
    tiles.push({
      tileId: zxyToTileId(z, x, y),
      data: new Uint8Array(gzipSync(vtpbf.fromGeojsonVt(layers, { version: 2 }))),
    });
  }
  const bytes = writePmtiles({
    tiles,
    tileType: TILE_TYPE.mvt,
    tileCompression: COMPRESSION.gzip,
    metadata: {
      name,
      attribution,
      vector_layers: [
        { id: 'roads', fields: { kind: 'String', name: 'String' } },
        { id: 'water', fields: { kind: 'String', name: 'String' } },
      ],
    },
    minZoom,
    maxZoom,
    bounds,
    center,
  });
  return { bytes, tiles: tiles.length };
}
