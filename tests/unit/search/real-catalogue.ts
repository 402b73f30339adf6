/**
 * The real catalogue for search tests: the data files as the browser loads them, validated by
 * buildCatalog, with the pinyin table the Vite plugin would serve.
 */
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../../../src/lib/catalog/catalog';
import { readCatalogInput } from '../../../src/lib/catalog/read-input';
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index';
import { parseTowns, type Town } from '../../../src/lib/search/towns';
import { buildPinyinTable, readCatalogueTexts } from '../../../src/lib/search/vite-plugin-search-index';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export function loadRealCatalogue(): { catalog: Catalog; towns: Town[]; index: SearchIndex } {
  const input = readCatalogInput(root);
  const catalog = buildCatalog(input);
  const towns = parseTowns(input.towns);
  const pinyin = buildPinyinTable(readCatalogueTexts(root));
  const index = buildSearchIndex({ places: catalog.places, towns, metrics: catalog.metrics }, pinyin);
  return { catalog, towns, index };
}
