/**
 * Geometry of a horizontal bar chart, as a pure function: the SVG component only draws what this
 * returns. Labels sit above their bars (Chinese labels are long and the side panel is narrow).
 */

export type BarTone = 'result' | 'target' | 'places';

export interface BarSeries {
  id: string;
  label: string;
  tone: BarTone;
}

export interface BarRow {
  id: string;
  label: string;
  /** One value per series; null draws no bar (a figure with no number, e.g. 高于GDP增幅). */
  values: (number | null)[];
  /** One text per series, shown at the bar's end and in the table: 6%以上, 2300个. */
  texts: string[];
}

export interface BarLayoutOptions {
  widthPx: number;
  /**
   * `shared`: one scale for all rows (values in one unit). `row`: each row scaled to its own
   * largest value (rows in different units, e.g. 家 against 万人): compare within a row only.
   */
  scale: 'shared' | 'row';
  labelHeightPx?: number;
  barHeightPx?: number;
  barGapPx?: number;
  rowGapPx?: number;
  /** Room kept right of the longest bar for its text. */
  textRoomPx?: number;
}

export interface BarRect {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts (right of the bar, or at the start when there is no bar). */
  textX: number;
  textY: number;
  text: string;
  tone: BarTone;
  /** True when the value is null: no bar is drawn, only the text. */
  empty: boolean;
}

export interface BarRowLayout {
  row: BarRow;
  labelY: number;
  bars: BarRect[];
}

export interface BarLayout {
  widthPx: number;
  heightPx: number;
  rows: BarRowLayout[];
}

export function layoutBars(
  rows: readonly BarRow[],
  series: readonly BarSeries[],
  opts: BarLayoutOptions,
): BarLayout {
  const labelH = opts.labelHeightPx ?? 18;
  const barH = opts.barHeightPx ?? 14;
  const barGap = opts.barGapPx ?? 3;
  const rowGap = opts.rowGapPx ?? 10;
  const textRoom = opts.textRoomPx ?? 96;
  const span = Math.max(1, opts.widthPx - textRoom);
  const finite = (v: number | null): v is number => v !== null && Number.isFinite(v) && v > 0;
  const sharedMax = Math.max(0, ...rows.flatMap((r) => r.values.filter(finite)));

  let y = 0;
  const out: BarRowLayout[] = rows.map((row) => {
    const max = opts.scale === 'row' ? Math.max(0, ...row.values.filter(finite)) : sharedMax;
    const labelY = y + labelH - 5;
    y += labelH;
    const bars = series.map((s, i): BarRect => {
      const value = row.values[i] ?? null;
      const empty = value === null;
      const width = finite(value) && max > 0 ? Math.max(2, (value / max) * span) : 0;
      const rect: BarRect = {
        series: i,
        x: 0,
        y,
        width,
        height: barH,
        textX: width + (empty ? 0 : 6),
        textY: y + barH - 3,
        text: row.texts[i] ?? '',
        tone: s.tone,
        empty,
      };
      y += barH + barGap;
      return rect;
    });
    y += rowGap - barGap;
    return { row, labelY, bars };
  });
  return { widthPx: opts.widthPx, heightPx: Math.max(0, y - rowGap + 4), rows: out };
}

/** The chart in words, for screen readers: "Title: GDP 6%以上; revenue 6%左右 …". */
export function describeBars(title: string, rows: readonly BarRow[], series: readonly BarSeries[]): string {
  const rowText = (row: BarRow) =>
    `${row.label} ${row.texts
      .map((t, i) => (series.length > 1 && t ? `${series[i].label} ${t}` : t))
      .filter(Boolean)
      .join(', ')}`;
  return `${title}: ${rows.map(rowText).join('; ')}`;
}

/** Rough text width: CJK and full-width characters take a full em, others a little over half. */
export function textWidthPx(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f“”]/.test(ch) ? 1 : 0.56;
  return em * fontPx;
}

/** Shortens a label with an ellipsis so it fits the chart (SVG text does not wrap); the table keeps it whole. */
export function fitLabel(label: string, widthPx: number, fontPx: number): string {
  if (textWidthPx(label, fontPx) <= widthPx) return label;
  const chars = [...label];
  while (chars.length > 1 && textWidthPx(chars.join('') + '…', fontPx) > widthPx) chars.pop();
  return chars.join('').trimEnd() + '…';
}
