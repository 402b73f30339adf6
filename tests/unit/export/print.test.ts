import { crc32 as zlibCrc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { frameBounds, fitScreenView, lngLatToWorld, printPieces } from '../../../src/lib/export/print-camera';
import { pagePx, printLayout, wholeCssPx } from '../../../src/lib/export/print-page';
import { roundDenominator } from '../../../src/lib/export/print-compose';
import { crc32, withPngDpi } from '../../../src/lib/export/png-dpi';
import { inside, overlaps } from './boxes';

/** Pixels for millimetres at 300 dpi, written here from the definition of the inch. */
const px = (mm: number) => Math.round((mm / 25.4) * 300);

describe('print page', () => {
  it('is the ISO sheet at 300 dpi', () => {
    expect(pagePx('a4', 'landscape')).toEqual({ widthPx: 3508, heightPx: 2480 });
    expect(pagePx('a4', 'portrait')).toEqual({ widthPx: px(210), heightPx: px(297) });
    expect(pagePx('a3', 'landscape')).toEqual({ widthPx: 4961, heightPx: 3508 });
    expect(pagePx('a3', 'portrait')).toEqual({ widthPx: px(297), heightPx: px(420) });
  });

  it('gives the map a frame of whole CSS pixels at 300/96, and keeps every box on the page and apart', () => {
    for (const paper of ['a4', 'a3'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const l = printLayout({ paper, orientation });
        expect(l.mapPixelRatio).toBe(3.125);
        // Whole CSS pixels: multiples of 25 device pixels (8 CSS pixels × 3.125).
        expect(l.map.width % 25).toBe(0);
        expect(l.map.height % 25).toBe(0);
        // The frame fills the width inside 10 mm margins, less than one step short.
        expect(
          px(
            paper === 'a4'
              ? orientation === 'portrait'
                ? 190
                : 277
              : orientation === 'portrait'
                ? 277
                : 400,
          ) - l.map.width,
        ).toBeLessThan(25);
        const boxes = [l.title, l.subtitle, l.map, l.legend, l.scaleBar, l.date, l.sources, l.link, l.qr];
        for (const b of boxes) expect(inside(b, l), JSON.stringify(b)).toBe(true);
        const footer = [l.legend, l.scaleBar, l.date, l.sources, l.link, l.qr];
        for (const b of footer) expect(overlaps(b, l.map)).toBe(false);
        for (let i = 0; i < footer.length; i++)
          for (let j = i + 1; j < footer.length; j++)
            expect(overlaps(footer[i], footer[j]), `${i} ${j}`).toBe(false);
        expect(overlaps(l.northArrow, l.map)).toBe(true);
        expect(l.qr.width).toBe(px(30));
      }
    }
  });

  it('rounds a frame down to whole CSS pixels', () => {
    expect(wholeCssPx(3000, 3.125)).toBe(3000);
    expect(wholeCssPx(3024, 3.125)).toBe(3000);
    expect(wholeCssPx(1001, 1)).toBe(1001);
    expect(wholeCssPx(1001, 2)).toBe(1000);
  });

  it('rounds the scale to two significant figures', () => {
    expect(roundDenominator(51_873)).toBe(52_000);
    expect(roundDenominator(1_234_567)).toBe(1_200_000);
    expect(roundDenominator(987)).toBe(990);
  });
});

describe('print camera', () => {
  it('places the world as web mercator does', () => {
    expect(lngLatToWorld(0, 0, 0)).toEqual([256, 256]);
    const [x, y] = lngLatToWorld(120, 31.7, 10);
    // x from the longitude's share of the world, y from the Mercator formula ln(tan(π/4 + φ/2)).
    const size = 512 * 1024;
    expect(x).toBeCloseTo(((120 + 180) / 360) * size, 6);
    const phi = (31.7 * Math.PI) / 180;
    expect(y).toBeCloseTo(size / 2 - (size / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + phi / 2)), 6);
  });

  it('fits the screen view into a larger frame by log2 of the tighter ratio', () => {
    const cam = fitScreenView(
      { lon: 119.95, lat: 31.7, zoom: 10 },
      { width: 1000, height: 800 },
      { width: 2000, height: 1200 },
    );
    expect(cam.zoom).toBeCloseTo(10 + Math.log2(1.5), 9);
    // The frame then shows at least the screen's extent in both directions.
    const screen = frameBounds({ lon: 119.95, lat: 31.7, zoom: 10 }, { width: 1000, height: 800 });
    const frame = frameBounds(cam, { width: 2000, height: 1200 });
    expect(frame[0]).toBeLessThanOrEqual(screen[0] + 1e-9);
    expect(frame[2]).toBeGreaterThanOrEqual(screen[2] - 1e-9);
    expect(frame[1]).toBeCloseTo(screen[1], 6);
    expect(frame[3]).toBeCloseTo(screen[3], 6);
  });

  it('cuts a frame into pieces that tile it exactly, each centred on its own part', () => {
    const cam = { lon: 119.95, lat: 31.7, zoom: 11.3 };
    const frame = { width: 1584, height: 1120 };
    expect(printPieces(cam, frame, 4096)).toEqual([
      {
        xCss: 0,
        yCss: 0,
        widthCss: 1584,
        heightCss: 1120,
        lon: expect.closeTo(cam.lon, 9),
        lat: expect.closeTo(cam.lat, 9),
      },
    ]);
    const pieces = printPieces(cam, frame, 640);
    expect(pieces).toHaveLength(3 * 2);
    expect(pieces.reduce((n, p) => n + p.widthCss * p.heightCss, 0)).toBe(frame.width * frame.height);
    const [cx, cy] = lngLatToWorld(cam.lon, cam.lat, cam.zoom);
    for (const p of pieces) {
      const [x, y] = lngLatToWorld(p.lon, p.lat, cam.zoom);
      expect(x - (cx - frame.width / 2)).toBeCloseTo(p.xCss + p.widthCss / 2, 6);
      expect(y - (cy - frame.height / 2)).toBeCloseTo(p.yCss + p.heightCss / 2, 6);
    }
  });
});

describe('PNG resolution', () => {
  it('computes CRC-32 as zlib does', () => {
    const bytes = new TextEncoder().encode('pHYs and more 武进');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('writes a pHYs of 300 dpi after IHDR that a PNG reader accepts', () => {
    const image = new PNG({ width: 3, height: 2 });
    image.data.fill(200);
    const original = new Uint8Array(PNG.sync.write(image));
    const out = withPngDpi(withPngDpi(original, 150), 300);
    // Chunks read here by hand: length, type, data, CRC.
    const view = new DataView(out.buffer, out.byteOffset);
    const chunks: { type: string; data: Uint8Array }[] = [];
    for (let at = 8; at < out.length;) {
      const len = view.getUint32(at);
      chunks.push({
        type: String.fromCharCode(...out.subarray(at + 4, at + 8)),
        data: out.subarray(at + 8, at + 8 + len),
      });
      expect(view.getUint32(at + 8 + len)).toBe(zlibCrc32(out.subarray(at + 4, at + 8 + len)));
      at += 12 + len;
    }
    expect(chunks.map((c) => c.type).filter((t) => t === 'pHYs')).toHaveLength(1);
    expect(chunks[1].type).toBe('pHYs');
    const phys = new DataView(chunks[1].data.buffer, chunks[1].data.byteOffset, 9);
    // 300 dots per inch of 25.4 mm: 11811 per metre.
    expect(phys.getUint32(0)).toBe(Math.round(300 / 0.0254));
    expect(phys.getUint32(4)).toBe(11811);
    expect(phys.getUint8(8)).toBe(1);
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });
});
