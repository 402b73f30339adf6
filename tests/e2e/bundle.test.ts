// The built atlas's first load stays within its budget and leaves the tools a first view does not
// need to later: a module that slips into the entry chunk through a static import fails here,
// not weeks later in the benchmark. Reads dist/, which `npm test` builds before the tests run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { measureBundle } from '../../bench/bundle.mjs';

const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
/** The atlas's own JS at first load, gzip: everything but MapLibre's main and worker chunks. */
const FIRST_LOAD_BUDGET_GZIP_BYTES = 80_000;
/** What no first view needs: each must arrive as a chunk of its own, after the page has loaded. */
const LAZY_MODULES = [
  'src/lib/geo/near.ts',
  'src/lib/search/runtime.ts',
  // The file readers run in a worker of their own; their messages load with the first file, the
  // checks with the first kept file.
  'src/lib/i18n/messages/import.ts',
  'src/lib/geo/user-data.ts',
  'src/lib/export/export-image.ts',
  'src/lib/ui/tour/Presentation.svelte',
  'src/lib/ui/overview/Overview.svelte',
  'src/lib/ui/report/ReportPanel.svelte',
  'src/lib/map/style/streets.ts',
  // The markers laid out again when a group or a filter changes what is shown.
  'src/lib/map/marker-data.ts',
];

test('the first load stays within its budget, and the tools that can wait are not in it', () => {
  const bundle = measureBundle(distDir);
  expect(bundle.notes).toEqual([]);
  const firstLoad = bundle.firstLoad!;
  expect(firstLoad.maplibreGzipBytes, 'MapLibre is not loaded at first').toBeGreaterThan(100_000);
  expect(firstLoad.atlasOwnGzipBytes).toBeGreaterThan(10_000);
  expect(firstLoad.atlasOwnGzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_GZIP_BYTES);

  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isDynamicEntry?: boolean }
  >;
  for (const module of LAZY_MODULES) {
    const chunk = manifest[module];
    expect(chunk?.isDynamicEntry, `${module} is not a chunk of its own`).toBe(true);
    expect(firstLoad.jsFiles, `${module} is in the first load`).not.toContain(chunk.file);
  }
});
