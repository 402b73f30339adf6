// A maintainer corrects a position end to end: in correction mode (#edit=1) they drag a place on
// the map, record the correction with its source, export the patch; `geo:apply` writes it into a
// COPY of the project's data, the atlas is rebuilt from that copy, and the rebuilt atlas draws the
// place where it was put and says where its position comes from. The repository's own geo/ and
// data/ are never written: the test checks that too.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';

/** A busy machine draws slowly: each wait allows this long. */
const POLL = { timeout: 30_000, interval: 100 };
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { expectCleanRun, openAtlas, screenshot, startServer, useAtlas } from './harness';
import { haversineM } from '../oracles/haversine';

type TestWindow = Window & { __atlasState: AtlasState; __atlasMap: import('maplibre-gl').Map };
type LonLat = [number, number];

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const atlasEnv = useAtlas();

/** The place dragged: 武进站, a point in the transport layer, at its published coordinates. */
const PLACE = 'wujin-station';
const PLACE_AT: LonLat = [119.9424, 31.6603];
/** Zoom 14: about 4 m per CSS pixel here (512 px tiles), so the drag below moves the station about 700 m. */
const HASH = `map=14/${PLACE_AT[1]}/${PLACE_AT[0]}&sel=${PLACE}&edit=1`;
/** Left and down: clear of the details (right), the corrections panel (top left) and the legend (bottom left). */
const DRAG_PX = { x: -150, y: 90 };
const SOURCE_ZH = '测试：站房位置按现场核对修正';
const SOURCE_EN = 'test: the station building as checked on site';
const DATE = '2026-12-01';

/** Page pixel of a [lon, lat] on the map canvas, and metres per CSS pixel there. */
async function pagePixel(page: Page, lonLat: LonLat): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (window as unknown as TestWindow).__atlasMap;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(ll);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lonLat);
}

async function lonLatAt(page: Page, x: number, y: number): Promise<LonLat> {
  return page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const rect = map.getCanvas().getBoundingClientRect();
      const ll = map.unproject([x - rect.left, y - rect.top]);
      return [ll.lng, ll.lat] as LonLat;
    },
    [x, y],
  );
}

/** Ids of the report's places drawn within `padPx` of a [lon, lat]. */
async function placesDrawnAt(page: Page, lonLat: LonLat, padPx = 6): Promise<string[]> {
  return page.evaluate(
    ([ll, pad]) => {
      const map = (window as unknown as TestWindow).__atlasMap;
      const p = map.project(ll as [number, number]);
      const layers = map
        .getStyle()
        .layers.filter((l) => l.id.startsWith('transport-'))
        .map((l) => l.id);
      return map
        .queryRenderedFeatures(
          [
            [p.x - (pad as number), p.y - (pad as number)],
            [p.x + (pad as number), p.y + (pad as number)],
          ],
          { layers },
        )
        .map((f) => String(f.properties.id));
    },
    [lonLat, padPx] as const,
  );
}

/** A content hash of every file under the repository's geo/ and data/, to prove they were not written. */
function dataFingerprint(): string {
  const files: string[] = [];
  for (const dir of ['geo/layers', 'geo/basemap', 'data']) {
    for (const entry of readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files
    .sort()
    .map((f) => `${f}:${readFileSync(f, 'utf8').length}:${readFileSync(f, 'utf8').slice(-200)}`)
    .join('\n');
}

const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's sources and data (node_modules linked), to apply a patch to and build. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-corrections-e2e-'));
  scratchDirs.push(dir);
  for (const item of [
    'src',
    'geo',
    'data',
    'public',
    'index.html',
    'vite.config.ts',
    'svelte.config.js',
    'tsconfig.json',
    'package.json',
  ])
    cpSync(join(repoRoot, item), join(dir, item), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('correction mode, end to end', () => {
  test('a dragged place is exported, applied to a copy of the data, rebuilt, and drawn where it was put with its provenance', async () => {
    const before = dataFingerprint();
    const atlas = await openAtlas(atlasEnv.browser, atlasEnv.server.url, {
      hash: HASH,
      // The machine may be busy: a slow first view is not what this test is about.
      timeoutMs: 120_000,
    });
    const page = atlas.page;
    let movedTo: LonLat;
    let patchPath: string;
    try {
      await page.getByTestId('corrections-panel').waitFor();
      await page.getByTestId('correction-start').click();
      await page.getByTestId('correction-hint').waitFor();
      // The editor draws its handle on the map once its code has loaded.
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const map = (window as unknown as TestWindow).__atlasMap;
              return map.getLayer('atlas-edit-point') !== undefined;
            }),
          POLL,
        )
        .toBe(true);
      await screenshot(atlas, 'corrections-editing');
      const from = await pagePixel(page, PLACE_AT);
      const to = { x: from.x + DRAG_PX.x, y: from.y + DRAG_PX.y };
      movedTo = await lonLatAt(page, to.x, to.y);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++)
        await page.mouse.move(from.x + (DRAG_PX.x * i) / 10, from.y + (DRAG_PX.y * i) / 10);
      await page.mouse.up();

      // The draft is where the pointer let go (within about 6 px).
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const g = (window as unknown as TestWindow).__atlasState.corrections.draft?.geometry;
              return g?.type === 'Point' ? (g.coordinates as LonLat) : null;
            }),
          POLL,
        )
        .not.toEqual(PLACE_AT);
      const draftAt = await page.evaluate(
        () =>
          (window as unknown as TestWindow).__atlasState.corrections.draft!.geometry as unknown as {
            coordinates: LonLat;
          },
      );
      expect(haversineM(draftAt.coordinates, movedTo)).toBeLessThan(25);
      expect(haversineM(draftAt.coordinates, PLACE_AT)).toBeGreaterThan(500);

      await page.getByTestId('correction-precision').selectOption('approximate');
      await page.getByTestId('correction-radius').fill('300');
      await page.getByTestId('correction-source-zh').fill(SOURCE_ZH);
      await page.getByTestId('correction-source-en').fill(SOURCE_EN);
      await page.getByTestId('correction-date').fill(DATE);
      await page.getByTestId('correction-save').click();
      await expect.poll(() => page.getByTestId('corrections-list').locator('li').count(), POLL).toBe(1);
      // The map already draws the place where it was put.
      await expect.poll(() => placesDrawnAt(page, draftAt.coordinates), POLL).toContain(PLACE);
      await screenshot(atlas, 'corrections-recorded');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('corrections-export').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^wujin-atlas-corrections-\d{4}-\d{2}-\d{2}\.json$/);
      const work = projectCopy();
      patchPath = join(work, download.suggestedFilename());
      await download.saveAs(patchPath);
      movedTo = draftAt.coordinates;
      expectCleanRun(atlas);
    } finally {
      await atlas.close();
    }

    const patch = JSON.parse(readFileSync(patchPath, 'utf8'));
    expect(Object.keys(patch.features)).toEqual([PLACE]);
    expect(patch.features[PLACE].old.geometry).toEqual({ type: 'Point', coordinates: PLACE_AT });
    expect(patch.features[PLACE]).toMatchObject({ source_zh: SOURCE_ZH, source_en: SOURCE_EN, date: DATE });

    // geo:apply on the copy, then a full build of the copy with the test hooks.
    const work = join(patchPath, '..');
    const applied = execFileSync(
      process.execPath,
      [join(repoRoot, 'scripts/geo-apply.mjs'), patchPath, '--root', work],
      { cwd: work, encoding: 'utf8' },
    );
    expect(applied).toContain(`${PLACE} (武进站综合交通枢纽) in geo/layers/transport.geojson: moved`);
    execFileSync(
      process.execPath,
      [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', 'dist', '--logLevel', 'error'],
      {
        cwd: work,
        env: { ...process.env, VITE_ATLAS_TEST_HOOKS: '1' },
        stdio: 'pipe',
      },
    );
    expect(dataFingerprint()).toBe(before);

    const rebuilt = await startServer({ distDir: join(work, 'dist') });
    const stored = patch.features[PLACE].new.geometry.coordinates as LonLat;
    try {
      const reopened = await openAtlas(atlasEnv.browser, rebuilt.url, {
        hash: `map=14/${stored[1]}/${stored[0]}&sel=${PLACE}`,
      });
      try {
        const page = reopened.page;
        expect(await page.getByTestId('corrections-panel').count()).toBe(0);
        await expect.poll(() => placesDrawnAt(page, stored), POLL).toContain(PLACE);
        expect(await placesDrawnAt(page, PLACE_AT)).not.toContain(PLACE);
        const provenance = page.getByTestId('detail-corrections');
        await expect
          .poll(() => provenance.textContent(), POLL)
          .toContain(`位置据${SOURCE_ZH}修正（${DATE}）`);
        expect(await page.getByTestId('detail-source').textContent()).toContain(SOURCE_ZH);
        expect(await page.getByTestId('detail-precision').textContent()).toContain('±300 m');
        await screenshot(reopened, 'corrections-rebuilt');
        expectCleanRun(reopened);
      } finally {
        await reopened.close();
      }
    } finally {
      await rebuilt.close();
    }
    expect(haversineM(stored, movedTo)).toBeLessThan(2);
  }, 240_000);
});
