// Serves the built atlas (dist/) for the browser tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface AtlasServer {
  /** Base URL with a trailing slash, e.g. http://localhost:41234/ */
  url: string;
  close(): Promise<void>;
}

/** True when the build in `distDir` sets the `window.__atlas*` globals the browser tests read. */
export function hasTestHooks(distDir: string): boolean {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets).some(
    (name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes('__atlasState'),
  );
}

/**
 * Serves the built atlas with Vite's preview server on a free port, in this process.
 * `npm test` builds before vitest starts (with `VITE_ATLAS_TEST_HOOKS=1`, `npm run build:test`);
 * this only checks that the build is there and, unless `testHooks: false`, that it has the hooks.
 */
export async function startServer(
  options: { distDir?: string; testHooks?: boolean; port?: number } = {},
): Promise<AtlasServer> {
  const distDir = options.distDir ?? join(repoRoot, 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `No built atlas at ${distDir} (index.html missing). Run \`npm run build:test\` first; \`npm test\` builds before running vitest.`,
    );
  }
  if ((options.testHooks ?? true) && !hasTestHooks(distDir)) {
    throw new Error(
      `The atlas in ${distDir} was built without test hooks. Build it with \`npm run build:test\` ` +
        '(VITE_ATLAS_TEST_HOOKS=1 vite build); `npm test` does.',
    );
  }
  const server = await preview({
    root: repoRoot,
    logLevel: 'silent',
    build: { outDir: distDir },
    // Port 0: the OS picks a free port, so parallel runs and a running `npm start` do not clash.
    // A given port serves a new build at the same origin (a service worker's update).
    preview: { port: options.port ?? 0, strictPort: true, host: 'localhost', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('Vite preview started but reported no local URL.');
  }
  return { url, close: () => server.close() };
}
