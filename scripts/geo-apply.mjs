#!/usr/bin/env node
/**
 * Applies a correction patch (exported from the atlas's correction mode, `#edit=1`) to
 * geo/layers: `npm run geo:apply -- <patch.json> [--root <project dir>] [--dry-run] [--force]`.
 * The patch is checked, the patched catalogue goes through the build's data gate, and only then
 * are the changed layer files written, formatted as before; a readable diff is printed.
 * --force applies even where a place's geometry changed after the patch was made.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { formatCollection } from '../geo/scripts/sync-lake-geometry.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const patchPath = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--root');
if (!patchPath) {
  console.error('usage: npm run geo:apply -- <patch.json> [--root <project dir>] [--dry-run] [--force]');
  process.exit(2);
}
const root = resolve(value('--root') ?? process.cwd());

const { module } = await runnerImport(join(repoRoot, 'src/lib/corrections/apply-files.ts'), {
  configFile: false,
  logLevel: 'error',
});
const result = module.applyPatchFile(root, resolve(patchPath), formatCollection, { force: flag('--force') });
if (!result.ok) {
  console.error(result.report);
  process.exit(1);
}
console.log(result.report);
if (flag('--dry-run')) {
  console.log('(dry run: nothing written)');
} else {
  for (const [path, fc] of Object.entries(result.writes))
    writeFileSync(join(root, path), formatCollection(fc));
  console.log(`wrote ${Object.keys(result.writes).join(', ')}`);
}
