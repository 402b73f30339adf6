// Export PNG: the button saves the current view as an image with a title band above the map and
// the legend, scale bar, date, attribution and link below it. The image is read back with pngjs:
// its size must be the map canvas plus exactly the bands the layout promises, and it must show
// something (not a blank or black canvas).
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { metresPerPixel } from '../../src/lib/export/scale-bar';
import { saveExport, useAtlas, type AtlasPage, type SavedExport } from './harness';
import { serveGreenOsmTiles } from './basemap-online-facts';

const atlasEnv = useAtlas();

interface CanvasSize {
  widthPx: number;
  heightPx: number;
  clientWidth: number;
  clientHeight: number;
  dpr: number;
}

function mapCanvasSize(page: Page): Promise<CanvasSize> {
  return page.evaluate(() => {
    const canvas = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getCanvas();
    return {
      widthPx: canvas.width,
      heightPx: canvas.height,
      clientWidth: canvas.clientWidth,
      clientHeight: canvas.clientHeight,
      dpr: window.devicePixelRatio,
    };
  });
}

/** Clicks Export PNG, saves the download under test-results/exports/<name>.png and reads it. */
function exportPng(atlas: AtlasPage, name: string): Promise<SavedExport> {
  return saveExport(atlas.page, 'export-png', name);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the parts of an export should be, in device pixels of the image. */
interface ExpectedLayout {
  widthPx: number;
  heightPx: number;
  columns: number;
  title: Box;
  map: Box;
  legendHeading: Box;
  legend: { kind: 'group' | 'status'; index: number; box: Box }[];
  scaleBar: Box;
  attribution: Box[];
  link: Box[];
}

/**
 * The export's layout as the design gives it, in CSS pixels scaled by the pixel ratio: a 66 px
 * title band (title row at 10 px, 30 px high) above the map; below it, 16 px from each side, a 12 px
 * gap, the 22 px legend heading, the groups then (after 4 px) the statuses in 26 px rows of columns
 * at least 176 px wide, the 24 px precision note, 8 px, the 32 px scale row (its bar in at most
 * 220 px, or half the width), the attribution then the link in 17 px lines, and 12 px at the foot.
 * Written here from those numbers, not taken from the atlas's layout code.
 */
function expectedLayout(
  mapWidthPx: number,
  mapHeightPx: number,
  ratio: number,
  groups: number,
  statuses: number,
  attributionLines: number,
  linkLines: number,
): ExpectedLayout {
  const px = (css: number) => Math.round(css * ratio);
  const innerCss = mapWidthPx / ratio - 32;
  const columns = Math.max(1, Math.floor(innerCss / 176));
  const columnCss = innerCss / columns;
  const mapTop = px(66);
  const below = (xCss: number, topCss: number, wCss: number, hCss: number): Box => ({
    x: px(xCss),
    y: mapTop + mapHeightPx + px(topCss),
    width: px(wCss),
    height: px(hCss),
  });
  let y = 12;
  const legendHeading = below(16, y, innerCss, 22);
  y += 22;
  const legend: ExpectedLayout['legend'] = [];
  for (const [kind, count] of [
    ['group', groups],
    ['status', statuses],
  ] as const) {
    if (kind === 'status' && groups > 0 && statuses > 0) y += 4;
    for (let index = 0; index < count; index++)
      legend.push({
        kind,
        index,
        box: below(16 + (index % columns) * columnCss, y + Math.floor(index / columns) * 26, columnCss, 26),
      });
    y += Math.ceil(count / columns) * 26;
  }
  y += 24 + 8;
  const scaleBar = below(16, y, Math.min(220, innerCss / 2), 32);
  y += 32;
  const rows = (n: number) =>
    Array.from({ length: n }, () => {
      const box = below(16, y, innerCss, 17);
      y += 17;
      return box;
    });
  const attribution = rows(attributionLines);
  const link = rows(linkLines);
  y += 12;
  return {
    widthPx: mapWidthPx,
    heightPx: mapTop + mapHeightPx + px(y),
    columns,
    title: { x: px(16), y: px(10), width: px(innerCss), height: px(30) },
    map: { x: 0, y: mapTop, width: mapWidthPx, height: mapHeightPx },
    legendHeading,
    legend,
    scaleBar,
    attribution,
    link,
  };
}

/** Mean and variance of the luminance inside a box of the image. */
function luminanceStats(png: PNG, box: Box): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y += 2) {
    for (let x = box.x; x < box.x + box.width; x += 2) {
      const i = (y * png.width + x) * 4;
      const l = 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
      sum += l;
      sumSq += l * l;
      n++;
    }
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

/** Counts pixels in a box that are inked: clearly darker than the white bands (text, lines, markers). */
function darkPixels(png: PNG, box: Box): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 600) dark++;
    }
  }
  return dark;
}

/** The map part of the export holds the very pixels of the map canvas. */
async function expectMapPixels(page: Page, png: PNG, mapTop: number): Promise<void> {
  const samples = await page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const canvas = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true });
    // The map does not keep its drawing buffer between frames: read a frame while it is drawn.
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        ctx?.drawImage(canvas, 0, 0);
        resolve();
      });
      map.triggerRepaint();
    });
    const points: [number, number][] = [
      [Math.floor(canvas.width / 2), Math.floor(canvas.height / 2)],
      [Math.floor(canvas.width * 0.8), Math.floor(canvas.height * 0.2)],
      [Math.floor(canvas.width * 0.3), Math.floor(canvas.height * 0.7)],
    ];
    return points.map(([x, y]) => ({
      x,
      y,
      rgb: [...(ctx?.getImageData(x, y, 1, 1).data ?? [])].slice(0, 3),
    }));
  });
  for (const { x, y, rgb } of samples) {
    const i = ((mapTop + y) * png.width + x) * 4;
    const got = [png.data[i], png.data[i + 1], png.data[i + 2]];
    for (let c = 0; c < 3; c++) expect(Math.abs(got[c] - rgb[c]), `pixel ${x},${y}`).toBeLessThanOrEqual(2);
  }
}

/**
 * The one layout whose size matches the image, trying every number of attribution and link lines
 * the export allows; fails when none (or more than one) does.
 */
function layoutFor(png: PNG, size: CanvasSize, groupCount: number, statusCount: number): ExpectedLayout {
  const matches: ExpectedLayout[] = [];
  // The attribution takes at most five lines and the link three; beyond that they end in "…".
  for (let attributionLines = 1; attributionLines <= 5; attributionLines++) {
    for (let linkLines = 1; linkLines <= 3; linkLines++) {
      const layout = expectedLayout(
        size.widthPx,
        size.heightPx,
        size.widthPx / size.clientWidth,
        groupCount,
        statusCount,
        attributionLines,
        linkLines,
      );
      if (layout.widthPx === png.width && layout.heightPx === png.height) matches.push(layout);
    }
  }
  // Several splits of the same total height are possible: the rows' ink decides between them.
  // Attribution rows are grey text, link rows are in the link's blue.
  const withText = matches.filter(
    (l) =>
      l.attribution.every((box) => darkPixels(png, box) > 30 && bluePixels(png, box) < 10) &&
      l.link.every((box) => bluePixels(png, box) > 30),
  );
  expect(withText.length, `layouts matching ${png.width}×${png.height}`).toBe(1);
  return withText[0];
}

/** Every attribution and link row carries text, and the link rows are in the link colour. */
function expectTextRows(png: PNG, layout: ExpectedLayout): void {
  for (const box of [...layout.attribution, ...layout.link]) expect(darkOrBlue(png, box)).toBeGreaterThan(30);
  for (const box of layout.link) expect(bluePixels(png, box)).toBeGreaterThan(30);
}

/** Pixels clearly bluer than they are red: the link's colour (palette.focus) on white. */
function bluePixels(png: PNG, box: Box): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i + 2] - png.data[i] > 60) n++;
    }
  }
  return n;
}

function darkOrBlue(png: PNG, box: Box): number {
  return darkPixels(png, box) + bluePixels(png, box);
}

describe('export PNG', () => {
  test('saves the desktop view with title, legend, scale, attribution and link around the map', async () => {
    await atlasEnv.withAtlas({ hash: 'panel=layers&sel=wujin-station' }, async (atlas) => {
      const size = await mapCanvasSize(atlas.page);
      const { png, fileName, path } = await exportPng(atlas, 'export-desktop');
      expect(fileName).toMatch(/^wujin-atlas-2024-\d{4}-\d{2}-\d{2}\.png$/);

      // The map at its own resolution, plus the bands: six groups and six statuses by default; at
      // this width the attribution takes two lines and the link one.
      const layout = layoutFor(png, size, 6, 6);
      expect(png.width).toBe(size.clientWidth * size.dpr);
      expect(png.width).toBe(size.widthPx);
      expect(layout.attribution).toHaveLength(2);
      expect(layout.link).toHaveLength(1);
      expect(png.height - size.heightPx).toBe(66 + 269);
      expectTextRows(png, layout);

      // Not blank: the map varies, and the bands carry dark text.
      const map = luminanceStats(png, layout.map);
      expect(map.variance).toBeGreaterThan(100);
      expect(darkPixels(png, layout.title)).toBeGreaterThan(500);
      expect(darkPixels(png, layout.legendHeading)).toBeGreaterThan(20);
      for (const slot of layout.legend)
        expect(darkPixels(png, slot.box), `${slot.kind} ${slot.index}`).toBeGreaterThan(30);
      expect(darkPixels(png, layout.scaleBar)).toBeGreaterThan(100);
      await expectMapPixels(atlas.page, png, layout.map.y);

      // The scale bar's metres per pixel agree with the map's own geometry at its centre.
      const measured = await atlas.page.evaluate(() => {
        const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
        const canvas = map.getCanvas();
        const y = canvas.clientHeight / 2;
        const west = map.unproject([canvas.clientWidth / 2 - 100, y]);
        const east = map.unproject([canvas.clientWidth / 2 + 100, y]);
        return { distanceM: west.distanceTo(east), lat: map.getCenter().lat, zoom: map.getZoom() };
      });
      const formulaM = metresPerPixel(measured.lat, measured.zoom) * 200;
      expect(Math.abs(formulaM / measured.distanceM - 1)).toBeLessThan(0.005);

      await atlas.page
        .getByTestId('notices')
        .getByText(/已导出图片 wujin-atlas-2024-/)
        .waitFor();
      expect(await atlas.page.getByTestId('export-png').isEnabled()).toBe(true);
      expect(path.endsWith('export-desktop.png')).toBe(true);
    });
  });

  test('on a phone the image is at device resolution, the legend in two columns, in English', async () => {
    await atlasEnv.withAtlas(
      {
        viewport: 'phone',
        hash: 'panel=layers&lang=en&layers=water,transport,urban&status=planned,completed',
      },
      async (atlas) => {
        const size = await mapCanvasSize(atlas.page);
        expect(size.dpr).toBe(2);
        const { png } = await exportPng(atlas, 'export-phone-en');
        const layout = layoutFor(png, size, 3, 2);
        expect(layout.columns).toBe(2);
        expect(png.width).toBe(size.clientWidth * 2);
        // Narrow: the attribution and the link wrap onto more lines instead of being cut.
        expect(layout.attribution.length).toBeGreaterThan(2);
        expect(layout.link.length).toBeGreaterThan(1);
        expectTextRows(png, layout);
        expect(luminanceStats(png, layout.map).variance).toBeGreaterThan(100);
        for (const slot of layout.legend) expect(darkPixels(png, slot.box)).toBeGreaterThan(30);
        await atlas.page
          .getByTestId('notices')
          .getByText(/Saved wujin-atlas-2024-/)
          .waitFor();
      },
    );
  });

  test('with online tiles on, the export still works (the tiles do not taint the canvas)', async () => {
    await atlasEnv.withAtlas({ hash: 'panel=layers' }, async (atlas) => {
      // A tile server that answers with green tiles (with CORS, as OpenStreetMap's does), standing in
      // for the network.
      await serveGreenOsmTiles(atlas.page);
      await atlas.page.locator('[data-basemap="osm"]').check();
      const size = await mapCanvasSize(atlas.page);
      const { png } = await exportPng(atlas, 'export-osm');
      const layout = layoutFor(png, size, 6, 6);
      // The map part is mostly the tiles' green, at the top-left corner where no place is drawn.
      const i = ((layout.map.y + 6) * png.width + 6) * 4;
      expect(png.data[i + 1]).toBeGreaterThan(png.data[i] + 40);
      expect(luminanceStats(png, layout.map).variance).toBeGreaterThan(100);
      await atlas.page
        .getByTestId('notices')
        .getByText(/已导出图片/)
        .waitFor();
    });
  });

  test('the export code is not part of the first load: it arrives on the first click', async () => {
    await atlasEnv.withAtlas({ hash: 'panel=layers' }, async (atlas) => {
      const scripts = () =>
        atlas.page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((n) => n.endsWith('.js')),
        );
      expect((await scripts()).some((n) => /export-image/.test(n))).toBe(false);
      await exportPng(atlas, 'export-lazy');
      expect((await scripts()).some((n) => /export-image/.test(n))).toBe(true);
    });
  });
});
