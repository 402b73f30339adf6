/**
 * Ships the optional streets extract: when geo/streets/wujin.pmtiles exists (made once with
 * `npm run geo:streets`), the build copies it to streets/wujin.pmtiles and tells the page so with
 * a meta element (see streets-archive.ts). Without the file the build and the page are exactly as
 * before. The archive is never precached (the service worker keeps it whole after its first use)
 * and never compressed again (its tiles are compressed already; it is read by byte ranges).
 */
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { STREETS_META_NAME } from './streets-archive-meta.ts';

/** Where the extract is kept in the repository, and where the build puts it. */
export const STREETS_SOURCE_PATH = 'geo/streets/wujin.pmtiles';
export const STREETS_OUTPUT_PATH = 'streets/wujin.pmtiles';

/**
 * The archive's address in the page, versioned by its size and time so a new extract is fetched
 * afresh (the service worker keeps the old one under the old address).
 */
export function streetsHref(sizeBytes: number, mtimeMs: number): string {
  return `./${STREETS_OUTPUT_PATH}?v=${sizeBytes.toString(36)}-${Math.round(mtimeMs).toString(36)}`;
}

/** The page with the meta element that announces the archive. */
export function withStreetsMeta(html: string, href: string): string {
  const tag = `<meta name="${STREETS_META_NAME}" content="${href}">`;
  return html.replace(/<\/head>/i, `  ${tag}\n  </head>`);
}

export function streetsPlugin(options: { sourcePath?: string } = {}): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  const source = () =>
    resolve(root, options.sourcePath ?? process.env.ATLAS_STREETS_FILE ?? STREETS_SOURCE_PATH);
  return {
    name: 'atlas-streets',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      const file = source();
      if (!existsSync(file)) return html;
      const { size, mtimeMs } = statSync(file);
      return withStreetsMeta(html, streetsHref(size, mtimeMs));
    },
    // Copied, not emitted: an archive of a few hundred MB need not pass through the bundler's memory.
    writeBundle() {
      const file = source();
      if (!existsSync(file)) return;
      const target = resolve(outDir, STREETS_OUTPUT_PATH);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    },
  };
}
