// One server and one browser per test file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './harness-browser';
import { openAtlas, type AtlasPage, type OpenAtlasOptions } from './harness-page';
import { expectCleanRun } from './harness-problems';
import { startServer, type AtlasServer } from './harness-server';

export interface AtlasSuite {
  readonly server: AtlasServer;
  readonly browser: Browser;
  /**
   * Opens the atlas, runs the check, asserts the run stayed clean (expectCleanRun) and always
   * closes the page, also when the check fails.
   */
  withAtlas(options: OpenAtlasOptions, check: (atlas: AtlasPage) => Promise<void>): Promise<void>;
}

/**
 * Opens the atlas from `baseUrl` in `browser`, runs the check, asserts the run stayed clean
 * (expectCleanRun) and always closes the page, also when the check fails. For a browser or a
 * server of the test's own; a file's shared pair is `useAtlas().withAtlas`.
 */
export async function withAtlasOn(
  browser: Browser,
  baseUrl: string,
  options: OpenAtlasOptions,
  check: (atlas: AtlasPage) => Promise<void>,
): Promise<void> {
  const atlas = await openAtlas(browser, baseUrl, options);
  try {
    await check(atlas);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}

/**
 * One server and one browser for a whole test file, started before its first test and closed
 * after its last. Call at the top level of a test file; read `server` and `browser` inside tests.
 */
export function useAtlas(options: { webgl?: boolean } = {}): AtlasSuite {
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
  const suite: AtlasSuite = {
    get server() {
      if (!server) throw new Error('useAtlas: the server is not started yet (read it inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useAtlas: the browser is not started yet (read it inside a test)');
      return browser;
    },
    withAtlas: (openOptions, check) => withAtlasOn(suite.browser, suite.server.url, openOptions, check),
  };
  return suite;
}
