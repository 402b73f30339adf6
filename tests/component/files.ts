// The repository's data files, for component tests: read from disk, and served to the components'
// own fetches (the towns, the district outline) as the atlas's origin would serve them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/** The repository's root (a path: the simulated DOM brings its own URL class, which node:fs refuses). */
const root = join(fileURLToPath(import.meta.url), '../../..');

/** A data file of the repository, parsed. */
export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

/**
 * Answers fetch() with the repository's files: a component asking for `/geo/basemap/towns.geojson`
 * (the address Vite gives the file in tests) gets that file; anything else is a 404.
 */
export function serveRepoFiles(): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost/');
    const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    try {
      return new Response(readFileSync(join(root, path)), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

/** Point features of a GeoJSON file, by id: [lon, lat] as written in the file. */
export function pointsById(path: string): Map<string, [number, number]> {
  const collection = readJson<{
    features: { properties: { id: string }; geometry: { type: string; coordinates: number[] } | null }[];
  }>(path);
  return new Map(
    collection.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => [f.properties.id, [f.geometry!.coordinates[0], f.geometry!.coordinates[1]]]),
  );
}

interface LayerFile {
  features: {
    properties: { id: string; name_zh: string; name_en: string };
    geometry: { type: string; coordinates?: unknown } | null;
  }[];
}

/** The six place layers' features, read from geo/layers/*.geojson. */
export function layerPlaces(): LayerFile['features'] {
  const groups = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
  return groups.flatMap((g) => readJson<LayerFile>(`geo/layers/${g}.geojson`).features);
}
