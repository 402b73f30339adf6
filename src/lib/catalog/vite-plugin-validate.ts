/**
 * The data gate at build time: `vite build` (and so `npm start`) stops with the file, the feature
 * and the rule when the catalogue is malformed or inconsistent, so a broken data file never ships.
 * What passed is written as one artifact (artifact.ts) that the page fetches and trusts; its URL
 * is the virtual module `virtual:atlas-catalogue`. Under `vite` (dev) the artifact is built on each
 * request, so an edited data file shows on reload, and a broken one answers with its problems.
 */
import type { Plugin } from 'vite';
import { toArtifact, type CatalogueArtifact } from './artifact.ts';
import { buildCatalog } from './catalog.ts';
import { CatalogueFileError, readCatalogInput } from './read-input.ts';
import { formatValidationErrors, validateCatalog } from './validate.ts';

export const CATALOGUE_MODULE_ID = 'virtual:atlas-catalogue';
const RESOLVED_ID = `\0${CATALOGUE_MODULE_ID}`;
/** Where the dev server answers with the artifact. */
const DEV_URL = '/@atlas/catalogue.json';

/** Reads and validates the catalogue under `root`; returns the problems as text lines (none when valid). */
export function catalogueProblems(root: string): string[] {
  let input;
  try {
    input = readCatalogInput(root);
  } catch (error) {
    if (error instanceof CatalogueFileError) return [error.message];
    throw error;
  }
  const { errors } = validateCatalog(input);
  return errors.length > 0 ? formatValidationErrors(errors).split('\n') : [];
}

/** The artifact of the catalogue under `root`, which must have passed catalogueProblems(). */
export function catalogueArtifact(root: string): CatalogueArtifact {
  const input = readCatalogInput(root);
  return toArtifact(buildCatalog(input), input.towns, input.lakes);
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
