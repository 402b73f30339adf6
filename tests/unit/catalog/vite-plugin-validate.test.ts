import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueProblems } from '../../../src/lib/catalog/vite-plugin-validate';

let dir: string | undefined;

/** A copy of the repository's data in a scratch folder, to break on purpose. */
function scratchCopy(): string {
  dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  for (const sub of ['geo/layers', 'geo/basemap', 'data']) cpSync(sub, join(dir, sub), { recursive: true });
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('build-time data gate', () => {
  it('passes the repository data', () => {
    expect(catalogueProblems('.')).toEqual([]);
  });

  it('names the file of a malformed JSON file', () => {
    const root = scratchCopy();
    writeFileSync(join(root, 'geo/layers/transport.geojson'), '{"type": "FeatureCollection", "features": [');
    const problems = catalogueProblems(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('geo/layers/transport.geojson');
  });

  it('names the file, the feature and the rule of an inconsistent feature', () => {
    const root = scratchCopy();
    const path = join(root, 'geo/layers/water.geojson');
    const fc = JSON.parse(readFileSync(path, 'utf8'));
    const gehu = fc.features.find((f: { id: string }) => f.id === 'gehu');
    gehu.properties.report[0].quote = '滆湖是一座火山';
    writeFileSync(path, JSON.stringify(fc));
    const text = catalogueProblems(root).join('\n');
    expect(text).toContain('water.geojson');
    expect(text).toContain('gehu');
    expect(text).toMatch(/quote/i);
  });
});
