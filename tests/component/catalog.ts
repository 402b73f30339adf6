// The real catalogue, read from the repository's data files, for component tests.
import { readFileSync } from 'node:fs';
import { buildCatalog, type Catalog } from '../../src/lib/catalog/catalog';
import { GROUP_IDS } from '../../src/lib/catalog/groups';

let cached: Catalog | undefined;

export function realCatalog(): Catalog {
  if (cached) return cached;
  const read = (path: string) => readFileSync(path, 'utf8');
  const layers = Object.fromEntries(GROUP_IDS.map((g) => [g, JSON.parse(read(`geo/layers/${g}.geojson`))]));
  const towns = JSON.parse(read('geo/basemap/towns.geojson')) as {
    features: { properties: { id: string } }[];
  };
  cached = buildCatalog({
    layers: layers as never,
    metrics: JSON.parse(read('data/metrics.json')),
    reportText: read('data/report/wujin-2024-government-work-report.txt'),
    basemapTownIds: towns.features.map((f) => f.properties.id),
  });
  return cached;
}
