/**
 * The listed places as a zipped Shapefile for desktop GIS (ArcGIS, QGIS, 南方CASS …): one layer
 * per kind of geometry (points, lines, areas), each with its .shp, .shx, .dbf, a .prj (WGS84
 * longitude/latitude, as the atlas's data) and a .cpg saying the .dbf's text is UTF-8. Places
 * with no geometry are left out (the CSV keeps them).
 *
 * The .dbf writer puts one byte per character, so text is handed to it already as UTF-8 bytes,
 * cut to the 254 bytes a field holds at a character's boundary. Its ready-made zip would give
 * polygons and multipolygons the same file name and join all lines into one record, so the
 * layers are grouped here and zipped with fflate.
 */
import write from '@mapbox/shp-write/src/write.js';
import { rewind } from '@turf/turf';
import { strToU8, zipSync } from 'fflate';
import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';
import type { PlaceFeature } from '../catalog/types';
import { placeRecord, type RecordContext } from './places-records';

/** WGS84 longitude/latitude, in the words ArcGIS writes it. */
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const FIELD_BYTES = 254;

/** A string as its UTF-8 bytes, one character per byte, no longer than a .dbf field holds. */
function dbfText(text: string): string {
  let bytes = new TextEncoder().encode(text);
  if (bytes.length > FIELD_BYTES) {
    let end = FIELD_BYTES;
    // Never cut a character: step back over continuation bytes (10xxxxxx).
    while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
    bytes = bytes.slice(0, end);
  }
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

type Layer = 'points' | 'lines' | 'areas';
const SHP_TYPE = { points: 'POINT', lines: 'POLYLINE', areas: 'POLYGON' } as const;

/** The shapefile writer's form of a geometry: a point's position, a line's parts, an area's rings. */
function shapeOf(g: Geometry): { layer: Layer; shape: unknown }[] {
  switch (g.type) {
    case 'Point':
      return [{ layer: 'points', shape: g.coordinates }];
    case 'MultiPoint':
      return g.coordinates.map((c) => ({ layer: 'points' as const, shape: c }));
    case 'LineString':
      return [{ layer: 'lines', shape: [g.coordinates] }];
    case 'MultiLineString':
      return [{ layer: 'lines', shape: g.coordinates }];
    case 'Polygon':
    case 'MultiPolygon': {
      // Shapefile rings run the other way round from GeoJSON's: outer rings clockwise.
      const turned = rewind(g, { reverse: true }) as Polygon | MultiPolygon;
      return [{ layer: 'areas', shape: turned.coordinates as Position[][] | Position[][][] }];
    }
    case 'GeometryCollection':
      return g.geometries.flatMap(shapeOf);
  }
}

/** The places as a .zip of Shapefile layers (`<base>-points.shp`, `-lines`, `-areas`). */
export function placesShapefile(
  places: readonly PlaceFeature[],
  ctx: RecordContext,
  base: string,
  distancesM?: ReadonlyMap<string, number>,
): Uint8Array {
  const layers: Record<Layer, { rows: Record<string, string | number>[]; shapes: unknown[] }> = {
    points: { rows: [], shapes: [] },
    lines: { rows: [], shapes: [] },
    areas: { rows: [], shapes: [] },
  };
  for (const place of places) {
    if (!place.geometry) continue;
    const record = placeRecord(place, ctx, distancesM);
    const row = Object.fromEntries(
      Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? dbfText(v) : v]),
    );
    for (const { layer, shape } of shapeOf(place.geometry)) {
      layers[layer].rows.push(row);
      layers[layer].shapes.push(shape);
    }
  }
  const files: Record<string, Uint8Array> = {};
  for (const layer of ['points', 'lines', 'areas'] as const) {
    const { rows, shapes } = layers[layer];
    if (shapes.length === 0) continue;
    write(rows, SHP_TYPE[layer], shapes, (_error, out) => {
      const name = `${base}-${layer}`;
      files[`${name}.shp`] = new Uint8Array(out.shp.buffer);
      files[`${name}.shx`] = new Uint8Array(out.shx.buffer);
      files[`${name}.dbf`] = new Uint8Array(out.dbf.buffer);
      files[`${name}.prj`] = strToU8(WGS84_PRJ);
      files[`${name}.cpg`] = strToU8('UTF-8');
    });
  }
  return zipSync(files);
}
