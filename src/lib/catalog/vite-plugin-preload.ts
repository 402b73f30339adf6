/**
 * A preload hint for the catalogue artifact. Without it the browser asks for the data only once
 * the atlas's scripts have run; with it the data downloads while the scripts do, which on a real
 * network saves a round trip before anything can be drawn. Only the file the page itself fetches
 * (load.ts) is listed: the map's worker fetches the basemap on its own and would not use a
 * preloaded copy.
 */
import type { Plugin } from 'vite';

/** The name the data gate gives the artifact it emits (vite-plugin-validate.ts). */
export const ARTIFACT_NAME = 'catalogue.json';

interface EmittedAsset {
  type: string;
  fileName: string;
  names?: readonly string[];
  name?: string;
}

export function preloadCataloguePlugin(): Plugin {
  return {
    name: 'atlas-preload-catalogue',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const hrefs = (Object.values(ctx.bundle ?? {}) as EmittedAsset[])
          .filter((output) => output.type === 'asset')
          .filter((asset) => (asset.names ?? [asset.name]).includes(ARTIFACT_NAME))
          .map((asset) => `./${asset.fileName}`);
        if (hrefs.length !== 1)
          this.warn(`preload: found ${hrefs.length} catalogue artifacts in the build, not 1`);
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
