/**
 * Draws a printed page on a 2D canvas: the title, the map drawn at the print's resolution in its
 * frame with a north arrow, and below it the legend (only what the printed map shows), the scale
 * bar with its representative fraction, the date, the sources, the link and its QR code.
 * Browser-only; loaded with the rest of the export on first use.
 */
import { create as createQr } from 'qrcode';
import { palette } from '../map/style/palette';
import type { ExportContent } from './content';
import { font, legendSigns, textIn, type LegendEntry } from './compose';
import {
  mmToPx,
  MM_PER_INCH,
  PRINT_DPI,
  PRINT_METRICS as M,
  ptToPx,
  type Box,
  type PrintLayout,
} from './print-page';
import { chooseScaleBar, metresPerPixel } from './scale-bar';
import { wrapText } from './text';

export interface PrintPageContent extends ExportContent {
  /** The link alone, for the QR code. */
  link: string;
  northLabel: string;
  /** "Scale about 1:…" for a denominator already formatted. */
  scaleText: (denominator: string) => string;
  sourcesLabel: string;
}

export interface PrintMap {
  canvas: HTMLCanvasElement;
  /** The map's camera, for the scale. */
  lat: number;
  zoom: number;
  bearingDeg: number;
}

/** The scale's denominator rounded to two significant figures (1:52 000, not 1:51 873). */
export function roundDenominator(denominator: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(denominator)) - 1);
  return Math.round(denominator / magnitude) * magnitude;
}

function drawNorthArrow(ctx: CanvasRenderingContext2D, box: Box, bearingDeg: number, label: string): void {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.width / 2;
  ctx.save();
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(cx, cy);
  // North on a rotated map points the other way by the bearing.
  ctx.rotate((-bearingDeg * Math.PI) / 180);
  const tip = -r * 0.55;
  const half = r * 0.28;
  ctx.lineWidth = Math.max(2, r * 0.04);
  ctx.strokeStyle = palette.ink;
  ctx.fillStyle = palette.ink;
  // The classic half-filled arrow: dark on the left, outlined on the right.
  ctx.beginPath();
  ctx.moveTo(0, tip);
  ctx.lineTo(-half, r * 0.45);
  ctx.lineTo(0, r * 0.25);
  ctx.closePath();
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, tip);
  ctx.lineTo(half, r * 0.45);
  ctx.lineTo(0, r * 0.25);
  ctx.closePath();
  ctx.stroke();
  ctx.font = font(Math.round(r * 0.38), 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(label, 0, tip - r * 0.02);
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: PrintLayout, content: PrintPageContent): void {
  const box = layout.legend;
  const row = mmToPx(M.legendRowMm);
  const heading = mmToPx(M.headingRowMm);
  const markerPx = mmToPx(M.markerMm);
  const gap = mmToPx(1.5);
  textIn(ctx, content.legendHeading, { ...box, height: heading }, ptToPx(M.headingPt), { weight: 700 });
  const entries: LegendEntry[] = [...content.groups, ...content.statuses];
  const columns = layout.legendColumns;
  const rowsAvailable = Math.max(1, Math.floor((box.height - heading) / row));
  // More entries than the rows in the columns would hold: add columns rather than lose any.
  const columnCount = Math.max(columns, Math.ceil((entries.length + 1) / rowsAvailable));
  const columnW = box.width / columnCount;
  const rows = Math.max(1, Math.ceil((entries.length + 1) / columnCount));
  const sign = legendSigns(ctx, markerPx);
  const slot = (i: number): Box => ({
    x: Math.round(box.x + Math.floor(i / rows) * columnW),
    y: box.y + heading + (i % rows) * row,
    width: Math.round(columnW),
    height: row,
  });
  entries.forEach((entry, i) => {
    const s = slot(i);
    textIn(
      ctx,
      sign(s.x, s.y + s.height / 2, entry),
      { ...s, x: s.x + markerPx + gap, width: s.width - markerPx - 2 * gap },
      ptToPx(M.legendPt),
      {
        minPx: ptToPx(6),
      },
    );
  });
  // The precision note, after the entries, drawn like the on-screen legend's dashed square.
  const note = slot(entries.length);
  const side = Math.round(markerPx * 0.8);
  ctx.setLineDash([side / 5, side / 8]);
  ctx.lineWidth = Math.max(2, side / 10);
  ctx.strokeStyle = palette.inkMuted;
  ctx.strokeRect(note.x + (markerPx - side) / 2, note.y + (note.height - side) / 2, side, side * 0.8);
  ctx.setLineDash([]);
  textIn(
    ctx,
    content.precisionNote,
    { ...note, x: note.x + markerPx + gap, width: note.width - markerPx - 2 * gap },
    ptToPx(M.smallPt),
    { color: palette.inkMuted, minPx: ptToPx(5) },
  );
}

function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  layout: PrintLayout,
  map: PrintMap,
  content: PrintPageContent,
): void {
  const box = layout.scaleBar;
  // Ground metres per pixel of the page: the map's CSS pixel is `mapPixelRatio` page pixels.
  const metresPerPx = metresPerPixel(map.lat, map.zoom) / layout.mapPixelRatio;
  const bar = chooseScaleBar(metresPerPx, Math.min(mmToPx(M.scaleMaxMm), box.width * 0.6));
  const widthPx = Math.round(bar.widthPx);
  const heightPx = mmToPx(1.6);
  const x = box.x;
  const y = box.y + mmToPx(1.5);
  // Four segments, dark and light by turns, read as a scale in print.
  for (let i = 0; i < 4; i++) {
    ctx.fillStyle = i % 2 === 0 ? palette.ink : palette.panel;
    ctx.fillRect(x + Math.round((i * widthPx) / 4), y, Math.round(widthPx / 4), heightPx);
  }
  ctx.lineWidth = Math.max(2, mmToPx(0.2));
  ctx.strokeStyle = palette.ink;
  ctx.strokeRect(x, y, widthPx, heightPx);
  const labelBox: Box = {
    x: x + widthPx + mmToPx(2),
    y: y - mmToPx(1.5),
    width: box.width - widthPx - mmToPx(2),
    height: heightPx + mmToPx(3),
  };
  textIn(ctx, `0 – ${bar.label}`, labelBox, ptToPx(M.legendPt), { weight: 600 });
  // The representative fraction: ground length per length on paper, at the map's centre.
  const paperMPerPx = MM_PER_INCH / 1000 / PRINT_DPI;
  const denominator = roundDenominator(metresPerPx / paperMPerPx).toLocaleString('en-US');
  textIn(
    ctx,
    content.scaleText(denominator),
    {
      x,
      y: y + heightPx + mmToPx(0.5),
      width: box.width,
      height: box.y + box.height - (y + heightPx + mmToPx(0.5)),
    },
    ptToPx(M.smallPt),
    { color: palette.inkMuted },
  );
}

async function drawQr(ctx: CanvasRenderingContext2D, box: Box, link: string): Promise<void> {
  const qr = createQr(link, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // Two modules of quiet zone on each side, and whole pixels per module so the code stays sharp.
  const module = Math.floor(box.width / (n + 4));
  const size = module * (n + 4);
  const x0 = box.x + Math.round((box.width - size) / 2);
  const y0 = box.y + Math.round((box.height - size) / 2);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x0, y0, size, size);
  ctx.fillStyle = '#000000';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.modules.get(row, col))
        ctx.fillRect(x0 + (col + 2) * module, y0 + (row + 2) * module, module, module);
}

/** Composes the page; returns the finished canvas. */
export async function composePrint(
  layout: PrintLayout,
  map: PrintMap,
  content: PrintPageContent,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = layout.widthPx;
  canvas.height = layout.heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  textIn(ctx, content.title, layout.title, ptToPx(M.titlePt), { weight: 700, minPx: ptToPx(10) });
  textIn(ctx, content.subtitle, layout.subtitle, ptToPx(M.subtitlePt), {
    color: palette.inkMuted,
    minPx: ptToPx(6),
  });

  const frame = layout.map;
  ctx.drawImage(map.canvas, frame.x, frame.y);
  ctx.lineWidth = mmToPx(0.3);
  ctx.strokeStyle = palette.ink;
  ctx.strokeRect(frame.x, frame.y, frame.width, frame.height);
  drawNorthArrow(ctx, layout.northArrow, map.bearingDeg, content.northLabel);

  drawLegend(ctx, layout, content);
  drawScaleBar(ctx, layout, map, content);
  textIn(ctx, content.dateText, layout.date, ptToPx(M.legendPt), { color: palette.ink });

  const small = ptToPx(M.smallPt);
  const rowPx = mmToPx(M.textRowMm);
  ctx.font = font(small);
  const measure = (t: string) => ctx.measureText(t).width;
  /** Small text wrapped into as many rows as its box holds (one at least). */
  const rowsIn = (text: string, box: Box, color: string) =>
    wrapText(text, box.width, Math.max(1, Math.floor(box.height / rowPx)), measure).lines.forEach((line, i) =>
      textIn(ctx, line, { ...box, y: box.y + i * rowPx, height: rowPx }, small, { color }),
    );
  rowsIn(content.sourcesLabel + content.attribution, layout.sources, palette.inkMuted);
  rowsIn(content.linkText, layout.link, palette.focus);
  await drawQr(ctx, layout.qr, content.link);
  return canvas;
}
