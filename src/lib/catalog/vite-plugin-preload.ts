/**
 * Preload hints for the catalogue's data files. Without them the browser asks for the data only
 * once the atlas's scripts have run; with them it fetches the data while the scripts download,
 * which on a real network saves a round trip before anything can be drawn. Only the files the
 * page itself fetches (load.ts) are listed: the map's worker fetches the basemap on its own and
 * would not use a preloaded copy.
 */
import type { Plugin } from 'vite';
import { CATALOGUE_FILES } from './vite-plugin-validate.ts';

export function preloadCataloguePlugin(): Plugin {
  return {
    name: 'atlas-preload-catalogue',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const wanted = new Set(CATALOGUE_FILES);
        const hrefs = Object.values(ctx.bundle ?? {})
          .filter((output) => output.type === 'asset')
          .filter((asset) => (asset.originalFileNames ?? []).some((name) => wanted.has(name)))
          .map((asset) => `./${asset.fileName}`)
          .sort();
        if (hrefs.length !== wanted.size) {
          this.warn(`preload: found ${hrefs.length} of ${wanted.size} catalogue files in the build`);
        }
        // crossorigin: fetch() asks in CORS mode, and a preload is only reused by a request that matches it.
        return hrefs.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
