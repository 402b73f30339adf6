/**
 * How the atlas repeats a visitor's input back to them (a file name, a link's parameter): a short
 * excerpt with nothing invisible in it. Control characters, zero-width characters and bidi
 * overrides are removed (they could reorder or hide the text around them), runs of white space
 * become one space, and anything beyond `maxChars` characters is cut with an ellipsis.
 */

/**
 * Characters a notice never shows: format characters (zero-width, bidi, BOM), lone surrogates and
 * control characters other than the white space ones, which become spaces.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}]|(?![\t\n\v\f\r])\p{Cc}/gu;

/** Default length of an echoed excerpt, in characters (code points). */
export const EXCERPT_MAX_CHARS = 40;

export function excerpt(text: string, maxChars: number = EXCERPT_MAX_CHARS): string {
  // A very long input is cut before the cleaning, so a 100 kB name costs nothing.
  const head = text.length > maxChars * 8 ? text.slice(0, maxChars * 8) : text;
  const clean = head.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= maxChars && head.length === text.length) return clean;
  if (chars.length <= maxChars) return `${clean}…`;
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}
