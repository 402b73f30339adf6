// A planner's own files as layers: one drawn over the places and named in the legend, a broken
// or unreadable one refused with a notice, GCJ-02 converted, a file dropped on the map, and kept on
// this device when asked. The attribute tables are layers-table.test.ts's, the features' names and
// cards layers-features.test.ts's, several layers' visibility and colour layers-styling.test.ts's.
import { describe, expect, test } from 'vitest';
import { mapIdle, marks, screenshot, useAtlas, waitForMark, type TestWindow } from './harness';
import { atlasRunner, planFile, READ, renderedUserLayers, textFile, userSource } from './harness-files';

const withAtlas = atlasRunner(useAtlas());

describe("the planner's own data", () => {
  test('a GeoJSON file is drawn over the places and named in the legend; a broken one is refused and loses nothing', async () => {
    await withAtlas({ hash: 'panel=layers&sel=gehu' }, async (page) => {
      await page.getByTestId('user-data-file').setInputFiles(planFile());
      await expect.poll(() => page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('点 1、线 1、面 1');
      expect(await page.getByTestId('legend-user-data').textContent()).toContain('plan.geojson');
      await mapIdle(page);
      await expect.poll(() => renderedUserLayers(page)).toEqual(['user-fill', 'user-line', 'user-point']);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);
      await screenshot(page, 'user-data-desktop');

      // Not JSON: a notice naming the file; the loaded data and the open place stay.
      await page
        .getByTestId('user-data-file')
        .setInputFiles(textFile('broken.geojson', '{"type": "FeatureCollection", '));
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('broken.geojson');
      expect(await page.getByTestId('notices').textContent()).toContain('不是有效的 JSON');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');
      expect(
        await page.evaluate(() => (window as unknown as TestWindow).__atlasState.selection.placeId),
      ).toBe('gehu');

      // Metres in a projection the atlas does not read (UTM 51N) are explained, not drawn somewhere absurd.
      const utm = JSON.stringify({ type: 'Point', coordinates: [216_000, 3_510_000] });
      await page.getByTestId('user-data-file').setInputFiles(textFile('utm.geojson', utm));
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('投影坐标');
      expect(await page.getByTestId('user-data-loaded').textContent()).toContain('plan.geojson');

      // CGCS2000 Gauss–Krüger (EPSG:4549), as planning offices hand it out, is converted and says so.
      // 495,828.8211 / 3,508,588.0191 is 119.956° E, 31.7° N (PROJ's transverse Mercator).
      const gk = JSON.stringify({ type: 'Point', coordinates: [495_828.8211, 3_508_588.0191] });
      await page.getByTestId('user-data-file').setInputFiles(textFile('gk.geojson', gk));
      await expect
        .poll(() => page.getByTestId('user-data-loaded').last().textContent())
        .toContain('gk.geojson');
      expect(await page.getByTestId('user-data-loaded').last().textContent()).toContain('EPSG:4549');
      const [[gkLon, gkLat]] = await userSource(page);
      expect(Math.abs(gkLon - 119.956) * 94_500).toBeLessThan(0.01);
      expect(Math.abs(gkLat - 31.7) * 111_200).toBeLessThan(0.01);
      // Each file is a layer of its own: both are listed, and both stay on the map.
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(2);

      await page.getByTestId('user-data-remove').last().click();
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(1);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);
      await page.getByTestId('user-data-remove').click();
      await expect.poll(() => page.getByTestId('legend-user-data').count()).toBe(0);
      expect(await userSource(page)).toEqual([]);
    });
  }, 60_000);

  test('Amap (GCJ-02) coordinates are converted to WGS84; a file dropped on the map loads too', async () => {
    await withAtlas({ hash: 'panel=layers&lang=en' }, async (page) => {
      await page.getByTestId('user-data-crs').selectOption('GCJ02');
      const point = JSON.stringify({ type: 'Point', coordinates: [119.95, 31.7] });
      await page.evaluate(
        ([name, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: 'application/geo+json' }));
          document
            .querySelector('.map-area')!
            .dispatchEvent(
              new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
        },
        ['amap-point.geojson', point],
      );
      await expect
        .poll(() => page.getByTestId('user-data-loaded').textContent())
        .toContain('amap-point.geojson');
      await expect.poll(() => page.getByTestId('legend-user-layers').textContent()).toContain('My layers');
      expect(await page.getByTestId('legend-user-data').textContent()).toContain('amap-point.geojson');
      const [[lon, lat]] = await userSource(page);
      // GCJ-02 is about 500 m east-north-east of WGS84 near Changzhou: the true point lies west-south-west.
      const shiftM = Math.hypot((lon - 119.95) * 94_500, (lat - 31.7) * 111_200);
      expect(shiftM).toBeGreaterThan(300);
      expect(shiftM).toBeLessThan(800);
      expect(lon).toBeLessThan(119.95);
    });
  });

  test('kept on this device when asked: it comes back after a reload, where the view was; removed, it does not', async () => {
    await withAtlas({ hash: 'panel=layers&map=11/31.68/119.95' }, async (page) => {
      // After a reload the atlas marks when it has decided what comes back, so an absence is checked
      // after that mark, never after a guessed wait.
      const reload = async () => {
        await page.reload();
        await waitForMark(page, marks.mapIdle);
        await waitForMark(page, marks.ready);
        await waitForMark(page, 'atlas:user-data-restored');
      };
      const legendEntry = page.getByTestId('legend-user-data');
      await page.getByTestId('user-data-file').setInputFiles(planFile());
      await expect.poll(() => legendEntry.count(), READ).toBe(1);
      // Not asked: a reload loses it, as before.
      await reload();
      expect(await legendEntry.count()).toBe(0);

      await page.getByTestId('user-data-file').setInputFiles(planFile());
      await page.getByTestId('user-data-keep').check();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as TestWindow).__atlasState.planner.kept))
        .toBe(true);
      // The link holds the view, not the file.
      expect(page.url()).not.toContain('plan');
      await page.evaluate(() => {
        location.hash = 'panel=layers&map=12/31.7/119.9';
      });
      await reload();
      await expect.poll(() => legendEntry.textContent()).toContain('plan.geojson');
      expect(await page.getByTestId('user-data-keep').isChecked()).toBe(true);
      await mapIdle(page);
      const { zoom, lat } = await page.evaluate(
        () => (window as unknown as TestWindow).__atlasState.view.camera,
      );
      expect(zoom).toBeCloseTo(12, 5);
      expect(lat).toBeCloseTo(31.7, 5);
      expect(await userSource(page)).toEqual([[119.9, 31.65]]);

      await page.getByTestId('user-data-remove').click();
      await expect.poll(() => legendEntry.count()).toBe(0);
      await reload();
      expect(await legendEntry.count()).toBe(0);

      // A kept entry the atlas cannot read (another version, a damaged store) is dropped with a notice.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('wujin-atlas');
            open.onupgradeneeded = () => open.result.createObjectStore('my-data');
            open.onsuccess = () => {
              const tx = open.result.transaction('my-data', 'readwrite');
              tx.objectStore('my-data').put({ version: 0, data: 'old' }, 'file');
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      await reload();
      await expect.poll(() => page.getByTestId('notices').textContent()).toContain('无法读取，已删除');
      expect(await legendEntry.count()).toBe(0);
    });
  }, 180_000);

  test('while a file is dragged over the map, the map says what a drop will do', async () => {
    await withAtlas({ hash: 'lang=en' }, async (page) => {
      const drag = (type: string) =>
        page.evaluate((eventType) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File(['{"type":"Point","coordinates":[119.95,31.7]}'], 'p.geojson'));
          document
            .querySelector('.maplibregl-canvas')!
            .dispatchEvent(
              new DragEvent(eventType, { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
        }, type);
      const hint = page.getByTestId('drop-hint');
      expect(await hint.count()).toBe(0);
      await drag('dragenter');
      expect(await hint.textContent()).toContain('Drop the files to show them on the map');
      expect(await hint.textContent()).toContain('never uploaded');
      await drag('dragleave');
      await expect.poll(() => hint.count()).toBe(0);
      await drag('dragenter');
      await drag('drop');
      await expect.poll(() => hint.count()).toBe(0);
      await expect.poll(() => page.getByTestId('legend-user-data').textContent()).toContain('p.geojson');
    });
  });
});
