import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { searchIndexPlugin } from './src/lib/search/vite-plugin-search-index.ts';
import { validateCataloguePlugin } from './src/lib/catalog/vite-plugin-validate.ts';
import { preloadCataloguePlugin } from './src/lib/catalog/vite-plugin-preload.ts';
import { offlinePlugin } from './src/lib/offline/vite-plugin-offline.ts';
import { deliveryPlugin } from './src/lib/offline/vite-plugin-delivery.ts';
import { streetsPlugin } from './src/lib/map/vite-plugin-streets.ts';
import { bootShellPlugin } from './src/lib/ui/vite-plugin-boot-shell.ts';
import { securityPolicyPlugin } from './src/lib/security/vite-plugin-policy.ts';

export default defineConfig({
  // searchIndexPlugin: the pinyin of every catalogue name, computed at build time (virtual:atlas-pinyin).
  // validateCataloguePlugin: a malformed or inconsistent data file stops the build, naming file, feature and rule.
  // preloadCataloguePlugin: the data files are fetched while the scripts download (preload hints in index.html).
  // offlinePlugin: the web app manifest and the service worker that opens the atlas offline after one visit.
  // streetsPlugin: ships geo/streets/wujin.pmtiles (when present) and announces it to the page.
  // bootShellPlugin: the page's first words in index.html, drawn before any script runs, and the palette as CSS.
  // securityPolicyPlugin: the Content-Security-Policy in the page and, from `npm start`, the security headers
  //   (before deliveryPlugin, whose compressed answers must carry them too).
  // deliveryPlugin: brotli/gzip copies made at build time, served by `npm start`; hashed assets cached for a year.
  plugins: [
    svelte(),
    searchIndexPlugin(),
    validateCataloguePlugin(),
    preloadCataloguePlugin(),
    offlinePlugin(),
    streetsPlugin(),
    bootShellPlugin(),
    securityPolicyPlugin(),
    deliveryPlugin(),
  ],
  base: './',
  // The file reader's worker loads each format's parser on demand: that needs ES module workers.
  worker: { format: 'es' },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, host: 'localhost' },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true, host: 'localhost' },
  build: {
    target: 'es2022',
    manifest: true,
    // MapLibre alone is ~800 kB minified; it is one cacheable chunk, not a sign of bloat.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // Some data checks walk every segment of the basemap: seconds on a busy two-core machine.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Svelte's browser build, so components mount in the simulated DOM.
        resolve: { conditions: ['browser'] },
        test: { name: 'component', include: ['tests/component/**/*.test.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
