// A tour opened from a link and driven by the keys a clicker sends, each stop framing its places
// beside the caption; the dots and buttons; leaving it puts the view, filters and selection back.
import { describe, expect, test } from 'vitest';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { readState, useAtlas, type TestWindow } from './harness';
import { expectStopFramed, placesOf, settle, stopById, stops, tourTitle } from './tour-script';

const { withAtlas } = useAtlas();

/** What leaving the tour puts back as it was. */
const viewBeforeTour = (a: AtlasState) => ({
  selection: a.selection.placeId,
  year: a.filters.year,
  groups: [...a.filters.groups],
  camera: a.view.camera,
});

describe('the guided tour', () => {
  test('opens at a stop from a link and turns pages with the keys, each stop framing its places', async () => {
    await withAtlas({ hash: `tour=${stops[0].id}` }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      // The header and the side panel step aside; the legend stays.
      expect(await page.locator('header.bar').isVisible()).toBe(false);
      expect(await page.locator('[data-testid=legend]').isVisible()).toBe(true);

      for (let i = 1; i <= 3; i++) {
        await page.keyboard.press('ArrowRight');
        const stop = stops[i];
        await expect.poll(() => tourTitle(page)).toBe(stop.title.zh);
        expect(await page.locator('[data-testid=tour-count]').innerText()).toBe(`${i + 1} / ${stops.length}`);
        await settle(page);
        if (!stop.district) {
          await expectStopFramed(page, stop);
        }
      }

      // Stop 4 (review-2): its figures as the data states them, its filters, its places marked.
      const stop = stops[3];
      expect(stop.id).toBe('review-2');
      await expectStopFramed(page, stop);
      const figures = await page.locator('[data-testid=tour-figures] dd').allInnerTexts();
      expect(figures.map((f) => f.replace(/\s+/g, ''))).toEqual(['超1800家', '382家', '3.66万人']);
      const state = await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        return {
          groups: [...a.filters.groups],
          year: a.filters.year,
          selection: a.selection.placeId,
          marked: [...a.markedPlaces],
        };
      });
      // Marked: every place a paragraph of 促创新 names; shown: the layers those places are in.
      const review2 = placesOf('review-2');
      expect(review2.length).toBeGreaterThan(0);
      expect({ ...state, groups: [...state.groups].sort(), marked: [...state.marked].sort() }).toEqual({
        groups: [
          ...new Set(
            review2.filter((p) => p.feature.geometry && !p.feature.properties.outside).map((p) => p.group),
          ),
        ].sort(),
        year: 2023,
        selection: null,
        marked: review2.map((p) => p.id).sort(),
      });
      const marked = await page.evaluate(
        (ids) => {
          const map = (window as unknown as TestWindow).__atlasMap;
          return ids.map((id) => map.getFeatureState({ source: 'innovation', id }).figure === true);
        },
        ['nju-institute', 'jsut-campus'],
      );
      expect(marked).toEqual([true, true]);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tour=review-2');

      // The other keys a clicker or a presenter uses.
      await page.keyboard.press('PageDown');
      await expect.poll(() => tourTitle(page)).toBe(stops[4].title.zh);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tourTitle(page)).toBe(stops[2].title.zh);
      await page.keyboard.press('Space');
      await expect.poll(() => tourTitle(page)).toBe(stops[3].title.zh);
      await page.keyboard.press('End');
      await expect.poll(() => tourTitle(page)).toBe(stops.at(-1)!.title.zh);
      await page.keyboard.press('ArrowRight');
      expect(await tourTitle(page)).toBe(stops.at(-1)!.title.zh);
      await page.keyboard.press('Home');
      await expect.poll(() => tourTitle(page)).toBe(stops[0].title.zh);
      // Blank ('.' or B) and back with any key, without turning the page.
      await page.keyboard.press('b');
      await page.locator('[data-testid=tour-blank]').waitFor();
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-testid=tour-blank]').waitFor({ state: 'detached' });
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      // Full screen may be refused headless: either way nothing breaks.
      await page.keyboard.press('f');
      // The answer to F: full screen, or a quiet note that this browser cannot switch.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.fullscreenElement
              ? 'fullscreen'
              : document.querySelector('[data-testid=tour] .note')?.textContent?.includes('全屏')
                ? 'note'
                : 'waiting',
          ),
        )
        .not.toBe('waiting');
      expect(await page.locator('[data-testid=tour]').isVisible()).toBe(true);
      await settle(page);
    });
  });

  test('a dot goes straight to its stop and the buttons step through', async () => {
    await withAtlas({ hash: 'tour=review-4&lang=en' }, async ({ page }) => {
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stopById('review-4').title.en);
      expect(await page.locator('[data-testid=tour-quote] blockquote').innerText()).toContain(
        'Class III water quality',
      );
      await page.locator('[data-testid=tour-next]').click();
      await expect.poll(() => tourTitle(page)).toBe(stopById('review-5').title.en);
      await page.getByRole('button', { name: /^Page 13:/ }).click();
      await expect.poll(() => tourTitle(page)).toBe(stops[12].title.en);
      await settle(page);
      await expectStopFramed(page, stops[12]);
    });
  });

  test('Escape leaves the tour and puts back the view, filters and selection from before', async () => {
    await withAtlas({}, async ({ page }) => {
      await page.evaluate(() => {
        const a = (window as unknown as TestWindow).__atlasState;
        a.select('gehu');
        a.filters.setYear(2024);
        a.filters.toggleGroup('industry');
      });
      await settle(page);
      const before = await readState(page, viewBeforeTour);
      await page.locator('[data-testid=present-button]').click();
      await page.locator('[data-testid=tour]').waitFor();
      expect(await tourTitle(page)).toBe(stops[0].title.zh);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tourTitle(page)).toBe(stops[2].title.zh);
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBeNull();
      await settle(page);

      await page.keyboard.press('Escape');
      await page.locator('[data-testid=tour]').waitFor({ state: 'detached' });
      await settle(page);
      const after = {
        ...(await readState(page, viewBeforeTour)),
        ...(await readState(page, (a) => ({ tour: a.presentation.stopId, marked: [...a.markedPlaces] }))),
      };
      expect(after.tour).toBeNull();
      expect(after.marked).toEqual([]);
      expect({ selection: after.selection, year: after.year, groups: after.groups }).toEqual({
        selection: before.selection,
        year: before.year,
        groups: before.groups,
      });
      expect(after.camera.zoom).toBeCloseTo(before.camera.zoom, 1);
      expect(after.camera.lat).toBeCloseTo(before.camera.lat, 2);
      expect(after.camera.lon).toBeCloseTo(before.camera.lon, 2);
      expect(await page.locator('header.bar').isVisible()).toBe(true);
      expect(
        await page.locator('[data-testid=present-button]').evaluate((b) => b === document.activeElement),
      ).toBe(true);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=gehu');
    });
  });
});
