/**
 * Splits a rendered figure ("超5800亿元", "over 580 bn yuan", "第三") into the text before its
 * number, the number and the text after it, so the number can be set large. The parts always join
 * back into exactly the text formatFigure produced: nothing is added, dropped or rounded.
 */
export interface FigureParts {
  before: string;
  number: string;
  after: string;
}

export function splitFigure(text: string): FigureParts {
  const m = /^(.*?)(\d[\d,.]*\d|\d)(.*)$/s.exec(text);
  // Ranks and comparisons written in words (第三, 高于GDP增幅) are shown large as a whole.
  if (!m) return { before: '', number: text, after: '' };
  return { before: m[1], number: m[2], after: m[3] };
}

/**
 * A figure's label without its parenthesised notes ("签约百亿项目(理想汽车三基地…)" → "签约百亿项目"):
 * the notes are for the reader panel, the big screen shows the name of the figure.
 */
export function shortLabel(label: string): string {
  const short = label
    .replace(/\s*[(（][^()（）]*[)）]/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return short || label;
}
