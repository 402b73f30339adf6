/**
 * The real catalogue for search tests: the data files as the browser loads them, validated by
 * buildCatalog, with the pinyin table the Vite plugin would serve.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalog, type Catalog } from '../../../src/lib/catalog/catalog';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { buildSearchIndex, type SearchIndex } from '../../../src/lib/search/build-index';
import { parseTowns, type Town } from '../../../src/lib/search/towns';
import { buildPinyinTable, readCatalogueTexts } from '../../../src/lib/search/vite-plugin-search-index';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

export function loadRealCatalogue(): { catalog: Catalog; towns: Town[]; index: SearchIndex } {
  const layers = Object.fromEntries(
    GROUP_IDS.map((g) => [g, JSON.parse(read(`geo/layers/${g}.geojson`))]),
  ) as Record<GroupId, unknown>;
  const townsJson = JSON.parse(read('geo/basemap/towns.geojson'));
  const catalog = buildCatalog({
    layers,
    metrics: JSON.parse(read('data/metrics.json')),
    reportText: read('data/report/wujin-2024-government-work-report.txt'),
    basemapTownIds: parseTowns(townsJson).map((t) => t.id),
  });
  const towns = parseTowns(townsJson);
  const pinyin = buildPinyinTable(readCatalogueTexts(root));
  const index = buildSearchIndex({ places: catalog.places, towns, metrics: catalog.metrics }, pinyin);
  return { catalog, towns, index };
}
