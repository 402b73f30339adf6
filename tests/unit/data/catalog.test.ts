/**
 * The data gate: the real files of geo/layers, data/metrics.json and the report, read from disk,
 * must pass every rule of validateCatalog. On failure every problem is printed, not just the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncWaterLayer } from '../../../geo/scripts/sync-lake-geometry.mjs';
import { buildCatalog } from '../../../src/lib/catalog/catalog';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { REQUIRED_IDS } from './required-ids';
import {
  LAYER_PATH,
  METRICS_PATH,
  REPORT_PATH,
  formatValidationErrors,
  validateCatalog,
  type CatalogInput,
} from '../../../src/lib/catalog/validate';

const repoFile = (path: string) => new URL(`../../../${path}`, import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(repoFile(path), 'utf8'));

const TOWNS_PATH = 'geo/basemap/towns.geojson';

function loadInput(): CatalogInput {
  const layers = Object.fromEntries(GROUP_IDS.map((g) => [g, readJson(LAYER_PATH(g))])) as Record<
    GroupId,
    unknown
  >;
  const towns = existsSync(repoFile(TOWNS_PATH))
    ? ((readJson(TOWNS_PATH) as { features?: { properties?: { id?: unknown } }[] }).features ?? [])
    : [];
  // The town rule only applies once the basemap carries towns.
  const basemapTownIds = towns.map((f) => String(f.properties?.id)).filter((id) => id !== 'undefined');
  return {
    layers,
    metrics: readJson(METRICS_PATH),
    // With the exclusions, the gate ties every figure and every number to the report text.
    excluded: readJson('data/metrics-excluded.json'),
    reportText: readFileSync(repoFile(REPORT_PATH), 'utf8'),
    tour: readJson('data/tour.json'),
    basemapTownIds: basemapTownIds.length > 0 ? basemapTownIds : undefined,
  };
}

describe('the data catalogue', () => {
  const input = loadInput();

  it('passes every validation rule', () => {
    const { errors } = validateCatalog(input);
    expect(errors, `\n${formatValidationErrors(errors)}\n`).toEqual([]);
  });

  it('builds a catalogue holding every required place', () => {
    const catalog = buildCatalog(input);
    const missing = REQUIRED_IDS.filter((id) => !catalog.byId.has(id));
    expect(missing).toEqual([]);
    for (const g of GROUP_IDS) expect(catalog.groups[g].features.length, g).toBeGreaterThan(0);
  });

  it('keeps the lake places in step with the basemap lakes (run geo/scripts/sync-lake-geometry.mjs)', () => {
    const lakes = readJson('geo/basemap/lakes.geojson') as {
      features?: { id?: unknown; properties?: { id?: unknown } }[];
    };
    const ids = (lakes.features ?? []).map((f) => f.id ?? f.properties?.id);
    // Until the basemap carries both lakes the water layer holds placeholder outlines.
    if (!ids.includes('taihu') || !ids.includes('gehu')) return;
    const water = readJson(LAYER_PATH('water'));
    expect(syncWaterLayer(lakes, water)).toEqual(water);
  });
});
