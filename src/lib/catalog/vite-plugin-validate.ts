/**
 * The data gate at build time: `vite build` (and so `npm start`) stops with the file, the feature
 * and the rule when the catalogue is malformed or inconsistent, so a broken data file never ships.
 * What passed is written as one artifact (artifact.ts) that the page fetches and trusts; its URL
 * is the virtual module `virtual:atlas-catalogue`. Under `vite` (dev) the artifact is built on each
 * request, so an edited data file shows on reload, and a broken one answers with its problems.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Plugin } from 'vite';
import { toArtifact, type CatalogueArtifact } from './artifact.ts';
import { buildCatalog } from './catalog.ts';
import { GROUP_IDS } from './groups.ts';
import type { GroupId } from './types.ts';
import { formatValidationErrors, validateCatalog } from './validate.ts';

export const CATALOGUE_MODULE_ID = 'virtual:atlas-catalogue';
const RESOLVED_ID = `\0${CATALOGUE_MODULE_ID}`;
/** Where the dev server answers with the artifact. */
const DEV_URL = '/@atlas/catalogue.json';

/** The files the catalogue is built from, relative to the project root (what load.ts fetches). */
const CATALOGUE_PATHS = {
  layers: Object.fromEntries(GROUP_IDS.map((g) => [g, `geo/layers/${g}.geojson`])) as Record<GroupId, string>,
  metrics: 'data/metrics.json',
  excluded: 'data/metrics-excluded.json',
  report: 'data/report/wujin-2024-government-work-report.txt',
  towns: 'geo/basemap/towns.geojson',
};
export const CATALOGUE_FILES: readonly string[] = [
  ...Object.values(CATALOGUE_PATHS.layers),
  CATALOGUE_PATHS.metrics,
  CATALOGUE_PATHS.excluded,
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
  const excluded = readJson(CATALOGUE_PATHS.excluded);
  const towns = readJson(CATALOGUE_PATHS.towns) as { features?: { properties?: { id?: string } }[] };
  if (problems.length > 0) return problems;
  const { errors } = validateCatalog({
    layers,
    metrics,
    excluded,
    reportText: readFileSync(join(root, CATALOGUE_PATHS.report), 'utf8'),
    basemapTownIds: (towns.features ?? []).map((f) => String(f.properties?.id)),
  });
  return errors.length > 0 ? formatValidationErrors(errors).split('\n') : [];
}

/** The artifact of the catalogue under `root`, which must have passed catalogueProblems(). */
export function catalogueArtifact(root: string): CatalogueArtifact {
  const read = (relative: string) => readFileSync(join(root, relative), 'utf8');
  const towns = JSON.parse(read(CATALOGUE_PATHS.towns)) as FeatureCollection;
  const catalog = buildCatalog({
    layers: Object.fromEntries(
      GROUP_IDS.map((g) => [g, JSON.parse(read(CATALOGUE_PATHS.layers[g]))]),
    ) as Record<GroupId, unknown>,
    metrics: JSON.parse(read(CATALOGUE_PATHS.metrics)),
    reportText: read(CATALOGUE_PATHS.report),
    basemapTownIds: (towns.features ?? []).map((f) => String(f.properties?.id)),
  });
  return toArtifact(catalog, towns);
}

export function validateCataloguePlugin(): Plugin {
  let root = process.cwd();
  let serving = false;
  return {
    name: 'atlas-validate-catalogue',
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
    },
    buildStart() {
      if (serving) return;
      const problems = catalogueProblems(root);
      if (problems.length > 0) {
        this.error(`The atlas data is invalid (${problems.length} problem(s)):\n${problems.join('\n')}`);
      }
    },
    resolveId(id) {
      return id === CATALOGUE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({
        type: 'asset',
        name: 'catalogue.json',
        source: JSON.stringify(catalogueArtifact(root)),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_URL, (_req, res) => {
        const problems = catalogueProblems(root);
        res.setHeader('Cache-Control', 'no-store');
        if (problems.length > 0) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(problems.join('\n'));
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(catalogueArtifact(root)));
      });
    },
  };
}
