import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatchFile } from '../../../src/lib/corrections/apply-files';
import { formatCollection } from '../../../geo/scripts/sync-lake-geometry.mjs';
import { stationEntry } from './fixtures';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The project's data in a scratch folder, with a patch beside it. */
function scratch(entry: object): { root: string; patch: string } {
  dir = mkdtempSync(join(tmpdir(), 'atlas-apply-test-'));
  for (const sub of ['geo/layers', 'geo/basemap', 'data']) cpSync(sub, join(dir, sub), { recursive: true });
  const patch = join(dir, 'patch.json');
  writeFileSync(
    patch,
    JSON.stringify({ format: 'wujin-atlas-corrections', version: 1, features: { 'wujin-station': entry } }),
  );
  return { root: dir, patch };
}

const entry = stationEntry([119.95, 31.665], 100, {
  source_zh: '规划局提供的站点坐标',
  source_en: 'Site coordinate from the planning office',
});

describe('geo:apply on files', () => {
  it('changes only the corrected feature’s lines, formatted as before', () => {
    const { root, patch } = scratch(entry);
    const before = readFileSync(join(root, 'geo/layers/transport.geojson'), 'utf8');
    const result = applyPatchFile(root, patch, formatCollection);
    expect(result.ok).toBe(true);
    expect(Object.keys(result.writes)).toEqual(['geo/layers/transport.geojson']);
    const after = formatCollection(result.writes['geo/layers/transport.geojson']);
    const [a, b] = [before.split('\n'), after.split('\n')];
    const removed = a.filter((l) => !b.includes(l)).map((l) => l.trim());
    // the old coordinate, radius and source lines go; nothing else does
    expect(removed).toEqual([
      '"precision_m": 150,',
      expect.stringMatching(/^"source": "Station coordinate/),
      expect.stringMatching(/^"source_zh": "车站坐标/),
      '"town": "nanxiashu"',
      '"coordinates": [119.9424, 31.6603]',
    ]);
    expect(b).toContain('        "coordinates": [119.95, 31.665]');
    expect(result.report).toContain('wujin-station');
  });

  it('writes nothing when the patched catalogue would fail the gate', () => {
    // 300 m is beyond what "surveyed" may claim (200 m).
    const { root, patch } = scratch({ ...entry, new: { ...entry.new, precision_m: 300 } });
    const result = applyPatchFile(root, patch, formatCollection);
    expect(result.ok).toBe(false);
    expect(result.report).toContain('precision-range');
    expect(result.writes).toEqual({});
  });

  it('says when the file is not a patch', () => {
    const { root, patch } = scratch(entry);
    writeFileSync(patch, '{"type": "FeatureCollection"}');
    const result = applyPatchFile(root, patch, formatCollection);
    expect(result.ok).toBe(false);
    expect(result.report).toContain('not a correction patch');
  });
});
