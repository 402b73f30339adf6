/**
 * `npm run geo:apply` on files: reads a patch and the layers under a project root, applies the
 * patch, and runs the result through the same catalogue gate as the build on a scratch copy of the
 * data, so nothing is written unless the whole catalogue stays valid. Writing is left to the caller
 * (scripts/geo-apply.mjs), which formats the files as every layer file is formatted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { GROUP_IDS } from '../catalog/groups.ts';
import type { GroupId } from '../catalog/types.ts';
import { catalogueProblems } from '../catalog/vite-plugin-validate.ts';
import { applyPatch, formatChanges } from './apply.ts';
import { parsePatch } from './patch.ts';

export interface FileApplyResult {
  ok: boolean;
  /** What to print: the diff when it applies, otherwise every problem. */
  report: string;
  /** Repository-relative layer path → the new collection, for the files that change. */
  writes: Record<string, FeatureCollection>;
}

const layerPath = (g: GroupId) => `geo/layers/${g}.geojson`;

/**
 * Checks and applies the patch at `patchPath` to the layers under `root`, formatting written
 * files with `format`. Writes nothing itself.
 */
export function applyPatchFile(
  root: string,
  patchPath: string,
  format: (fc: FeatureCollection) => string,
  options: { force?: boolean } = {},
): FileApplyResult {
  const fail = (lines: string[]): FileApplyResult => ({ ok: false, report: lines.join('\n'), writes: {} });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(patchPath, 'utf8'));
  } catch (error) {
    return fail([`The patch cannot be read as JSON: ${error instanceof Error ? error.message : error}`]);
  }
  const parsed = parsePatch(json);
  if (!parsed.ok)
    return fail(['The file is not a correction patch:', ...parsed.problems.map((p) => `  ${p}`)]);

  const layers = Object.fromEntries(
    GROUP_IDS.map((g) => [g, JSON.parse(readFileSync(join(root, layerPath(g)), 'utf8'))]),
  ) as Record<GroupId, FeatureCollection>;
  const result = applyPatch(layers, parsed.patch, options);
  if (result.problems.length > 0)
    return fail(['The patch does not apply:', ...result.problems.map((p) => `  ${p}`)]);

  const changed = new Set(result.changes.map((c) => c.group));
  const writes = Object.fromEntries([...changed].map((g) => [layerPath(g), result.layers[g]])) as Record<
    string,
    FeatureCollection
  >;

  // The build's own gate, on a scratch copy holding the patched layers.
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-geo-apply-'));
  try {
    for (const sub of ['geo/layers', 'geo/basemap', 'data'])
      cpSync(join(root, sub), join(scratch, sub), { recursive: true });
    for (const [path, fc] of Object.entries(writes)) writeFileSync(join(scratch, path), format(fc));
    const problems = catalogueProblems(scratch);
    if (problems.length > 0)
      return fail(['After the patch the data would be invalid; nothing was written:', ...problems]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ok: true, report: formatChanges(result.changes), writes };
}
