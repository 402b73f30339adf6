/**
 * Draws the exported image on a 2D canvas: the title band, the map's own pixels, and the footer
 * with the legend (the very marker drawings the map uses), scale bar, date, attribution and link.
 * Browser-only; loaded on demand with the rest of the export.
 */
import type { MapSnapshot } from '../map/adapter';
import { drawMarker } from '../map/style/markers';
import { palette } from '../map/style/palette';
import type { ExportContent } from './content';
import {
  EXPORT_METRICS_CSS as M,
  exportLayout,
  exportTextWidthPx,
  type Box,
  type ExportLayout,
} from './layout';
import { chooseScaleBar, metresPerPixel } from './scale-bar';
import { ellipsise, fitFontSize, wrapText } from './text';

/** The panels' font stack: CJK from local fonts, as on the map. */
const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export function font(sizePx: number, weight = 400): string {
  return `${weight} ${sizePx}px ${FONT_FAMILY}`;
}

/** Writes one line of text vertically centred in `box`, shrunk (to `minPx`) and then cut to fit. */
export function textIn(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: Box,
  sizePx: number,
  options: { weight?: number; color?: string; align?: 'left' | 'right'; minPx?: number } = {},
): void {
  const weight = options.weight ?? 400;
  const sizes: number[] = [];
  for (let s = sizePx; s >= (options.minPx ?? sizePx); s -= Math.max(1, sizePx / 12)) sizes.push(s);
  const size = fitFontSize(text, box.width, sizes, (t, s) => {
    ctx.font = font(s, weight);
    return ctx.measureText(t).width;
  });
  ctx.font = font(size, weight);
  ctx.fillStyle = options.color ?? palette.ink;
  ctx.textBaseline = 'middle';
  ctx.textAlign = options.align ?? 'left';
  const line = ellipsise(text, box.width, (t) => ctx.measureText(t).width);
  ctx.fillText(line, options.align === 'right' ? box.x + box.width : box.x, box.y + box.height / 2);
}

/** A legend entry: a group by its colour, or a status by its marker. */
export type LegendEntry = ExportContent['groups'][number] | ExportContent['statuses'][number];

/**
 * Draws a legend entry's sign, `markerPx` square from `x` and centred on `cy`, and gives its name: a
 * group's filled circle (the same as the on-screen legend's swatch) or a status's marker.
 * drawMarker clears its square first, so a marker is drawn on a stamp that is then copied in.
 */
export function legendSigns(
  ctx: CanvasRenderingContext2D,
  markerPx: number,
): (x: number, cy: number, entry: LegendEntry) => string {
  const stamp = document.createElement('canvas');
  stamp.width = markerPx;
  stamp.height = markerPx;
  const stampCtx = stamp.getContext('2d');
  return (x, cy, entry) => {
    if ('color' in entry) {
      ctx.beginPath();
      ctx.arc(x + markerPx / 2, cy, markerPx * 0.4, 0, Math.PI * 2);
      ctx.fillStyle = entry.color;
      ctx.fill();
    } else if (stampCtx) {
      drawMarker(stampCtx, entry.marker, palette.inkMuted, markerPx);
      ctx.drawImage(stamp, x, Math.round(cy - markerPx / 2));
    }
    return entry.name;
  };
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: ExportLayout, content: ExportContent): void {
  const r = layout.pixelRatio;
  const markerPx = Math.round(M.markerSize * r);
  const gap = Math.round(8 * r);
  textIn(ctx, content.legendHeading, layout.legendHeading, M.headingFont * r, { weight: 700 });
  const sign = legendSigns(ctx, markerPx);
  for (const slot of layout.legend) {
    const { box } = slot;
    const entries = slot.kind === 'group' ? content.groups : content.statuses;
    const name = sign(box.x, box.y + box.height / 2, entries[slot.index]);
    const label: Box = {
      x: box.x + markerPx + gap,
      y: box.y,
      width: box.width - markerPx - 2 * gap,
      height: box.height,
    };
    textIn(ctx, name, label, M.legendFont * r, { minPx: 9 * r });
  }
  // The precision note, drawn like the on-screen legend's dashed square.
  const note = layout.precisionNote;
  const side = Math.round(14 * r);
  ctx.setLineDash([3 * r, 2 * r]);
  ctx.lineWidth = 1.5 * r;
  ctx.strokeStyle = palette.inkMuted;
  ctx.strokeRect(note.x + 2 * r, note.y + (note.height - side) / 2, side, side * 0.8);
  ctx.setLineDash([]);
  textIn(
    ctx,
    content.precisionNote,
    { ...note, x: note.x + side + gap + 2 * r, width: note.width - side - gap },
    M.smallFont * r,
    { color: palette.inkMuted },
  );
}

function drawScaleBar(ctx: CanvasRenderingContext2D, layout: ExportLayout, snapshot: MapSnapshot): void {
  const r = layout.pixelRatio;
  const box = layout.scaleBar;
  const labelRoomPx = 72 * r;
  const maxBarCss = Math.max(20, Math.min(M.scaleMaxWidth, (box.width - labelRoomPx) / r));
  const bar = chooseScaleBar(metresPerPixel(snapshot.lat, snapshot.zoom), maxBarCss);
  const widthPx = Math.round(bar.widthPx * r);
  const heightPx = Math.round(6 * r);
  const x = box.x;
  const y = Math.round(box.y + box.height / 2 - heightPx / 2);
  // Two halves, dark and light, read as a scale in print and on screen.
  ctx.fillStyle = palette.ink;
  ctx.fillRect(x, y, Math.round(widthPx / 2), heightPx);
  ctx.fillStyle = palette.panel;
  ctx.fillRect(x + Math.round(widthPx / 2), y, widthPx - Math.round(widthPx / 2), heightPx);
  ctx.lineWidth = Math.max(1, r);
  ctx.strokeStyle = palette.ink;
  ctx.strokeRect(x, y, widthPx, heightPx);
  textIn(
    ctx,
    `0 – ${bar.label}`,
    { x: x + widthPx + 8 * r, y: box.y, width: box.width - widthPx - 8 * r, height: box.height },
    M.legendFont * r,
    { weight: 600 },
  );
}

/** Composes the export for a snapshot of the map; returns the finished canvas. */
export function composeExport(snapshot: MapSnapshot, content: ExportContent): HTMLCanvasElement {
  const r = snapshot.pixelRatio;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  // The attribution and the link are wrapped first: the lines they need decide the footer's height.
  const textWidthPx = exportTextWidthPx(snapshot.canvas.width, r);
  ctx.font = font(M.smallFont * r);
  const measure = (t: string) => ctx.measureText(t).width;
  const attribution = wrapText(content.attribution, textWidthPx, M.maxAttributionLines, measure);
  // The link breaks anywhere rather than shrinking: a whole link can still be typed from a print.
  const link = wrapText(content.linkText, textWidthPx, M.maxLinkLines, measure);
  const layout = exportLayout({
    mapWidthPx: snapshot.canvas.width,
    mapHeightPx: snapshot.canvas.height,
    pixelRatio: r,
    groupCount: content.groups.length,
    statusCount: content.statuses.length,
    attributionLines: attribution.lines.length,
    linkLines: link.lines.length,
  });
  // Sizing the canvas resets its context; every drawing below sets its own font and colours.
  canvas.width = layout.widthPx;
  canvas.height = layout.heightPx;

  ctx.fillStyle = palette.panel;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  textIn(ctx, content.title, layout.title, M.titleFont * r, { weight: 700, minPx: 12 * r });
  textIn(ctx, content.subtitle, layout.subtitle, M.subtitleFont * r, {
    color: palette.inkMuted,
    minPx: 9 * r,
  });

  ctx.drawImage(snapshot.canvas, layout.map.x, layout.map.y);
  ctx.fillStyle = palette.rule;
  ctx.fillRect(0, layout.map.y - Math.max(1, Math.round(r)), layout.widthPx, Math.max(1, Math.round(r)));
  ctx.fillRect(0, layout.map.y + layout.map.height, layout.widthPx, Math.max(1, Math.round(r)));

  drawLegend(ctx, layout, content);
  drawScaleBar(ctx, layout, snapshot);
  textIn(ctx, content.dateText, layout.date, M.legendFont * r, { align: 'right', color: palette.inkMuted });
  attribution.lines.forEach((line, i) =>
    textIn(ctx, line, layout.attribution[i], M.smallFont * r, { color: palette.inkMuted }),
  );
  link.lines.forEach((line, i) =>
    textIn(ctx, line, layout.link[i], M.smallFont * r, { color: palette.focus }),
  );
  return canvas;
}
