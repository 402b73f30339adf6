// Print export: A4 or A3 at 300 dpi, the map drawn again at the print's size (not the screen's
// pixels scaled up). The downloaded PNG is decoded with pngjs; its size must be the paper's
// millimetres at 300 dpi, computed here, and its pHYs chunk (read here byte by byte) must say 300 dpi.
import { describe, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { saveExport, useAtlas, type AtlasPage, type SavedExport } from './harness';

const atlasEnv = useAtlas();

const DPI = 300;
const MM_PER_INCH = 25.4;
const px = (mm: number) => Math.round((mm / MM_PER_INCH) * DPI);

/** The pHYs chunk's pixels per unit and unit, or null when the file has none. */
function physOf(bytes: Buffer): { x: number; y: number; unit: number } | null {
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'pHYs')
      return { x: bytes.readUInt32BE(at + 8), y: bytes.readUInt32BE(at + 12), unit: bytes[at + 16] };
    at += 12 + length;
  }
  return null;
}

function luminance(png: PNG, x: number, y: number): number {
  const i = (y * png.width + x) * 4;
  return 0.2126 * png.data[i] + 0.7152 * png.data[i + 1] + 0.0722 * png.data[i + 2];
}

/**
 * Neighbouring pixels that differ sharply, in the middle of the page: a map drawn at this size has
 * crisp label and line edges, one scaled up from the screen's pixels has none (its steps are spread
 * over the scale factor's width).
 */
function sharpSteps(png: PNG): number {
  let n = 0;
  const y0 = Math.round(png.height * 0.25);
  const y1 = Math.round(png.height * 0.6);
  for (let y = y0; y < y1; y += 3)
    for (let x = Math.round(png.width * 0.1); x < png.width * 0.8; x++)
      if (Math.abs(luminance(png, x + 1, y) - luminance(png, x, y)) > 110) n++;
  return n;
}

function exportPrint(atlas: AtlasPage, name: string): Promise<SavedExport> {
  return saveExport(atlas.page, 'export-print', name, {
    timeoutMs: 170_000,
    // Info notices expire: read this one before the slow decoding.
    beforeSave: () =>
      atlas.page
        .getByTestId('notices')
        .getByText(/已导出打印图 wujin-atlas-2024-.*3508 × 2480 像素，300 dpi/)
        .waitFor(),
  });
}

describe('print export', () => {
  test('A4 landscape at 300 dpi: 297 × 210 mm in pixels, pHYs 300 dpi, the map drawn sharp', async () => {
    await atlasEnv.withAtlas(
      {
        hash: 'panel=layers&sel=wujin-station',
        // Drawing a 300 dpi page in software is slow; so is a first load on a busy machine.
        timeoutMs: 90_000,
      },
      async (atlas) => {
        const print = atlas.page.getByTestId('print-export');
        await print.getByTestId('print-paper').selectOption('a4');
        await print.getByTestId('print-orientation').selectOption('landscape');
        await print.getByTestId('print-title').fill('武进站周边规划项目');
        const { png, bytes, fileName } = await exportPrint(atlas, 'print-a4-landscape');
        expect(fileName).toMatch(/^wujin-atlas-2024-\d{4}-\d{2}-\d{2}-a4-landscape\.png$/);
        expect(png.width).toBe(px(297));
        expect(png.height).toBe(px(210));
        expect([png.width, png.height]).toEqual([3508, 2480]);
        // 300 dots per inch in pixels per metre (unit 1), as PNG records resolution.
        expect(physOf(bytes)).toEqual({ x: Math.round(DPI / 0.0254), y: Math.round(DPI / 0.0254), unit: 1 });
        expect(sharpSteps(png)).toBeGreaterThan(500);
        expect(await atlas.page.getByTestId('export-print').isEnabled()).toBe(true);
      },
    );
  }, 240_000);
});
