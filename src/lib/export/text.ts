/**
 * Fitting text into the export's fixed rows: line breaking for mixed Chinese and Latin text and
 * ellipsis when a line is full. The caller passes the measuring function (a canvas's
 * measureText in the browser), so the rules can be tested with a fixed-width stand-in.
 */

export type Measure = (text: string) => number;

/** Chinese characters and full-width punctuation may break anywhere; Latin words only at spaces. */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+\s*|\s+/g,
    ) ?? []
  );
}

/** Shortens `text` until it, with a trailing "…", fits `maxWidth`. */
export function ellipsise(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + '…') > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`. When it needs more, the
 * last line ends with "…" and `truncated` is true.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  maxLines: number,
  measure: Measure,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let current = '';
  const push = () => {
    lines.push(current.trimEnd());
    current = '';
  };
  for (const token of tokens(text.trim())) {
    if (measure((current + token).trimEnd()) <= maxWidth) {
      current += token;
      continue;
    }
    if (current.trim() !== '') push();
    if (/^\s+$/.test(token)) continue;
    // A word longer than the line is cut by characters.
    let piece = '';
    for (const char of token) {
      if (measure((piece + char).trimEnd()) > maxWidth && piece !== '') {
        current = piece;
        push();
        piece = '';
      }
      piece += char;
    }
    current = piece;
  }
  if (current.trim() !== '') push();
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsise(
    `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`,
    maxWidth,
    measure,
  );
  return { lines: kept, truncated: true };
}

/** The largest of `sizes` (tried in order) at which `text` fits `maxWidth`, or the last one. */
export function fitFontSize(
  text: string,
  maxWidth: number,
  sizes: readonly number[],
  measureAt: (text: string, size: number) => number,
): number {
  for (const size of sizes) if (measureAt(text, size) <= maxWidth) return size;
  return sizes[sizes.length - 1];
}
