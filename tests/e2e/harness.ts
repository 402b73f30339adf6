// Shared helpers for browser tests that drive the built atlas in a real headless Chromium.
// A test serves dist/ with startServer(), starts Chromium with launchBrowser(), opens the atlas
// with openAtlas() and ends with expectCleanRun(). Everything the page logs as an error or
// warning, every uncaught exception, every breach of the page's security policy and every request
// that would leave the machine is recorded, so a test fails on them even when the feature it
// checks looks right.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumArgs, findChromium, noWebGLArgs } from '../../scripts/chromium.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Marks the atlas records with performance.mark(). */
export const marks = {
  /** The map's first `idle` with the default layers drawn. */
  mapIdle: 'atlas:map-idle',
  /** The panels answer input (also set when the map could not start). */
  ready: 'atlas:ready',
  /** The map's first painted frame; its detail says whether every source was loaded by then. */
  mapPainted: 'atlas:map-painted',
} as const;

/** Screen presets. The phone keeps deviceScaleFactor 2 (not a real phone's 3) to keep screenshots fast. */
export const viewports = {
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  fourK: { viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof viewports;

// ---------------------------------------------------------------------------------------------
// Server

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

// ---------------------------------------------------------------------------------------------
// Browser

const browsersWithoutWebGL = new WeakSet<Browser>();

/**
 * Starts headless Chromium. With `webgl: false` WebGL is switched off entirely, so MapLibre
 * cannot create a context and the atlas has to show its fallback.
 */
export async function launchBrowser(options: { webgl?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Run `node scripts/ensure-chromium.mjs` (npm test does) or set CHROME_PATH.',
    );
  }
  const webgl = options.webgl ?? true;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: webgl ? [...chromiumArgs] : [...chromiumArgs, ...noWebGLArgs],
  });
  if (!webgl) browsersWithoutWebGL.add(browser);
  return browser;
}

// ---------------------------------------------------------------------------------------------
// Page

export interface ConsoleProblem {
  type: 'error' | 'warning';
  text: string;
  /** url:line of the code that logged it. */
  location: string;
}

/** A page showing the atlas, with everything that went wrong on it so far. */
export interface AtlasPage {
  page: Page;
  context: BrowserContext;
  /** Console messages of type error or warning, from the page and its workers. */
  consoleProblems: ConsoleProblem[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** Requests (http, https, ws, wss) to any host but localhost; all of them were blocked. */
  externalRequests: string[];
  /**
   * Local sub-resources answered with HTML: Vite preview serves index.html with status 200 for
   * any missing path, so a missing data or glyph file shows up here instead of as a 404.
   */
  missingFiles: string[];
  /** Local requests answered with status >= 400. */
  httpErrors: string[];
  /** `securitypolicyviolation` events: what the page's Content-Security-Policy blocked. */
  policyViolations: string[];
  close(): Promise<void>;
}

export interface OpenAtlasOptions {
  /** A preset name or context options with a viewport; default `desktop`. */
  viewport?: ViewportName | BrowserContextOptions;
  /** URL hash, with or without the leading `#`. */
  hash?: string;
  /** The browser was started with launchBrowser({ webgl: false }); wait for `atlas:ready` instead. */
  disableWebGL?: boolean;
  geolocation?: { latitude: number; longitude: number; accuracy?: number };
  /** Permissions granted to the page's origin, e.g. ['geolocation']. */
  permissions?: string[];
  /** Which mark to wait for; default `atlas:map-idle`, or `atlas:ready` without WebGL. `atlas:ready` (the panels) is always awaited too. */
  waitForMark?: string;
  /** How long to wait for the mark; default 30 s (SwiftShader is slow on two cores). */
  timeoutMs?: number;
  /** Any further context options (locale, colorScheme, reducedMotion…). */
  contextOptions?: BrowserContextOptions;
  /** Runs in the page before any of its own scripts (page.addInitScript), e.g. to watch WebGL calls. */
  initScript?: () => void;
}

/** Prefix of the console line the page's violation listener writes (see watchPolicyViolations). */
const POLICY_VIOLATION = '[atlas-test] security policy violation:';

/**
 * Runs in every page before its own scripts, and in each worker as soon as it starts (MapLibre's
 * worker fetches under the policy its own response headers carry): reports each
 * `securitypolicyviolation` event on the console, where the harness picks it up. Nothing is put
 * on window (the shipped page is checked for globals of its own).
 */
function watchPolicyViolations(prefix: string): void {
  globalThis.addEventListener(
    'securitypolicyviolation',
    (event: SecurityPolicyViolationEvent) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}` +
          (event.sample ? ` (${event.sample})` : ''),
      );
    },
    true,
  );
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const networkProtocols = new Set(['http:', 'https:', 'ws:', 'wss:']);

/** True for a URL that would leave this machine; data:, blob: and local URLs are not. */
export function isExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return networkProtocols.has(parsed.protocol) && !localHosts.has(parsed.hostname);
}

function isLocalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return networkProtocols.has(parsed.protocol) && localHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * Opens the atlas in a fresh browser context and waits until it reports the map idle (or ready,
 * without WebGL). Nothing leaves the machine: external requests are recorded and aborted.
 */
export async function openAtlas(
  browser: Browser,
  baseUrl: string,
  options: OpenAtlasOptions = {},
): Promise<AtlasPage> {
  const withoutWebGL = browsersWithoutWebGL.has(browser);
  if (options.disableWebGL && !withoutWebGL) {
    throw new Error(
      'openAtlas({ disableWebGL: true }) needs a browser from launchBrowser({ webgl: false }).',
    );
  }
  if (!options.disableWebGL && withoutWebGL) {
    throw new Error('This browser has no WebGL: pass { disableWebGL: true } to openAtlas.');
  }

  const viewportOptions =
    typeof options.viewport === 'string'
      ? viewports[options.viewport]
      : (options.viewport ?? viewports.desktop);
  const context = await browser.newContext({
    // The atlas's users read Chinese in China; fix both so dates and collation do not depend on the machine.
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The service worker precaches every file after the first view; only the offline tests want
    // that work, so the others block it (pass contextOptions: { serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
    ...viewportOptions,
    ...(options.geolocation ? { geolocation: options.geolocation } : {}),
    ...(options.permissions ? { permissions: options.permissions } : {}),
    ...options.contextOptions,
  });

  const consoleProblems: ConsoleProblem[] = [];
  const pageErrors: string[] = [];
  const externalRequests: string[] = [];
  const missingFiles: string[] = [];
  const httpErrors: string[] = [];
  const policyViolations: string[] = [];

  // Routes on the context also catch requests from workers and service workers.
  await context.route(
    (url) => isExternalUrl(url.href),
    async (route) => {
      externalRequests.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    (url) => isExternalUrl(url.href),
    async (ws) => {
      externalRequests.push(`WebSocket ${ws.url()}`);
      await ws.close();
    },
  );

  await context.addInitScript(watchPolicyViolations, POLICY_VIOLATION);
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  page.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    if (message.text().startsWith(POLICY_VIOLATION)) {
      policyViolations.push(message.text().slice(POLICY_VIOLATION.length).trim());
      return;
    }
    const { url, lineNumber } = message.location();
    consoleProblems.push({
      type,
      text: message.text(),
      location: url ? `${url}:${lineNumber}` : '(unknown)',
    });
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  // A worker's violations fire in the worker, out of the page's listener's reach; a worker that
  // has ended already is no longer asked.
  page.on('worker', (worker) => {
    worker.evaluate(watchPolicyViolations, POLICY_VIOLATION).catch(() => {});
  });
  page.on('response', (response) => {
    const request = response.request();
    const url = response.url();
    if (!isLocalUrl(url)) return;
    if (response.status() >= 400) {
      httpErrors.push(`${response.status()} ${request.method()} ${url}`);
      return;
    }
    const contentType = response.headers()['content-type'] ?? '';
    const path = new URL(url).pathname;
    const asksForHtml = request.resourceType() === 'document' || path.endsWith('/') || path.endsWith('.html');
    if (!asksForHtml && contentType.startsWith('text/html')) missingFiles.push(url);
  });

  const atlas: AtlasPage = {
    page,
    context,
    consoleProblems,
    pageErrors,
    externalRequests,
    missingFiles,
    httpErrors,
    policyViolations,
    close: () => context.close(),
  };

  const hash = options.hash ? `#${options.hash.replace(/^#/, '')}` : '';
  const target = new URL(hash, baseUrl).href;
  const mark = options.waitForMark ?? (options.disableWebGL ? marks.ready : marks.mapIdle);
  const timeoutMs = options.timeoutMs ?? 30_000;
  try {
    await page.goto(target, { waitUntil: 'load', timeout: timeoutMs });
    await waitForMark(page, mark, timeoutMs);
    // The panels' contents load once the map has drawn: a test starts when a person could use both.
    if (mark !== marks.ready) await waitForMark(page, marks.ready, timeoutMs);
  } catch (error) {
    const detail = describeProblems(atlas);
    await context.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `The atlas at ${target} did not reach "${mark}" within ${timeoutMs} ms (${reason}).` +
        (detail.length > 0 ? `\nWhat went wrong on the page:\n  ${detail.join('\n  ')}` : ''),
      { cause: error },
    );
  }
  return atlas;
}

/** Waits until performance.mark(name) has been called on the page. */
export async function waitForMark(page: Page, name: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, name, {
    timeout: timeoutMs,
    polling: 50,
  });
}

/** Milliseconds from navigation start to the first mark of that name, or undefined if not marked. */
export async function markTimeMs(page: Page, name: string): Promise<number | undefined> {
  return page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, name);
}

/** What the harness itself causes: its blocking of service workers (see openAtlas). */
const harnessConsole = [/^Service Worker registration blocked by Playwright$/];

function describeProblems(atlas: AtlasPage, allowConsole: readonly RegExp[] = []): string[] {
  const allowed = [...harnessConsole, ...allowConsole];
  return [
    ...atlas.consoleProblems
      .filter((problem) => !allowed.some((pattern) => pattern.test(problem.text)))
      .map((problem) => `console ${problem.type}: ${problem.text} (at ${problem.location})`),
    ...atlas.pageErrors.map((error) => `page error: ${error}`),
    ...atlas.externalRequests.map((request) => `external request (blocked): ${request}`),
    ...atlas.missingFiles.map((url) => `missing file (answered with index.html): ${url}`),
    ...atlas.httpErrors.map((line) => `HTTP error: ${line}`),
    // Never excused by allowConsole: the policy is the page's, not a test's, to relax.
    ...atlas.policyViolations.map((line) => `security policy violation: ${line}`),
  ];
}

/**
 * Asserts the page logged no error or warning (MapLibre's "Unable to load glyph range"
 * included), broke none of its security policy, threw nothing, asked for nothing outside localhost and found every file it fetched.
 * `allowConsole` lists console texts a test expects on purpose; use it sparingly.
 */
export function expectCleanRun(atlas: AtlasPage, options: { allowConsole?: readonly RegExp[] } = {}): void {
  const problems = describeProblems(atlas, options.allowConsole);
  expect(problems, `problems seen on the page:\n  ${problems.join('\n  ')}\n`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Screenshots

const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/** Saves a PNG of the viewport as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(target: AtlasPage | Page, name: string): Promise<string> {
  const page = 'consoleProblems' in target ? target.page : target;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`Screenshot name "${name}" should be a plain file name.`);
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// ---------------------------------------------------------------------------------------------
// Suite setup

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

// ---------------------------------------------------------------------------------------------
// Map queries

/** Ids of the features the map has drawn in the given layers (layers that do not exist are skipped). */
export function renderedIds(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((layerIds) => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const present = layerIds.filter((id) => map.getLayer(id));
    return [...new Set(map.queryRenderedFeatures({ layers: present }).map((f) => String(f.properties.id)))];
  }, layers);
}

/** Resolves when the map has drawn everything after a change (a repaint is forced so idle always comes). */
export function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}
