// The report's places as the layer files (geo/layers/*.geojson) hold them, read straight from disk:
// what the tests judge the atlas against, with no code shared with the atlas's catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import type { PlainGeometry } from './planar';

/** The properties the tests read of a layer file's place. */
export interface LayerFeature {
  properties: {
    id: string;
    status: string;
    unlocated?: boolean;
    outside?: boolean;
    zone?: string;
    report: { paragraph: string }[];
  };
  geometry: PlainGeometry | null;
}

const layersDir = new URL('../../geo/layers/', import.meta.url);

/** One layer file's places (`water` → geo/layers/water.geojson), in file order. */
export function layerFile(group: string): LayerFeature[] {
  const url = new URL(`${group}.geojson`, layersDir);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: LayerFeature[] }).features;
}

/** Every place of every layer file. */
export function layerFeatures(): LayerFeature[] {
  return readdirSync(layersDir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => layerFile(f.slice(0, -'.geojson'.length)));
}
