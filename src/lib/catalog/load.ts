/**
 * Fetches every data file and builds the one validated catalogue. Either the whole catalogue
 * loads, or the atlas is told exactly which file and feature failed: never half-loaded data.
 */
import type { FeatureCollection } from 'geojson';
import { buildCatalog, type Catalog } from './catalog';
import { BASEMAP_FILES, LAYER_FILES, METRICS_FILE, REPORT_FILE } from './files';
import { GROUP_IDS } from './groups';
import type { GroupId } from './types';

export class CatalogLoadError extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

async function fetchText(url: string, label: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new CatalogLoadError(`${label}: could not be fetched`, [String(e)]);
  }
  if (!response.ok) throw new CatalogLoadError(`${label}: HTTP ${response.status}`, []);
  return response.text();
}

async function fetchJson(url: string, label: string): Promise<unknown> {
  const text = await fetchText(url, label);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CatalogLoadError(`${label}: not valid JSON`, [String(e)]);
  }
}

export async function loadCatalog(): Promise<Catalog> {
  const [layerEntries, metrics, reportText, towns] = await Promise.all([
    Promise.all(
      GROUP_IDS.map(async (g) => [g, await fetchJson(LAYER_FILES[g], `geo/layers/${g}.geojson`)] as const),
    ),
    fetchJson(METRICS_FILE, 'data/metrics.json'),
    fetchText(REPORT_FILE, 'data/report'),
    fetchJson(BASEMAP_FILES.towns, 'geo/basemap/towns.geojson'),
  ]);
  const layers = Object.fromEntries(layerEntries) as Record<GroupId, unknown>;
  const basemapTownIds = ((towns as FeatureCollection).features ?? []).map((f) => String(f.properties?.id));
  try {
    // The build has checked these very files for self-intersections (vite-plugin-validate.ts).
    return buildCatalog({ layers, metrics, reportText, basemapTownIds }, { selfIntersections: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const lines = message.split('\n');
    throw new CatalogLoadError(lines[0] ?? 'invalid data', lines.slice(1));
  }
}
