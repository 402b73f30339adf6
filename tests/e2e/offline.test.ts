// After one visit the atlas opens with no network at all: the service worker has precached the
// page, its code, the catalogue's data and the embedded basemap. The web app manifest makes it
// installable on a phone's home screen.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { expectCleanRun, marks, openAtlas, startServer, useAtlas, waitForMark } from './harness';

const suite = useAtlas();

test('one visit, then offline: a reload still draws the whole map', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, {
    viewport: 'phone',
    contextOptions: { serviceWorkers: 'allow' },
  });
  try {
    // The worker registers after the map's first view and is ready once everything is precached.
    const scope = await atlas.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(suite.server.url);

    await atlas.context.setOffline(true);
    // The network is really gone: a fetch that the worker does not answer fails.
    const direct = await atlas.page.evaluate(async () => {
      try {
        await fetch('/not-precached-' + Math.random(), { cache: 'no-store' });
        return 'answered';
      } catch {
        return 'failed';
      }
    });
    expect(direct).toBe('failed');
    // That probe's own failure is the one console error expected here.
    const probeErrors = atlas.consoleProblems.filter((p) => p.location.includes('/not-precached-'));
    expect(probeErrors).toHaveLength(1);
    atlas.consoleProblems.splice(atlas.consoleProblems.indexOf(probeErrors[0]), 1);

    await atlas.page.reload();
    await waitForMark(atlas.page, marks.mapIdle, 60_000);
    await waitForMark(atlas.page, marks.ready, 60_000);
    const controlled = await atlas.page.evaluate(() => navigator.serviceWorker.controller !== null);
    expect(controlled).toBe(true);
    // The places are drawn from the precached layers: the catalogue's list is complete.
    await expect.poll(() => atlas.page.getByRole('tab').count()).toBeGreaterThan(0);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

test('the page names a manifest with icons that the build serves', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, { viewport: 'desktop' });
  try {
    const href = await atlas.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await atlas.page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest.display).toBe('standalone');
    expect(manifest.lang).toBe('zh-CN');
    const sizes = (manifest.icons as { sizes: string; src: string }[]).map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const png = await atlas.page.evaluate(
        async (src) => {
          const response = await fetch(src);
          const bitmap = await createImageBitmap(await response.blob());
          return { type: response.headers.get('content-type'), width: bitmap.width, height: bitmap.height };
        },
        new URL(icon.src, new URL(href!, suite.server.url)).href,
      );
      expect(png.type).toBe('image/png');
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
    }
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
});

test('a newer version is offered, not forced, and taken when the visitor says so', async () => {
  // A copy of the build, so that a "new version" can be published under the running page.
  const distCopy = mkdtempSync(join(tmpdir(), 'atlas-update-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), distCopy, { recursive: true });
  let server = await startServer({ distDir: distCopy });
  const atlas = await openAtlas(suite.browser, server.url, {
    viewport: 'desktop',
    contextOptions: { serviceWorkers: 'allow' },
  });
  try {
    await atlas.page.evaluate(async () => void (await navigator.serviceWorker.ready));
    expect(await atlas.page.getByTestId('update-notice').count()).toBe(0);

    // Publish at the same origin: any change to the worker's bytes is a new version for the
    // browser. The preview server reads its files once, so a new one serves the new build.
    const port = Number(new URL(server.url).port);
    await server.close();
    appendFileSync(join(distCopy, 'sw.js'), '\n// next release\n');
    server = await startServer({ distDir: distCopy, port });
    await atlas.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = atlas.page.getByTestId('update-notice');
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => notice.textContent()).toContain('地图有新版本');

    // The page keeps running until the visitor accepts; then it reloads under the new worker.
    const reloaded = atlas.page.waitForEvent('load');
    await notice.getByRole('button', { name: '重新载入' }).click();
    await reloaded;
    await waitForMark(atlas.page, marks.mapIdle, 60_000);
    const waiting = await atlas.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting !== null && registration?.waiting !== undefined;
    });
    expect(waiting).toBe(false);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
    await server.close();
    rmSync(distCopy, { recursive: true, force: true });
  }
});
