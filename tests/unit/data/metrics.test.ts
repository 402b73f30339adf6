/**
 * data/metrics.json holds every figure of the report, each with the words it was read from;
 * data/metrics-excluded.json lists the numbers that were judged not to be figures, with the reason.
 * The data gate (src/lib/catalog/rules/figures.ts, run by every build and by the catalogue test)
 * ties both to the report text number by number; its rules are tested by breaking each once
 * (tests/unit/catalog/figure-rules.test.ts). What stays here are the editors' expectations of
 * this report: which results and targets it pairs, and that figures point at drawn places.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../src/lib/catalog/types';

const repoFile = (path: string) => new URL(`../../../${path}`, import.meta.url);

/** Result/target pairs the report states; renaming an indicator must not silently break them. */
const EXPECTED_PAIRS = [
  'high-tech-firms-net',
  'high-tech-firms-total',
  'public-parking-spaces-new',
  'housing-fund-expansion',
  'foreign-projects',
  'green-factories-new',
  'idyllic-villages',
  'disposable-income-growth',
];

const metrics = JSON.parse(readFileSync(repoFile('data/metrics.json'), 'utf8')) as Metric[];

describe('data/metrics.json', () => {
  it('pairs each result the report states with its target', () => {
    for (const indicator of EXPECTED_PAIRS) {
      expect(
        metrics
          .filter((m) => m.indicator === indicator)
          .map((m) => m.year)
          .sort(),
        indicator,
      ).toEqual([2023, 2024]);
    }
  });

  // Checked only once the layers hold features: they are drawn separately from this catalogue.
  const layersDir = repoFile('geo/layers/');
  const layerIds = new Set<string>();
  if (existsSync(layersDir)) {
    for (const file of readdirSync(layersDir).filter((f) => f.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(new URL(file, layersDir), 'utf8')) as {
        features?: { properties?: { id?: string } | null }[];
      };
      for (const f of fc.features ?? []) if (f.properties?.id) layerIds.add(f.properties.id);
    }
  }
  it.skipIf(layerIds.size === 0)('ties figures only to places drawn in geo/layers', () => {
    const missing = metrics.flatMap((m) =>
      m.places.filter((id) => !layerIds.has(id)).map((id) => `${m.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });
});
