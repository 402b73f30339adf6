/**
 * The two comparisons search is built on: a pinyin-aware sequence match (characters, full
 * syllables, initials and a last partial syllable, in any mix) and a bounded edit distance for
 * typos. Both work on arrays of code points and allocate little, because they run for every name
 * on every keystroke.
 *
 * Why not a fuzzy-search library (fuse.js and the like): their scores know nothing of syllables,
 * so "ghu" (initial + syllable) or "wjz" (initials) would rank by letter overlap, and they would
 * need the pinyin spelled out as extra strings anyway. The catalogue is a few hundred names, so a
 * bounded edit distance written here is small (a few dozen lines), fast (well under a
 * millisecond per keystroke) and ranks exactly as the tests in tests/unit/search say.
 */
import { isHan } from './normalise.ts';

/** A name prepared for matching: its characters and, aligned with them, their pinyin ('' for non-Han). */
export interface SyllableName {
  chars: readonly string[];
  syllables: readonly string[];
  /** Every character and every pinyin letter of the name: a query with anything else cannot match. */
  letters: ReadonlySet<string>;
  /** False when no character has pinyin: matching is then a plain substring search. */
  hasSyllables: boolean;
}

/** Prepares a name once, so each keystroke only compares. */
export function prepareName(chars: readonly string[], syllables: readonly string[]): SyllableName {
  const letters = new Set<string>(chars);
  for (const syl of syllables) for (const c of syl) letters.add(c);
  return { chars, syllables, letters, hasSyllables: syllables.some((s) => s.length > 0) };
}

export interface SequenceMatch {
  /** Index of the first character matched. */
  start: number;
  /**
   * How loosely the query matched: 0 when every character was typed as itself or as its full
   * syllable; +1 for each character given only by its initial or by the start of its syllable.
   */
  cost: number;
  /** Characters of the name left after the match (0: the query covered the name to its end). */
  rest: number;
}

const INFINITE = 1e9;

// Scratch tables reused by every call: search runs this for every name on every keystroke, and
// allocating per call cost more than the matching itself.
let costTable = new Float64Array(0);
let restTable = new Int32Array(0);

function tables(size: number): void {
  if (costTable.length >= size) return;
  costTable = new Float64Array(size * 2);
  restTable = new Int32Array(size * 2);
}

/**
 * Matches the query against consecutive characters of the name, each character given as itself,
 * as its full pinyin, as its initial (zh/ch/sh count as one), or, for the last one typed, as the
 * start of its pinyin. "滆湖", "gehu", "gh", "ghu", "gehu", "滆hu" all match 滆湖.
 * Returns the cheapest match (then the earliest), or null.
 */
export function matchSequence(name: SyllableName, query: readonly string[]): SequenceMatch | null {
  const n = name.chars.length;
  const m = query.length;
  if (m === 0 || n === 0) return null;
  // A syllable is at most six letters (zhuang): a longer query cannot fit this name.
  if (m > n * 6) return null;
  for (let j = 0; j < m; j++) if (!name.letters.has(query[j])) return null;
  // A one-letter Latin query only counts from the first character, or "h" would match every lake
  // (湖); one Chinese character is specific enough to be found anywhere.
  const lastStart = m === 1 && !isHan(query[0]) ? 0 : n - 1;
  if (!name.hasSyllables) return plainSubstring(name.chars, query, lastStart);

  // cost[i][j]: the cheapest way to match query[j..] on characters i.. (consecutive);
  // rest[i][j]: characters left after that match. Filled from the end backwards.
  const w = m + 1;
  tables((n + 1) * w);
  const cost = costTable;
  const rest = restTable;
  for (let i = 0; i <= n; i++) {
    cost[i * w + m] = 0;
    rest[i * w + m] = n - i;
  }
  for (let j = 0; j < m; j++) cost[n * w + j] = INFINITE;
  for (let i = n - 1; i >= 0; i--) {
    const ch = name.chars[i];
    const syl = name.syllables[i];
    for (let j = m - 1; j >= 0; j--) {
      const q = query[j];
      // Candidate moves, as (cost, index of the state they lead to); the cheapest wins, then the
      // one leaving fewer characters. Written out without helpers: this loop is the hot path.
      let best = INFINITE;
      let bestRest = 0;
      let c: number;
      let at: number;
      if (q === ch) {
        at = (i + 1) * w + j + 1;
        c = cost[at];
        if (c < best || (c === best && rest[at] < bestRest)) {
          best = c;
          bestRest = rest[at];
        }
      }
      if (syl && q === syl[0]) {
        if (startsWithAt(query, j, syl)) {
          at = (i + 1) * w + j + syl.length;
          c = cost[at];
          if (c < best || (c === best && rest[at] < bestRest)) {
            best = c;
            bestRest = rest[at];
          }
        }
        // The initial alone, e.g. "g" for 滆; for zh/ch/sh also the two letters.
        at = (i + 1) * w + j + 1;
        c = cost[at] + 1;
        if (c < best || (c === best && rest[at] < bestRest)) {
          best = c;
          bestRest = rest[at];
        }
        if (
          syl.length > 2 &&
          syl[1] === 'h' &&
          (q === 'z' || q === 'c' || q === 's') &&
          query[j + 1] === 'h'
        ) {
          at = (i + 1) * w + j + 2;
          c = cost[at] + 1;
          if (c < best || (c === best && rest[at] < bestRest)) {
            best = c;
            bestRest = rest[at];
          }
        }
        // The rest of the query is the start of this syllable: "gehu" typed as far as "geh".
        if (m - j > 1 && m - j < syl.length && startsWithAt(query, j, syl, m - j)) {
          at = (i + 1) * w + m;
          if (1 < best || (1 === best && rest[at] < bestRest)) {
            best = 1;
            bestRest = rest[at];
          }
        }
      }
      cost[i * w + j] = best >= INFINITE ? INFINITE : best;
      rest[i * w + j] = bestRest;
    }
  }
  let found: SequenceMatch | null = null;
  for (let start = 0; start <= lastStart; start++) {
    const c = cost[start * w];
    if (c < INFINITE && (!found || c < found.cost)) found = { start, cost: c, rest: rest[start * w] };
  }
  return found;
}

/** The earliest occurrence of the query in a name without pinyin. */
function plainSubstring(
  chars: readonly string[],
  query: readonly string[],
  lastStart: number,
): SequenceMatch | null {
  const n = chars.length;
  const m = query.length;
  for (let start = 0; start <= Math.min(lastStart, n - m); start++) {
    let k = 0;
    while (k < m && chars[start + k] === query[k]) k++;
    if (k === m) return { start, cost: 0, rest: n - start - m };
  }
  return null;
}

/** Whether query[at..] starts with the first `length` letters of word (all of it by default). */
function startsWithAt(query: readonly string[], at: number, word: string, length = word.length): boolean {
  if (at + length > query.length) return false;
  for (let k = 0; k < length; k++) if (query[at + k] !== word[k]) return false;
  return true;
}

/**
 * The query's characters (or, for Latin letters, initials) in order with gaps allowed:
 * "wjgxq" finds 武进国家高新区 (武进…高新区), "区政府" finds 武进区人民政府. Looser than
 * matchSequence, so it ranks below it. Latin initials must start at the first character.
 * Returns the number of characters skipped, or -1.
 */
export function matchSkipping(name: SyllableName, query: readonly string[]): number {
  const n = name.chars.length;
  const m = query.length;
  if (m < 2 || m > n) return -1;
  const hit = (i: number, j: number) => name.chars[i] === query[j] || name.syllables[i]?.[0] === query[j];
  let i = 0;
  if (!isHan(query[0])) {
    if (!hit(0, 0)) return -1;
  } else {
    while (i < n && name.chars[i] !== query[0]) i++;
    if (i === n) return -1;
  }
  const first = i;
  let j = 1;
  for (i = i + 1; i < n && j < m; i++) if (hit(i, j)) j++;
  return j === m ? i - first - m : -1;
}

// Scratch rows for prefixDistance, reused for the same reason as the tables above.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance (insertions, deletions, substitutions and swaps of neighbours) between the query
 * and the closest START of the target (with `anywhere`, the closest stretch of it), or
 * `limit + 1` as soon as it must exceed `limit`. "wujinzahn" is 1 from "wujinzhan…"; "gheu" is 1
 * from "gehu"; anywhere, "武近站" is 1 from "…武进站…".
 */
export function prefixDistance(
  query: readonly string[],
  target: readonly string[],
  limit: number,
  anywhere = false,
): number {
  const m = query.length;
  // Only target prefixes up to m + limit long can be within the limit (unless the match may start anywhere).
  const n = anywhere ? target.length : Math.min(target.length, m + limit);
  if (m === 0) return 0;
  // Every letter of the query beyond the target's length costs a deletion.
  if (m - target.length > limit) return limit + 1;
  if (n === 0) return m <= limit ? m : limit + 1;
  if (rowA.length < n + 1) {
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
    rowC = new Int32Array(2 * n + 2);
  }
  let prevPrev = rowA;
  let prev = rowB;
  let row = rowC;
  // Starting anywhere: skipping the target's first characters is free.
  for (let j = 0; j <= n; j++) prev[j] = anywhere ? 0 : j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let rowMin = row[0];
    for (let j = 1; j <= n; j++) {
      const same = query[i - 1] === target[j - 1];
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (same ? 0 : 1));
      if (i > 1 && j > 1 && query[i - 1] === target[j - 2] && query[i - 2] === target[j - 1])
        d = Math.min(d, prevPrev[j - 2] + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const spare = prevPrev;
    prevPrev = prev;
    prev = row;
    row = spare;
  }
  // After the last swap `prev` holds the final row: the best over every prefix length.
  let best = limit + 1;
  for (let j = 0; j <= n; j++) if (prev[j] < best) best = prev[j];
  return best;
}
