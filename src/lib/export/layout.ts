/**
 * Where everything goes on an exported map image: a title band above the map, the map itself at
 * its full device resolution, and a footer with the legend, the scale bar and date, the
 * attribution and the link. All sizes are fixed in CSS pixels and multiplied by the map's pixel
 * ratio, so an export's size follows from the map's size, the legend's length and the number of
 * lines the attribution and the link need at that width.
 */

/** Sizes in CSS pixels. */
export const EXPORT_METRICS_CSS = {
  padding: 16,
  /** Title and subtitle above the map. */
  titleBand: 66,
  titleTop: 10,
  titleRow: 30,
  titleFont: 22,
  subtitleTop: 42,
  subtitleRow: 18,
  subtitleFont: 13,
  /** Footer, top to bottom. */
  footerTop: 12,
  headingRow: 22,
  headingFont: 13,
  legendRow: 26,
  legendFont: 13,
  /** A legend column's least width; columns share the width evenly. */
  legendColumn: 176,
  markerSize: 18,
  blockGap: 4,
  noteRow: 24,
  sectionGap: 8,
  scaleRow: 32,
  scaleMaxWidth: 140,
  textRow: 17,
  smallFont: 11,
  /** The most lines the attribution and the link may take; beyond that they end in "…". */
  maxAttributionLines: 5,
  maxLinkLines: 3,
  footerBottom: 12,
} as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendSlot {
  kind: 'group' | 'status';
  /** Position in the list of visible groups or statuses. */
  index: number;
  box: Box;
}

export interface ExportLayoutInput {
  /** The map canvas, in device pixels. */
  mapWidthPx: number;
  mapHeightPx: number;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  /** Visible groups and statuses listed in the legend. */
  groupCount: number;
  statusCount: number;
  /** Lines the attribution and the link take (see exportTextWidthPx); default 2 and 1. */
  attributionLines?: number;
  linkLines?: number;
}

/** Boxes in device pixels of the whole image. */
export interface ExportLayout {
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
  columns: number;
  title: Box;
  subtitle: Box;
  map: Box;
  legendHeading: Box;
  legend: LegendSlot[];
  precisionNote: Box;
  scaleBar: Box;
  date: Box;
  attribution: Box[];
  link: Box[];
}

/** The width, in device pixels, that the export's text rows have for a map this wide. */
export function exportTextWidthPx(mapWidthPx: number, pixelRatio: number): number {
  return Math.round(Math.max(1, mapWidthPx / pixelRatio - 2 * EXPORT_METRICS_CSS.padding) * pixelRatio);
}

export function exportLayout(input: ExportLayoutInput): ExportLayout {
  const { mapWidthPx, mapHeightPx, pixelRatio: r } = input;
  if (!(r > 0) || !(mapWidthPx > 0) || !(mapHeightPx > 0)) {
    throw new RangeError(`No export layout for a ${mapWidthPx}×${mapHeightPx} map at ratio ${r}`);
  }
  const m = EXPORT_METRICS_CSS;
  const px = (css: number) => Math.round(css * r);
  const innerCss = Math.max(1, mapWidthPx / r - 2 * m.padding);
  const columns = Math.max(1, Math.floor(innerCss / m.legendColumn));
  const columnCss = innerCss / columns;

  const mapTop = px(m.titleBand);
  const mapBottom = mapTop + mapHeightPx;
  /** A box in the footer, `topCss` below the map. */
  const footerBox = (xCss: number, topCss: number, widthCss: number, heightCss: number): Box => ({
    x: px(xCss),
    y: mapBottom + px(topCss),
    width: px(widthCss),
    height: px(heightCss),
  });

  let y = m.footerTop;
  const legendHeading = footerBox(m.padding, y, innerCss, m.headingRow);
  y += m.headingRow;
  const legend: LegendSlot[] = [];
  const placeBlock = (kind: LegendSlot['kind'], count: number) => {
    for (let index = 0; index < count; index++) {
      const column = index % columns;
      const row = Math.floor(index / columns);
      legend.push({
        kind,
        index,
        box: footerBox(m.padding + column * columnCss, y + row * m.legendRow, columnCss, m.legendRow),
      });
    }
    y += Math.ceil(count / columns) * m.legendRow;
  };
  placeBlock('group', input.groupCount);
  if (input.groupCount > 0 && input.statusCount > 0) y += m.blockGap;
  placeBlock('status', input.statusCount);
  const precisionNote = footerBox(m.padding, y, innerCss, m.noteRow);
  y += m.noteRow + m.sectionGap;
  const scaleWidthCss = Math.min(m.scaleMaxWidth + 80, innerCss / 2);
  const scaleBar = footerBox(m.padding, y, scaleWidthCss, m.scaleRow);
  const date = footerBox(m.padding + scaleWidthCss, y, innerCss - scaleWidthCss, m.scaleRow);
  y += m.scaleRow;
  const lines = (count: number | undefined, fallback: number, max: number): Box[] => {
    const boxes: Box[] = [];
    const n = Math.min(max, Math.max(1, Math.round(count ?? fallback)));
    for (let line = 0; line < n; line++) {
      boxes.push(footerBox(m.padding, y, innerCss, m.textRow));
      y += m.textRow;
    }
    return boxes;
  };
  const attribution = lines(input.attributionLines, 2, m.maxAttributionLines);
  const link = lines(input.linkLines, 1, m.maxLinkLines);
  y += m.footerBottom;

  return {
    widthPx: mapWidthPx,
    heightPx: mapBottom + px(y),
    pixelRatio: r,
    columns,
    title: { x: px(m.padding), y: px(m.titleTop), width: px(innerCss), height: px(m.titleRow) },
    subtitle: { x: px(m.padding), y: px(m.subtitleTop), width: px(innerCss), height: px(m.subtitleRow) },
    map: { x: 0, y: mapTop, width: mapWidthPx, height: mapHeightPx },
    legendHeading,
    legend,
    precisionNote,
    scaleBar,
    date,
    attribution,
    link,
  };
}
