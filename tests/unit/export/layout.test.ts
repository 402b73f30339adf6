import { describe, expect, it } from 'vitest';
import {
  EXPORT_METRICS_CSS as M,
  exportLayout,
  exportTextWidthPx,
  type Box,
} from '../../../src/lib/export/layout';
import { inside, overlaps } from './boxes';

const desktop = { mapWidthPx: 1072, mapHeightPx: 839, pixelRatio: 1, groupCount: 6, statusCount: 6 };

describe('export layout', () => {
  it('keeps the map at its own size and adds a title band and a footer', () => {
    const l = exportLayout(desktop);
    expect(l.widthPx).toBe(1072);
    expect(l.map).toEqual({ x: 0, y: M.titleBand, width: 1072, height: 839 });
    // (1072 − 32) / 176 → 5 columns: 6 groups and 6 statuses take two rows each.
    expect(l.columns).toBe(5);
    const footerCss =
      M.footerTop +
      M.headingRow +
      4 * M.legendRow +
      M.blockGap +
      M.noteRow +
      M.sectionGap +
      M.scaleRow +
      2 * M.textRow +
      M.textRow +
      M.footerBottom;
    // 12 + 22 + 4 × 26 + 4 + 24 + 8 + 32 + 2 × 17 (attribution) + 17 (link) + 12
    expect(footerCss).toBe(269);
    expect(l.heightPx).toBe(M.titleBand + 839 + footerCss);
  });

  it('scales every band with the pixel ratio, the map staying in device pixels', () => {
    const one = exportLayout(desktop);
    const two = exportLayout({ ...desktop, mapWidthPx: 2144, mapHeightPx: 1678, pixelRatio: 2 });
    expect(two.widthPx).toBe(2144);
    expect(two.map.y).toBe(2 * one.map.y);
    expect(two.heightPx - two.map.height).toBe(2 * (one.heightPx - one.map.height));
    expect(two.columns).toBe(one.columns);
  });

  it('puts a phone-width legend in two columns', () => {
    const l = exportLayout({
      mapWidthPx: 780,
      mapHeightPx: 900,
      pixelRatio: 2,
      groupCount: 6,
      statusCount: 6,
    });
    expect(l.columns).toBe(2);
    const rows = new Set(l.legend.filter((s) => s.kind === 'group').map((s) => s.box.y));
    expect(rows.size).toBe(3);
  });

  it('lists the visible groups, then the statuses, each once, in order, without overlaps', () => {
    const l = exportLayout({ ...desktop, groupCount: 4, statusCount: 3 });
    expect(l.legend.map((s) => `${s.kind}${s.index}`)).toEqual([
      'group0',
      'group1',
      'group2',
      'group3',
      'status0',
      'status1',
      'status2',
    ]);
    const boxes: Box[] = [
      l.title,
      l.subtitle,
      l.map,
      l.legendHeading,
      ...l.legend.map((s) => s.box),
      l.precisionNote,
      l.scaleBar,
      l.date,
      ...l.attribution,
      ...l.link,
    ];
    for (const box of boxes) expect(inside(box, l)).toBe(true);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i], boxes[j]), `${i} × ${j}`).toBe(false);
    // Statuses start on a row of their own, below the groups.
    const lastGroup = l.legend[3].box;
    expect(l.legend[4].box.y).toBeGreaterThan(lastGroup.y);
    expect(l.legend[4].box.x).toBe(l.legend[0].box.x);
  });

  it('grows by one legend row per row of entries', () => {
    const six = exportLayout(desktop);
    const eleven = exportLayout({ ...desktop, groupCount: 6, statusCount: 6 + 5 });
    expect(eleven.heightPx - six.heightPx).toBe(M.legendRow);
    const none = exportLayout({ ...desktop, groupCount: 0, statusCount: 0 });
    expect(six.heightPx - none.heightPx).toBe(4 * M.legendRow + M.blockGap);
  });

  it('gives the attribution and the link the lines they need, within their limits', () => {
    const base = exportLayout(desktop);
    const more = exportLayout({ ...desktop, attributionLines: 4, linkLines: 3 });
    expect(more.attribution).toHaveLength(4);
    expect(more.link).toHaveLength(3);
    expect(more.heightPx - base.heightPx).toBe((4 - 2 + 3 - 1) * M.textRow);
    expect(more.link[0].y).toBe(more.attribution[3].y + more.attribution[3].height);
    const capped = exportLayout({ ...desktop, attributionLines: 50, linkLines: 0 });
    expect(capped.attribution).toHaveLength(M.maxAttributionLines);
    expect(capped.link).toHaveLength(1);
  });

  it('gives text rows the map width less the padding', () => {
    expect(exportTextWidthPx(1072, 1)).toBe(1072 - 2 * M.padding);
    expect(exportTextWidthPx(780, 2)).toBe(780 - 4 * M.padding);
    expect(exportLayout({ ...desktop, pixelRatio: 1 }).link[0].width).toBe(exportTextWidthPx(1072, 1));
  });

  it('refuses an empty map', () => {
    expect(() => exportLayout({ ...desktop, mapWidthPx: 0 })).toThrow(RangeError);
    expect(() => exportLayout({ ...desktop, pixelRatio: 0 })).toThrow(RangeError);
  });
});
