/**
 * The reader's features on their way from its worker to the page, as flat typed arrays that move
 * without copying (transferred), in batches: posting nested coordinate arrays instead costs the page
 * about 0.7 s to unpack for a 100,000-vertex outline, in one task. Positions keep two ordinates.
 */
import type { Feature, Geometry, Position } from 'geojson';

type Drawable = Exclude<Geometry, { type: 'GeometryCollection' }>;
const TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
const DEPTHS = [0, 1, 1, 2, 2, 3];

export interface FeatureBatch {
  properties: Feature['properties'][];
  /** Index into TYPES per feature. */
  types: Uint8Array;
  /** Per feature and nesting level: the count of items, depth first. */
  lengths: Uint32Array;
  /** x, y of every position. */
  coords: Float64Array;
}

/** Features per batch: each batch is unpacked in one task of the page, well under 100 ms. */
export const BATCH_FEATURES = 5_000;

export function encodeBatch(features: readonly Feature[]): FeatureBatch {
  const lengths: number[] = [];
  let positions = 0;
  const count = (value: unknown, depth: number): void => {
    if (depth === 0) {
      positions++;
      return;
    }
    const list = value as unknown[];
    lengths.push(list.length);
    for (const v of list) count(v, depth - 1);
  };
  const types = new Uint8Array(features.length);
  features.forEach((f, i) => {
    const t = TYPES.indexOf(f.geometry.type as (typeof TYPES)[number]);
    types[i] = t;
    count((f.geometry as Drawable).coordinates, DEPTHS[t]);
  });
  const coords = new Float64Array(positions * 2);
  let k = 0;
  const fill = (value: unknown, depth: number): void => {
    if (depth === 0) {
      coords[k++] = (value as Position)[0];
      coords[k++] = (value as Position)[1];
    } else for (const v of value as unknown[]) fill(v, depth - 1);
  };
  features.forEach((f, i) => fill((f.geometry as Drawable).coordinates, DEPTHS[types[i]]));
  return { properties: features.map((f) => f.properties), types, lengths: Uint32Array.from(lengths), coords };
}

export function decodeBatch(batch: FeatureBatch): Feature[] {
  let li = 0;
  let ci = 0;
  const read = (depth: number): unknown => {
    if (depth === 0) {
      const p = [batch.coords[ci], batch.coords[ci + 1]];
      ci += 2;
      return p;
    }
    const n = batch.lengths[li++];
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = read(depth - 1);
    return out;
  };
  return batch.properties.map((properties, i) => {
    const t = batch.types[i];
    return {
      type: 'Feature',
      properties,
      geometry: { type: TYPES[t], coordinates: read(DEPTHS[t]) } as Geometry,
    };
  });
}

/** The buffers a batch can hand over without copying. */
export function transferables(batch: FeatureBatch): ArrayBuffer[] {
  return [batch.types.buffer, batch.lengths.buffer, batch.coords.buffer] as ArrayBuffer[];
}
