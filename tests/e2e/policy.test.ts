// The page runs under a strict security policy: its own scripts only (no inline script, no eval),
// its own origin plus the online basemaps' tile hosts, never inside another page's frame. The
// policy travels in the page (a meta tag, for any static host) and as headers from `npm start`.
import { request } from 'node:http';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, openAtlas, useAtlas } from './harness';

const suite = useAtlas();
const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

/** Response headers of one request, read without a browser (so nothing is decoded or cached). */
function headersOf(path: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, suite.server.url), { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers));
    });
    req.on('error', reject);
    req.end();
  });
}

/** One directive's sources, from a policy string. */
function directive(policy: string, name: string): string[] | undefined {
  const entry = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([n]) => n === name);
  return entry?.slice(1);
}

describe('the security headers of npm start', () => {
  const mapLibreChunk = readdirSync(join(distDir, 'assets')).find(
    (name) => name.startsWith('maplibre-') && name.endsWith('.js'),
  );

  test.each([
    ['the page', './'],
    ['the service worker', './sw.js'],
    ['a brotli-compressed script', `./assets/${mapLibreChunk}`],
    ['the manifest', './manifest.webmanifest'],
  ])('%s comes with the policy, nosniff, a referrer policy and frame protection', async (_what, path) => {
    const headers = await headersOf(path, { 'accept-encoding': 'br' });
    const policy = String(headers['content-security-policy']);
    expect(directive(policy, 'script-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'none'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('the policy in the page', () => {
  test('the meta policy allows no eval, no inline script and no host beyond the tile servers', async () => {
    const atlas = await openAtlas(suite.browser, suite.server.url);
    try {
      const policy = await atlas.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toBeTruthy();
      // A meta policy cannot say who frames the page (browsers warn about it): that is the header's.
      expect(directive(policy!, 'frame-ancestors')).toBeUndefined();
      expect(directive(policy!, 'script-src')).toEqual(["'self'"]);
      const hosts = (name: string) => directive(policy!, name)!.filter((s) => s.startsWith('https:'));
      // The hosts written out here, from the tile URLs the atlas offers (README, online basemaps).
      const tileHosts = [
        'https://tile.openstreetmap.org',
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`),
      ];
      expect(hosts('connect-src').sort()).toEqual([...tileHosts].sort());
      expect(directive(policy!, 'connect-src')!.filter((s) => !s.startsWith('https:'))).toEqual([
        "'self'",
        'data:',
        'blob:',
      ]);
      expect(hosts('img-src').sort()).toEqual([...tileHosts].sort());
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain("'unsafe-inline'");

      // What an injection would try: an inline script, an inline event handler, code in a string
      // for the timer (eval by another name). None runs. (Code that the test itself evaluates is
      // exempt from the policy, so each attempt is made the way a page's own code would.)
      await atlas.page.evaluate(() => {
        const mark = (name: string) => `document.documentElement.dataset.${name} = "1"`;
        const script = document.createElement('script');
        script.textContent = mark('inline');
        document.head.append(script);
        const img = document.createElement('img');
        img.setAttribute('onerror', mark('handler'));
        img.src = 'data:,not-an-image';
        document.body.append(img);
        (setTimeout as unknown as (code: string, ms: number) => void)(mark('timer'), 0);
      });
      await expect.poll(() => atlas.policyViolations.length).toBeGreaterThanOrEqual(3);
      const ran = await atlas.page.evaluate(() => {
        const { inline, handler, timer } = document.documentElement.dataset;
        return [inline, handler, timer].filter(Boolean);
      });
      expect(ran).toEqual([]);
      // The harness saw the attempts, which is what makes every other browser test fail on one.
      expect(atlas.policyViolations.join('\n')).toMatch(/script-src/);
      atlas.policyViolations.length = 0;
      atlas.consoleProblems.length = 0;
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }
  });

  test('another page cannot show the atlas in a frame', async () => {
    const context = await suite.browser.newContext();
    try {
      const framerUrl = new URL('framer-for-the-test.html', suite.server.url).href;
      await context.route(framerUrl, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>framer</title><iframe src="${suite.server.url}"></iframe>`,
        }),
      );
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/frame|ancestor/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(framerUrl);
      await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
      // Nothing of the atlas was loaded into the frame.
      const inner = page.frames().find((f) => f !== page.mainFrame());
      const title = inner ? await inner.title().catch(() => '') : '';
      expect(title).not.toContain('Wujin');
    } finally {
      await context.close();
    }
  });
});
