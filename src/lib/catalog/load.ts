/**
 * Fetches the catalogue artifact the build wrote after its data gate passed, and assembles the
 * catalogue from it: one request, no schema or geometry work on the page's main thread. Either the
 * whole catalogue loads, or the page says the data did not arrive: never half-loaded data.
 */
import catalogueUrl from 'virtual:atlas-catalogue';
import { fromArtifact } from './artifact';
import type { Catalog } from './catalog';
import { BASEMAP_FILES } from './files';
import { parseTowns, primeTowns } from '../search/towns';

/** Why the catalogue could not be used; `kind` picks the message the page shows. */
export class CatalogLoadError extends Error {
  constructor(
    readonly kind: 'network' | 'http' | 'damaged',
    /** For the record in the console, never shown as the message. */
    detail: string,
  ) {
    super(`catalogue: ${kind}: ${detail}`);
  }
}

export async function loadCatalog(url: string = catalogueUrl): Promise<Catalog> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new CatalogLoadError('network', String(e));
  }
  if (!response.ok) throw new CatalogLoadError('http', `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    throw new CatalogLoadError('damaged', `not JSON: ${String(e)}`);
  }
  const result = fromArtifact(json);
  if (!result.ok) throw new CatalogLoadError('damaged', result.reason);
  // Search, the list and near me ask for the towns by this file's URL: they get these, parsed once.
  primeTowns(BASEMAP_FILES.towns, parseTowns(result.towns));
  return result.catalog;
}
