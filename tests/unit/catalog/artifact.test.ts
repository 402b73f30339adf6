// The catalogue artifact: what the build writes after its gate, and the page's cheap check of it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromArtifact } from '../../../src/lib/catalog/artifact';
import { catalogueArtifact } from '../../../src/lib/catalog/vite-plugin-validate';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
// As the page receives it: serialised and parsed again.
const shipped = () => JSON.parse(JSON.stringify(catalogueArtifact('.')));

describe('the catalogue artifact', () => {
  it('carries every place of every layer file, every figure and every report paragraph', () => {
    const result = fromArtifact(shipped());
    if (!result.ok) throw new Error(result.reason);
    const { catalog, towns } = result;

    const layerFiles = readdirSync(new URL('geo/layers/', root)).filter((f) => f.endsWith('.geojson'));
    const ids = layerFiles.flatMap((f) =>
      (readJson(`geo/layers/${f}`).features as { properties: { id: string } }[]).map((x) => x.properties.id),
    );
    expect(catalog.places.map((p) => p.properties.id).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(catalog.byId.get(id)?.properties.id).toBe(id);

    expect(catalog.metrics.map((m) => m.id)).toEqual(
      (readJson('data/metrics.json') as { id: string }[]).map((m) => m.id),
    );
    expect(towns.features.length).toBe(readJson('geo/basemap/towns.geojson').features.length);
    // One outline per lake of the basemap's file, each named as the file names it.
    const lakes = readJson('geo/basemap/lakes.geojson').features as {
      properties: { id: string; name_zh: string; name_en: string };
    }[];
    expect(catalog.lakes?.features.map((f) => f.properties)).toEqual(
      lakes.map(({ properties: { id, name_zh, name_en } }) => ({ id, name_zh, name_en })),
    );

    // Every non-empty line of the report body is one paragraph; the map of paragraphs holds each by id.
    const paragraphs = catalog.report.sections.flatMap((s) => s.paragraphs);
    expect(catalog.report.paragraphs.size).toBe(paragraphs.length);
    for (const p of paragraphs) expect(catalog.report.paragraphs.get(p.id)).toBe(p);
    const reportText = readFileSync(
      new URL('data/report/wujin-2024-government-work-report.txt', root),
      'utf8',
    );
    expect(reportText).toContain(paragraphs[0].text.slice(0, 12));
  });

  it('refuses what is not a whole artifact of this format, saying what is wrong', () => {
    const whole = shipped();
    const cases: [unknown, RegExp][] = [
      [null, /not an object/],
      [[], /not an object/],
      [{ ...whole, format: 1 }, /format 1/],
      [{ ...whole, layers: { ...whole.layers, water: undefined } }, /layers missing: water/],
      [{ ...whole, metrics: {} }, /no figures/],
      [{ ...whole, report: { title: 'x' } }, /no report/],
      [{ ...whole, towns: [] }, /no towns/],
      [{ ...whole, tour: undefined }, /no tour/],
      [{ ...whole, spread: undefined }, /no spread/],
      [{ ...whole, spread: { key: 'k', scales: { 1: { x: [1, 2] } } } }, /no spread/],
      [{ ...whole, lakes: undefined }, /no lakes/],
      [
        { ...whole, lakes: { type: 'FeatureCollection', features: [{ type: 'Feature', bbox: [1] }] } },
        /no lakes/,
      ],
    ];
    for (const [json, reason] of cases) {
      const result = fromArtifact(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });
});
