// The atlas's built JavaScript by owner (MapLibre's or the atlas's own) and what the first load
// fetches: shared by the benchmark (bench/run.mjs) and the bundle test (tests/e2e/bundle.test.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function gzipBytes(path) {
  return gzipSync(readFileSync(path)).length;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Dynamic imports that every first view makes at once, as the page starts. */
const FIRST_VIEW_DYNAMIC = ['src/lib/map/adapter.ts'];

/**
 * Every JS file in dist/ with its gzip size, marked as MapLibre's or the atlas's own, and the
 * atlas's first-load JS: the chunk index.html loads plus its static imports, followed
 * recursively, and the map's code that the page asks for at once (other dynamic imports are left
 * out; they load later or never).
 */
export function measureBundle(distDir) {
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  const notes = [];
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
  if (!manifest)
    notes.push('dist/.vite/manifest.json missing: set build.manifest to true; first-load split skipped.');

  // MapLibre's code is recognised by chunk name (a manualChunks/codeSplitting group called
  // maplibre…) or by its worker's file name; the manifest names the modules a chunk came from.
  const maplibreFiles = new Set();
  if (manifest) {
    for (const [key, chunk] of Object.entries(manifest)) {
      const label = `${key} ${chunk.name ?? ''} ${chunk.src ?? ''}`;
      if (/maplibre/i.test(label) && chunk.file.endsWith('.js')) maplibreFiles.add(chunk.file);
    }
  }
  const jsFiles = listFiles(distDir)
    .filter((path) => /\.m?js$/.test(path))
    .map((path) => relative(distDir, path).split('\\').join('/'));
  const chunks = jsFiles
    .map((file) => {
      const isMaplibre = maplibreFiles.has(file) || /(^|\/)maplibre[-\w]*\.m?js$/i.test(file);
      const kind = /worker/i.test(file) ? 'worker' : 'chunk';
      return {
        file,
        owner: isMaplibre ? 'maplibre' : 'atlas',
        kind,
        gzipBytes: gzipBytes(join(distDir, file)),
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  if (!chunks.some((chunk) => chunk.owner === 'maplibre' && chunk.kind === 'chunk')) {
    notes.push(
      'No separate MapLibre chunk: MapLibre is inside the atlas entry chunk, so "atlas own" includes it. ' +
        'Give it its own chunk (build.rolldownOptions.output.codeSplitting group "maplibre").',
    );
  }

  let firstLoad;
  if (manifest) {
    const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
    if (entryKey) {
      const seen = new Set();
      const visit = (key) => {
        if (seen.has(key) || !manifest[key]) return;
        seen.add(key);
        for (const imported of manifest[key].imports ?? []) visit(imported);
      };
      visit(entryKey);
      // The map's code is a chunk of its own that the page asks for as it starts (src/lib/map/load.ts):
      // not in index.html's critical path, but part of every first view, so it counts here.
      for (const key of FIRST_VIEW_DYNAMIC) visit(key);
      const files = [...seen].map((key) => manifest[key].file).filter((file) => /\.m?js$/.test(file));
      const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
      const sum = (owner) =>
        files
          .map((file) => byFile.get(file))
          .filter((chunk) => chunk?.owner === owner)
          .reduce((total, chunk) => total + chunk.gzipBytes, 0);
      const cssFiles = [...seen].flatMap((key) => manifest[key].css ?? []);
      firstLoad = {
        jsFiles: files,
        atlasOwnGzipBytes: sum('atlas'),
        maplibreGzipBytes: sum('maplibre'),
        cssGzipBytes: [...new Set(cssFiles)].reduce(
          (total, file) => total + gzipBytes(join(distDir, file)),
          0,
        ),
      };
    } else {
      notes.push('The manifest has no index.html entry; first-load split skipped.');
    }
  }

  const total = (owner, kind) =>
    chunks
      .filter((chunk) => chunk.owner === owner && (!kind || chunk.kind === kind))
      .reduce((sum, c) => sum + c.gzipBytes, 0);
  return {
    chunks,
    maplibreMainGzipBytes: total('maplibre', 'chunk'),
    maplibreWorkerGzipBytes: total('maplibre', 'worker'),
    atlasAllGzipBytes: total('atlas'),
    firstLoad,
    notes,
  };
}
