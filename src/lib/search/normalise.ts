/**
 * Text normalisation shared by the search index and the query, so that both sides of every
 * comparison are written the same way: full-width forms folded (NFKC), lower case, tone marks
 * dropped, ü written as v (how pinyin keyboards type it), and anything that is neither a letter
 * nor a digit (punctuation, emoji, symbols) removed.
 */

/** Longer queries are cut: no name in the atlas is longer, and every comparison stays bounded. */
export const MAX_QUERY_CHARS = 64;

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /[a-z]/;

/** True for one Chinese character (any CJK block, including the rare ones in the report's names). */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** Folds one string: NFKC, lower case, ü → v, tone marks removed. Keeps spaces for word splitting. */
function fold(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

/** Letters and digits only, as an array of code points (so rare characters outside the BMP stay whole). */
export function compactChars(raw: string): string[] {
  return Array.from(fold(raw)).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Letters and digits only, joined: "滆湖 (Gehu)" → "滆湖gehu". */
export function compact(raw: string): string {
  return compactChars(raw).join('');
}

/** Latin words: "Wujin Railway Station" → ["wujin", "railway", "station"]. */
export function words(raw: string): string[] {
  return fold(raw)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export type QueryScript = 'empty' | 'han' | 'latin' | 'mixed';

export interface NormalisedQuery {
  /** What the user typed, cut to a bounded length. */
  raw: string;
  /** Letters and digits only, folded. */
  text: string;
  /** Words of the folded query (spaces and punctuation split them). */
  words: string[];
  script: QueryScript;
}

/**
 * Normalises whatever was typed. Never throws: non-strings, emoji, lone surrogates and very long
 * input all come out as a bounded, possibly empty, query.
 */
export function normaliseQuery(input: unknown): NormalisedQuery {
  // Lone surrogate halves (a cut emoji) are neither letters nor digits, so compactChars drops them.
  const raw = typeof input === 'string' ? input : '';
  const cut = Array.from(raw.slice(0, MAX_QUERY_CHARS * 4))
    .slice(0, MAX_QUERY_CHARS * 2)
    .join('');
  const chars = compactChars(cut).slice(0, MAX_QUERY_CHARS);
  const text = chars.join('');
  const hasHan = chars.some(isHan);
  const hasOther = chars.some((c) => !isHan(c));
  const script: QueryScript = !text ? 'empty' : hasHan && hasOther ? 'mixed' : hasHan ? 'han' : 'latin';
  return { raw: cut, text, words: words(cut).slice(0, 12), script };
}

/** True when the string has a Latin letter (a query worth matching against pinyin or English). */
export function hasLatin(text: string): boolean {
  return LATIN_LETTER.test(text);
}
