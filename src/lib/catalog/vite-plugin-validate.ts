/**
 * The data gate at build time: `vite build` (and so `npm start`) stops with the file, the feature
 * and the rule when the catalogue is malformed or inconsistent, so a broken data file never ships.
 * The running atlas validates again on load and refuses to draw half the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { GROUP_IDS } from './groups.ts';
import type { GroupId } from './types.ts';
import { formatValidationErrors, validateCatalog } from './validate.ts';

/** The files the catalogue is built from, relative to the project root (what load.ts fetches). */
const CATALOGUE_PATHS = {
  layers: Object.fromEntries(GROUP_IDS.map((g) => [g, `geo/layers/${g}.geojson`])) as Record<GroupId, string>,
  metrics: 'data/metrics.json',
  report: 'data/report/wujin-2024-government-work-report.txt',
  towns: 'geo/basemap/towns.geojson',
};
export const CATALOGUE_FILES: readonly string[] = [
  ...Object.values(CATALOGUE_PATHS.layers),
  CATALOGUE_PATHS.metrics,
  CATALOGUE_PATHS.report,
  CATALOGUE_PATHS.towns,
];

/** Reads and validates the catalogue under `root`; returns the problems as text lines (none when valid). */
export function catalogueProblems(root: string): string[] {
  const problems: string[] = [];
  const readJson = (relative: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, relative), 'utf8'));
    } catch (error) {
      problems.push(`${relative}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const layers = Object.fromEntries(GROUP_IDS.map((g) => [g, readJson(CATALOGUE_PATHS.layers[g])])) as Record<
    GroupId,
    unknown
  >;
  const metrics = readJson(CATALOGUE_PATHS.metrics);
  const towns = readJson(CATALOGUE_PATHS.towns) as { features?: { properties?: { id?: string } }[] };
  if (problems.length > 0) return problems;
  const { errors } = validateCatalog({
    layers,
    metrics,
    reportText: readFileSync(join(root, CATALOGUE_PATHS.report), 'utf8'),
    basemapTownIds: (towns.features ?? []).map((f) => String(f.properties?.id)),
  });
  return errors.length > 0 ? formatValidationErrors(errors).split('\n') : [];
}

export function validateCataloguePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-validate-catalogue',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const problems = catalogueProblems(root);
      if (problems.length > 0) {
        this.error(`The atlas data is invalid (${problems.length} problem(s)):\n${problems.join('\n')}`);
      }
    },
  };
}
