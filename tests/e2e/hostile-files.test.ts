// One file of each class of the hostile corpus (tests/fixtures/hostile), loaded through the real
// file input one after another on one page, as a visitor would: each gives what is written by hand
// for it in expected.json (`shown`) in the page's language — Chinese for the first half, English
// after the language switch —, every layer loaded before stays on the map, and nothing the files
// carry runs, opens a dialog or breaks the page's policy.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { bigCases } from '../fixtures/hostile/make-corpus.mjs';
import { expectCleanRun, openAtlas, screenshot, useAtlas } from './harness';

type TestWindow = Window & {
  __atlasState: AtlasState;
  __atlasMap: import('maplibre-gl').Map;
  __pwned?: unknown;
};
type Text = { zh: string; en: string };
interface Entry {
  file?: string;
  name: string;
  class: string;
  expect: { problem?: string; loaded?: { points: number; lines: number; areas: number } };
  shown?: { notice?: Text; loaded?: Text };
}

const suite = useAtlas();
/** Reading starts a worker and loads a format's reader: seconds on a busy two-core machine. */
const READ = { timeout: 20_000 };
const dir = new URL('../fixtures/hostile/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Entry[];
const many = (bigCases() as (Entry & { bytes: Uint8Array })[]).find((c) => c.name === 'many.geojson')!;
const files: (Entry & { bytes: Buffer })[] = [
  ...manifest
    .filter((e) => e.shown)
    .map((e) => ({ ...e, bytes: readFileSync(new URL(`files/${e.file}`, dir)) })),
  { ...many, bytes: Buffer.from(many.bytes) },
];

test('one file of each hostile class, one after another: its notice, and the map keeps what it had', async () => {
  expect(files.length).toBeGreaterThanOrEqual(15);
  expect(new Set(files.map((f) => f.class)).size).toBeGreaterThanOrEqual(10);
  const atlas = await openAtlas(suite.browser, suite.server.url, { hash: 'panel=layers' });
  const { page } = atlas;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    const input = page.getByTestId('user-data-file');
    const readsDone = () =>
      page.evaluate(() => performance.getEntriesByName('atlas:user-data-read', 'mark').length);
    const layersNow = () =>
      page.evaluate(() => {
        const w = window as unknown as TestWindow;
        const sources = w.__atlasMap.getStyle().sources;
        return w.__atlasState.planner.layers.map((l) => ({ name: l.name, onMap: `user:${l.id}` in sources }));
      });
    const loaded: string[] = [];
    let lang: 'zh' | 'en' = 'zh';
    for (const [i, file] of files.entries()) {
      if (i === Math.floor(files.length / 2)) {
        await page.getByTestId('lang-switch').click();
        lang = 'en';
        await expect.poll(() => page.locator('.atlas').getAttribute('lang')).toBe('en');
      }
      const label = `${file.class}: ${file.name.slice(0, 60)} (${lang})`;
      const before = await readsDone();
      await input.setInputFiles({ name: file.name, mimeType: 'application/geo+json', buffer: file.bytes });
      await expect.poll(readsDone, { ...READ, message: `${label}: reading ends` }).toBe(before + 1);

      if (file.shown?.notice)
        await expect
          .poll(() => page.locator('.notice').last().textContent(), { message: label })
          .toContain(file.shown.notice[lang]);
      if (file.expect.loaded) loaded.push(file.name);
      const rows = page.getByTestId('user-data-loaded');
      await expect.poll(() => rows.count(), { message: label }).toBe(loaded.length);
      if (file.shown?.loaded)
        expect(await rows.last().textContent(), label).toContain(file.shown.loaded[lang]);
      // Every layer loaded so far, in order, each still a source of the map.
      await expect.poll(layersNow, { message: label }).toEqual(loaded.map((name) => ({ name, onMap: true })));
      if (file.name === 'partly-outside.geojson') await screenshot(atlas, 'hostile-files-partly-outside-zh');
    }
    await screenshot(atlas, 'hostile-files-end-en');

    // The file named like markup is shown as text: no element was made of it, no script ran.
    expect(await loadedText(page)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(
      await page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__pwned)).toBeUndefined();
    expect(
      await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')),
    ).toBe(false);
    expect(dialogs).toEqual([]);
    expectCleanRun(atlas);
  } finally {
    await atlas.close();
  }
}, 120_000);

/** The text of every loaded file's line. */
function loadedText(page: import('playwright-core').Page): Promise<string> {
  return page
    .getByTestId('user-data-loaded')
    .allTextContents()
    .then((texts) => texts.join('\n'));
}
