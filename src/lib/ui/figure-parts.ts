/**
 * Splits a formatted figure ("超5800亿元", "6%以上", "over 2,300", "第三") around its first number, so
 * that the overview's cards and the tour's slides can set the number large and the words small.
 * Joined, the parts are exactly the text formatFigure wrote: nothing is added, dropped or rounded.
 * A figure written without digits (a rank, 第三; a comparison, 高于GDP增幅) has no number: all of it
 * is `after`, and each view decides how large to set words.
 */
export interface FigureParts {
  /** Words before the number: 超, 近, "over ", "≥ ". */
  before: string;
  /** The number as written, or '' for a figure without digits. */
  number: string;
  /** Unit and trailing qualifier: 亿元, %以上, " bn yuan"; the whole text when there is no number. */
  after: string;
}

export function splitFigure(text: string): FigureParts {
  const match = /\d[\d,]*(\.\d+)?/.exec(text);
  if (!match) return { before: '', number: '', after: text };
  return {
    before: text.slice(0, match.index),
    number: match[0],
    after: text.slice(match.index + match[0].length),
  };
}
