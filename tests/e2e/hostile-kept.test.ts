// A damaged file kept in IndexedDB (a null feature, a wrong shape, a geometry collection whose
// geometries are not a list, another version) is dropped at start-up with a notice in the page's
// language: nothing is thrown, the store is emptied, and the rest of the atlas works.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectCleanRun, marks, openAtlas, useAtlas, waitForMark } from './harness';

type TestWindow = Window & { __atlasState: AtlasState };

const suite = useAtlas();

const point = {
  type: 'Feature',
  properties: { name: '站点' },
  geometry: { type: 'Point', coordinates: [119.95, 31.7] },
};
const entry = (features: unknown) => ({
  version: 1,
  data: { name: 'plan.geojson', data: { type: 'FeatureCollection', features } },
});

/** Each as the store might hold it after a crash, another version or a meddling script on this origin. */
const DAMAGED: [string, unknown, 'zh' | 'en'][] = [
  ['a null feature beside a good one', entry([null, point]), 'zh'],
  ['features that are not a list', entry('features'), 'en'],
  [
    'a geometry collection whose geometries are not a list',
    entry([{ type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: 'x' } }]),
    'zh',
  ],
  ['no data at all', { version: 1, data: null }, 'en'],
  ['another version', { version: 0, data: 'old' }, 'zh'],
];

const NOTICE = {
  zh: '本机保留的“我的数据”文件无法读取，已删除。',
  en: 'The file kept on this device under “My data” could not be read and was removed.',
};

function putKept(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    (kept) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wujin-atlas');
        open.onupgradeneeded = () => open.result.createObjectStore('my-data');
        open.onsuccess = () => {
          const tx = open.result.transaction('my-data', 'readwrite');
          tx.objectStore('my-data').put(kept, 'file');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    value,
  );
}

function keptCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('wujin-atlas');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('my-data')) return resolve(0);
          const count = open.result.transaction('my-data').objectStore('my-data').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** How the restore at start-up ended (the detail of its mark). */
async function restoreOutcome(page: Page): Promise<string> {
  await waitForMark(page, 'atlas:user-data-restored');
  return page.evaluate(
    () =>
      (performance.getEntriesByName('atlas:user-data-restored', 'mark')[0] as PerformanceMark)
        .detail as string,
  );
}

test('a damaged kept file is dropped at start-up with a notice in the page’s language, and the atlas works', async () => {
  const atlas = await openAtlas(suite.browser, suite.server.url, { hash: 'panel=layers' });
  try {
    const { page } = atlas;
    expect(await restoreOutcome(page)).toBe('none');
    for (const [name, value, lang] of DAMAGED) {
      await putKept(page, value);
      expect(await keptCount(page), name).toBe(1);
      await page.evaluate((l) => (location.hash = `panel=layers&lang=${l}`), lang);
      await page.reload();
      await waitForMark(page, marks.mapIdle);
      expect(await restoreOutcome(page), name).toBe('dropped');
      const notices = page.getByTestId('notices');
      await expect.poll(() => notices.textContent(), { message: name }).toContain(NOTICE[lang]);
      // One notice, in words, nothing of the error behind it.
      expect(await notices.locator('.notice').count(), name).toBe(1);
      expect(await notices.textContent()).not.toMatch(/TypeError|undefined|null|\.map|stack/i);
      expect(await keptCount(page), name).toBe(0);
      expect(await page.getByTestId('legend-user-data').count(), name).toBe(0);
      expect(atlas.pageErrors, name).toEqual([]);
    }

    // The rest of the atlas works: a place's details open from a link, a new file loads and is kept.
    await page.evaluate(() => (location.hash = 'panel=layers&sel=gehu'));
    // The card loads when first shown: wait for it, not only for its slot.
    await page.getByTestId('detail-panel').waitFor();
    expect(await page.getByTestId('detail-panel').textContent()).toContain('滆湖');
    await page.getByTestId('user-data-file').setInputFiles({
      name: 'good.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [point] })),
    });
    await expect.poll(() => page.getByTestId('legend-user-data').textContent()).toContain('good.geojson');
    await page.getByTestId('user-data-keep').check();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasState.planner.kept))
      .toBe(true);
    await page.reload();
    await waitForMark(page, marks.mapIdle);
    expect(await restoreOutcome(page)).toBe('restored');
    await expect.poll(() => page.getByTestId('legend-user-data').textContent()).toContain('good.geojson');
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}, 180_000);
