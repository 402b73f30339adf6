// Builds the benchmark's baseline pages (bench/bare: the bare MapLibre page, and the atlas's map
// alone) into bench/dist, apart from the atlas's own build in dist/. Used by bench/run.mjs; not
// part of the atlas.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { deliveryPlugin } from '../src/lib/offline/vite-plugin-delivery.ts';

export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  // Served as the atlas is (brotli, cache headers), so the comparison measures the pages, not the servers.
  plugins: [deliveryPlugin()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // MapLibre's main chunk is far over Vite's 500 kB warning; that is expected here.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        bare: fileURLToPath(new URL('./bare/index.html', import.meta.url)),
        map: fileURLToPath(new URL('./bare/map.html', import.meta.url)),
      },
    },
  },
});
