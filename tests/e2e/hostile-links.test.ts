// Fifty junk links, one after another on one page, as a visitor pasting or editing addresses would
// feed them: nothing is thrown, no payload runs (each would set window.__pwned), the notices stay
// within three on screen, and the map still answers a good link afterwards.
import { expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { junkLinks } from '../fixtures/hostile/junk-links';
import { expectCleanRun, mapIdle, openAtlas, useAtlas } from './harness';

type TestWindow = Window & { __atlasState: AtlasState; __pwned?: unknown };

const suite = useAtlas();

test('fifty junk links on one page: no error, no injected script, at most three notices, a map that answers', async () => {
  const all = junkLinks();
  // Every kind of junk (the generator cycles through six), and both 100 kB hashes.
  const links = [...all.slice(0, 48), ...all.slice(-2)];
  const atlas = await openAtlas(suite.browser, suite.server.url, { hash: 'lang=en' });
  try {
    const { page } = atlas;
    for (const [i, link] of links.entries()) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, link);
      // The hashchange task runs before the next frame: by then the link has been applied.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as TestWindow).__pwned,
        visible: document.querySelectorAll('[data-testid=notices] .notice').length,
      }));
      expect(seen.pwned, `link #${i}`).toBeUndefined();
      expect(seen.visible, `link #${i}`).toBeLessThanOrEqual(3);
      expect(atlas.pageErrors, `link #${i}: ${link.slice(0, 80)}`).toEqual([]);
    }
    // Nothing the links carried became markup.
    expect(await page.locator('[data-testid=notices] script, [data-testid=notices] img').count()).toBe(0);
    // The map still answers: a good link selects a place and moves the camera.
    await page.evaluate(() => (location.hash = 'map=12/31.7/119.95&sel=gehu&lang=en'));
    await page.locator('.detail-slot').waitFor();
    await mapIdle(page);
    const after = await page.evaluate(() => {
      const a = (window as unknown as TestWindow).__atlasState;
      return { sel: a.selection.placeId, lang: a.view.lang, zoom: Math.round(a.view.camera.zoom) };
    });
    expect(after).toEqual({ sel: 'gehu', lang: 'en', zoom: 12 });
    // Some junk names an online basemap or a kiosk: offered or left, never fetched.
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}, 180_000);
