/**
 * The printed page: ISO paper sizes at a print resolution, and where the title, the map, the
 * legend, the scale bar, the sources, the date, the link and its QR code go on it. Every size is
 * given in millimetres or points and turned into pixels of the page at its resolution, so an A3
 * page holds more map at the same type size as an A4 one. Pure arithmetic, checked in unit tests.
 */

export type PaperSize = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';

export interface PrintSpec {
  paper: PaperSize;
  orientation: Orientation;
  /** The title printed above the map, as the planner wrote it. */
  title: string;
}

/** ISO 216 sheets, short side × long side, in millimetres. */
export const PAPER_MM: Record<PaperSize, { shortMm: number; longMm: number }> = {
  a4: { shortMm: 210, longMm: 297 },
  a3: { shortMm: 297, longMm: 420 },
};

/** The resolution prints are made at. */
export const PRINT_DPI = 300;
export const MM_PER_INCH = 25.4;
/** Points per inch: type sizes are given in points, as in any print layout. */
const PT_PER_INCH = 72;
/**
 * CSS pixels per inch. The map is drawn with 300/96 device pixels per CSS pixel, so its labels,
 * markers and lines print at the physical size they have on a 96 dpi screen.
 */
const CSS_PX_PER_INCH = 96;

/** Pixels for a length in millimetres at `dpi`. */
export function mmToPx(mm: number, dpi = PRINT_DPI): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/** Pixels for a type size in points at `dpi`. */
export function ptToPx(pt: number, dpi = PRINT_DPI): number {
  return Math.round((pt / PT_PER_INCH) * dpi);
}

/** The page's size in pixels: A4 landscape at 300 dpi is 3508 × 2480. */
export function pagePx(
  paper: PaperSize,
  orientation: Orientation,
  dpi = PRINT_DPI,
): { widthPx: number; heightPx: number } {
  const { shortMm, longMm } = PAPER_MM[paper];
  const [widthMm, heightMm] = orientation === 'portrait' ? [shortMm, longMm] : [longMm, shortMm];
  return { widthPx: mmToPx(widthMm, dpi), heightPx: mmToPx(heightMm, dpi) };
}

/** Device pixels per CSS pixel of the printed map. */
export function printPixelRatio(dpi = PRINT_DPI): number {
  return dpi / CSS_PX_PER_INCH;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes on the page, in millimetres and points. */
export const PRINT_METRICS = {
  marginMm: 10,
  titleRowMm: 11,
  titlePt: 20,
  subtitleRowMm: 6,
  subtitlePt: 9,
  gapMm: 3,
  footerMm: 46,
  headingRowMm: 5.5,
  headingPt: 9.5,
  legendRowMm: 5,
  legendPt: 8.5,
  markerMm: 4,
  /** A legend column's least width; columns share the legend's width evenly. */
  legendColumnMm: 44,
  scaleRowMm: 9,
  scaleMaxMm: 40,
  textRowMm: 3.3,
  smallPt: 6.5,
  qrMm: 30,
  northArrowMm: 14,
} as const;

export interface PrintLayout {
  widthPx: number;
  heightPx: number;
  /** Device pixels per CSS pixel of the map. */
  mapPixelRatio: number;
  title: Box;
  subtitle: Box;
  /** The map's frame; its width and height are whole CSS pixels of the map times the ratio. */
  map: Box;
  /** Inside the map's frame, its top right corner. */
  northArrow: Box;
  legend: Box;
  legendColumns: number;
  scaleBar: Box;
  date: Box;
  /** The sources, wrapped onto as many rows as fit. */
  sources: Box;
  link: Box;
  qr: Box;
}

/**
 * The largest map frame (in device pixels) that is a whole number of CSS pixels at `ratio` and
 * fits in `availablePx`. MapLibre sizes its canvas from its container's whole CSS pixels, so only
 * such sizes come out exactly; with 300/96 = 3.125 they are multiples of 25 px (8 CSS px).
 */
export function wholeCssPx(availablePx: number, ratio: number): number {
  // The smallest CSS step that gives whole device pixels at this ratio (8 at 3.125).
  let step = 1;
  while (step < 64 && Math.abs(step * ratio - Math.round(step * ratio)) > 1e-9) step++;
  const css = Math.floor(availablePx / ratio / step) * step;
  return Math.round(css * ratio);
}

export function printLayout(spec: Pick<PrintSpec, 'paper' | 'orientation'>, dpi = PRINT_DPI): PrintLayout {
  const { widthPx, heightPx } = pagePx(spec.paper, spec.orientation, dpi);
  const m = PRINT_METRICS;
  const mm = (v: number) => mmToPx(v, dpi);
  const ratio = printPixelRatio(dpi);
  const margin = mm(m.marginMm);
  const innerW = widthPx - 2 * margin;

  const title: Box = { x: margin, y: margin, width: innerW, height: mm(m.titleRowMm) };
  const subtitle: Box = { x: margin, y: title.y + title.height, width: innerW, height: mm(m.subtitleRowMm) };
  const mapTop = subtitle.y + subtitle.height + mm(m.gapMm);
  const footerH = mm(m.footerMm);
  const footerTop = heightPx - margin - footerH;
  const mapW = wholeCssPx(innerW, ratio);
  const mapH = wholeCssPx(footerTop - mm(m.gapMm) - mapTop, ratio);
  // The frame is centred in the space it has; a few pixels at most are left over.
  const map: Box = { x: margin + Math.floor((innerW - mapW) / 2), y: mapTop, width: mapW, height: mapH };
  const arrow = mm(m.northArrowMm);
  const inset = mm(4);
  const northArrow: Box = {
    x: map.x + map.width - inset - arrow,
    y: map.y + inset,
    width: arrow,
    height: arrow,
  };

  // The footer: the legend on the left half, the scale, date, sources and link beside it, the QR
  // code at the right edge.
  const qrSide = mm(m.qrMm);
  const qr: Box = {
    x: margin + innerW - qrSide,
    y: footerTop + (footerH - qrSide) / 2,
    width: qrSide,
    height: qrSide,
  };
  const legendW = Math.round(innerW * 0.5);
  const legend: Box = { x: margin, y: footerTop, width: legendW, height: footerH };
  const legendColumns = Math.max(1, Math.floor(((legendW / dpi) * MM_PER_INCH) / m.legendColumnMm));
  const textX = margin + legendW + mm(4);
  const textW = qr.x - mm(4) - textX;
  let y = footerTop;
  const scaleBar: Box = { x: textX, y, width: textW, height: mm(m.scaleRowMm) };
  y += scaleBar.height;
  const date: Box = { x: textX, y, width: textW, height: mm(m.textRowMm + 1) };
  y += date.height;
  const linkH = mm(2 * m.textRowMm);
  const sources: Box = { x: textX, y, width: textW, height: footerTop + footerH - linkH - y };
  const link: Box = { x: textX, y: footerTop + footerH - linkH, width: textW, height: linkH };
  return {
    widthPx,
    heightPx,
    mapPixelRatio: ratio,
    title,
    subtitle,
    map,
    northArrow,
    legend,
    legendColumns,
    scaleBar,
    date,
    sources,
    link,
    qr: { ...qr, y: Math.round(qr.y) },
  };
}
