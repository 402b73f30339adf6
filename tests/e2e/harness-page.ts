// Opens the atlas in a fresh browser context and records everything that goes wrong on the page.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { browsersWithoutWebGL } from './harness-browser';
import { marks, waitForMark } from './harness-marks';
import { describeProblems } from './harness-problems';
import { viewports, type ViewportName } from './harness-viewports';

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
  /** Sets up further routes on the context before the page opens, e.g. to make a file fail. */
  routes?: (context: BrowserContext) => Promise<unknown>;
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

  await options.routes?.(context);
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
