// One server and one browser per test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './harness-browser';
import { startServer, type AtlasServer } from './harness-server';

/**
 * One server and one browser for a whole test file, started before its first test and closed
 * after its last. Call at the top level of a test file; read `server` and `browser` inside tests.
 */
export function useAtlas(options: { webgl?: boolean } = {}): {
  readonly server: AtlasServer;
  readonly browser: Browser;
} {
  let server: AtlasServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useAtlas: the server is not started yet (read it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useAtlas: the browser is not started yet (read it inside a test)');
      return browser;
    },
  };
}
