/**
 * The catalogue's files, read from a checkout (Node only): the one list of what the catalogue is
 * made of, used by the build's gate (vite-plugin-validate.ts) and by the tests, so neither can
 * check a different set of files than the page is built from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { GROUP_IDS } from './groups.ts';
import { TOUR_PATH } from './rules/tour.ts';
import type { GroupId } from './types.ts';
import type { CatalogInput } from './validate.ts';

/** The files the catalogue is built from, relative to the project root. */
export const CATALOGUE_PATHS = {
  layers: Object.fromEntries(GROUP_IDS.map((g) => [g, `geo/layers/${g}.geojson`])) as Record<GroupId, string>,
  metrics: 'data/metrics.json',
  excluded: 'data/metrics-excluded.json',
  report: 'data/report/wujin-2024-government-work-report.txt',
  tour: TOUR_PATH,
  towns: 'geo/basemap/towns.geojson',
  /** Not validated here (the data tests check it); the build simplifies the lakes' outlines for the page from it. */
  lakes: 'geo/basemap/lakes.geojson',
};

/** A catalogue file that is not JSON: named, with the parser's reason. */
export class CatalogueFileError extends Error {}

/** Every catalogue file under `root`, parsed, with the basemap's towns and lakes; throws CatalogueFileError for unreadable JSON. */
export function readCatalogInput(root: string): Required<Omit<CatalogInput, 'basemapTownIds'>> & {
  basemapTownIds: string[];
  towns: FeatureCollection;
  lakes: FeatureCollection;
} {
  const readJson = (relative: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, relative), 'utf8'));
    } catch (error) {
      throw new CatalogueFileError(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const towns = readJson(CATALOGUE_PATHS.towns) as FeatureCollection;
  return {
    layers: Object.fromEntries(GROUP_IDS.map((g) => [g, readJson(CATALOGUE_PATHS.layers[g])])) as Record<
      GroupId,
      unknown
    >,
    metrics: readJson(CATALOGUE_PATHS.metrics),
    excluded: readJson(CATALOGUE_PATHS.excluded),
    reportText: readFileSync(join(root, CATALOGUE_PATHS.report), 'utf8'),
    tour: readJson(CATALOGUE_PATHS.tour),
    basemapTownIds: (towns.features ?? []).map((f) => String(f.properties?.id)),
    towns,
    lakes: readJson(CATALOGUE_PATHS.lakes) as FeatureCollection,
  };
}
