// The page people get carries nothing meant for the tests: a build made without
// VITE_ATLAS_TEST_HOOKS puts no `window.__atlas*` global (and no other global of its own) on the
// page, so neither the state nor the map, nor the Tianditu key a visitor types, is reachable
// from `window`. Builds the plain atlas into a temporary directory, apart from the suite's dist/.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasTestHooks, launchBrowser, openAtlas, startServer, type AtlasServer } from './harness';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Svelte's own globals: its version registry and the rune names it defines so that a rune used
 * outside a component throws a helpful error. They hold nothing of the atlas.
 */
const SVELTE_GLOBALS = new Set([
  '__svelte',
  '$state',
  '$effect',
  '$derived',
  '$inspect',
  '$props',
  '$bindable',
]);

describe('the shipped page', () => {
  let outDir = '';
  let server: AtlasServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'atlas-plain-'));
    const flag = process.env.VITE_ATLAS_TEST_HOOKS;
    delete process.env.VITE_ATLAS_TEST_HOOKS;
    try {
      await build({ root: repoRoot, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      if (flag !== undefined) process.env.VITE_ATLAS_TEST_HOOKS = flag;
    }
    server = await startServer({ distDir: outDir, testHooks: false });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('no script of the plain build mentions a test hook', () => {
    const scripts = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const withHooks = scripts.filter((name) =>
      readFileSync(join(outDir, 'assets', name), 'utf8').includes('__atlas'),
    );
    expect(withHooks).toEqual([]);
    expect(hasTestHooks(outDir)).toBe(false);
  });

  test('the page adds no global of its own to window, after a Tianditu key is typed too', async () => {
    const atlas = await openAtlas(browser!, server!.url, { hash: 'panel=layers' });
    const { page } = atlas;
    // What a blank page of the same origin has on window: anything more is the atlas's.
    const blankUrl = new URL('blank-page-for-comparison.html', server!.url).href;
    await atlas.context.route(blankUrl, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
    );
    const blank = await atlas.context.newPage();
    await blank.goto(blankUrl);
    const baseline = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
    await blank.close();

    const own = () =>
      page
        .evaluate(() => Object.getOwnPropertyNames(window))
        .then((names) => names.filter((n) => !baseline.has(n) && !SVELTE_GLOBALS.has(n)));
    expect(await own()).toEqual([]);

    // Choose Tianditu, type a key, and look for it anywhere one level below window's own properties.
    const key = 'fedcba98765432100123456789abcdef';
    await page.locator('[data-basemap="tianditu"]').check();
    const dialog = page.getByTestId('tianditu-key-dialog');
    await dialog.getByTestId('tianditu-key').fill(key);
    await dialog.locator('button[type="submit"]').click();
    // The tiles are asked for (and blocked by the harness): the key is in use by then.
    await expect
      .poll(() => atlas.externalRequests.some((r) => r.includes(key)), { timeout: 20_000 })
      .toBe(true);
    await expect.poll(own).toEqual([]);
    const found = await page.evaluate((secret) => {
      const hits: string[] = [];
      for (const name of Object.getOwnPropertyNames(window)) {
        let value: unknown;
        try {
          value = (window as unknown as Record<string, unknown>)[name];
        } catch {
          continue;
        }
        if (typeof value === 'string' && value.includes(secret)) hits.push(name);
      }
      return hits;
    }, key);
    expect(found).toEqual([]);
    await atlas.close();
    expect(atlas.pageErrors).toEqual([]);
  });
});
