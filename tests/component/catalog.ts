// The real catalogue for component tests, from the same loader the search and tour tests use.
import type { Catalog } from '../../src/lib/catalog/catalog';
import { loadRealCatalogue } from '../unit/search/real-catalogue';

let cached: Catalog | undefined;

export function realCatalog(): Catalog {
  cached ??= loadRealCatalogue().catalog;
  return cached;
}
