// The real catalogue, read from the repository's data files, for component tests.
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog';
import { readCatalogInput } from '../../src/lib/catalog/read-input';

let cached: Catalog | undefined;

export function realCatalog(): Catalog {
  if (cached) return cached;
  cached = buildCatalog(readCatalogInput('.'));
  return cached;
}
