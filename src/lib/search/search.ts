/**
 * `search(index, query)`: the atlas's search, as one pure function. It ranks every place, town and
 * figure against what was typed (Chinese, full pinyin, initials, English, or a mix, with typos)
 * and returns them grouped by kind. It never throws; when nothing matches it says why and offers
 * the closest names and the report's most prominent places instead.
 */
import type { KeySource, SearchEntry, SearchIndex, SearchKey, SearchKind } from './build-index';
import { matchSequence, matchSkipping, prefixDistance } from './match';
import { hasLatin, normaliseQuery, type NormalisedQuery } from './normalise';

/** How a hit was found, so the list can say so ("拼音" / "typo corrected"). */
export type MatchKind =
  'exact' | 'prefix' | 'contains' | 'pinyin' | 'initials' | 'words' | 'fuzzy' | 'suggestion';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  name_zh: string;
  name_en: string;
  score: number;
  match: MatchKind;
  /** The text that matched when it is not the entry's name: an alias such as 西太湖. */
  via?: { label: string; source: KeySource };
}

export type SearchOutcome =
  /** Nothing typed (or only spaces). */
  | 'empty'
  /** Something typed, but no letter or digit in it (emoji, punctuation). */
  | 'unreadable'
  | 'no-match'
  | 'ok';

export interface SearchResults {
  query: NormalisedQuery;
  outcome: SearchOutcome;
  groups: Record<SearchKind, SearchHit[]>;
  /** How many matched in each kind before the lists were cut. */
  counts: Record<SearchKind, number>;
  /** The kinds in display order: the one holding the best hit first ("湖塘" lists the town first). */
  order: SearchKind[];
  /** Closest names, then prominent places: offered when nothing matched. */
  suggestions: SearchHit[];
}

export interface SearchOptions {
  /** Hits kept per kind; default places 8, towns 5, figures 5. */
  limits?: Partial<Record<SearchKind, number>>;
}

const DEFAULT_LIMITS: Record<SearchKind, number> = { place: 8, town: 5, figure: 5 };
const KINDS: readonly SearchKind[] = ['place', 'town', 'figure'];
const SUGGESTIONS = 5;
const CLOSEST = 3;

interface KeyScore {
  score: number;
  match: MatchKind;
}

/** Typos allowed for a query of this many characters (Latin); Chinese characters carry more, one is enough. */
function typoLimit(length: number, latin: boolean): number {
  if (!latin) return length >= 3 ? 1 : 0;
  return length < 4 ? 0 : length <= 6 ? 1 : 2;
}

/** What every key is compared with: worked out once per query, not once per key. */
interface QueryContext {
  q: readonly string[];
  words: readonly string[];
  latin: boolean;
  hasLatin: boolean;
  typoLimit: number;
}

function scoreKey(key: SearchKey, cx: QueryContext): KeyScore | null {
  const { q, latin } = cx;
  let seq = matchSequence(key.name, q);
  const usedPinyin = key.hasHan && cx.hasLatin;
  // A few initials in the middle of a long name are chance ("gdp" in 江理工等片区), not a find.
  if (
    seq &&
    usedPinyin &&
    seq.start > 0 &&
    q.length < 4 &&
    q.length === key.name.chars.length - seq.start - seq.rest
  )
    seq = null;
  // Letters that run from inside one word into the next are chance ("dt" in "farmlan|d t|o lake"):
  // a stretch of a Latin name that crosses a word gap must begin at a word.
  if (seq && !key.hasHan && seq.start > 0 && !key.wordStarts.has(seq.start)) {
    const end = key.name.chars.length - seq.rest;
    for (let i = seq.start + 1; i < end; i++)
      if (key.wordStarts.has(i)) {
        seq = null;
        break;
      }
  }
  if (seq) {
    const covers = seq.start === 0 && seq.rest === 0;
    // The whole name, then its start, then a word inside it, then any stretch of it.
    const base = covers ? 1000 : seq.start === 0 ? 900 : key.wordStarts.has(seq.start) ? 780 : 660;
    const score = base - 30 * seq.cost - 2 * Math.min(seq.start, 20) - 3 * Math.min(seq.rest, 20);
    // One letter per character matched: the query was initials ("wjz" for 武进站).
    const matched = key.name.chars.length - seq.start - seq.rest;
    const match: MatchKind = usedPinyin
      ? q.length === matched && matched > 1
        ? 'initials'
        : 'pinyin'
      : covers
        ? 'exact'
        : seq.start === 0
          ? 'prefix'
          : 'contains';
    return { score, match };
  }
  // Several words in any order, each the start of a word of the name: "station wujin".
  if (latin && cx.words.length > 1 && key.words.length > 1) {
    const all = cx.words.every((w) => key.words.some((kw) => kw.startsWith(w)));
    if (all) return { score: 720 - 5 * (key.words.length - cx.words.length), match: 'words' };
  }
  // Characters or initials in order with gaps, when they are a good part of the name (a third for
  // Chinese characters, which say more than initials).
  // Two or three letters with gaps between them are chance ("dt" in 氢能装备产品检验检测中心), not a
  // find: short initials must be consecutive.
  const chance = latin && q.length <= 3;
  if (key.hasHan && !chance && q.length * (latin ? 2 : 3) >= key.name.chars.length) {
    const skipped = matchSkipping(key.name, q);
    if (skipped >= 0) return { score: 580 - 10 * skipped, match: latin ? 'initials' : 'contains' };
  }
  // Typos: against the start of the pinyin, the start of each word, or (Chinese) anywhere in the name.
  const limit = cx.typoLimit;
  if (limit > 0) {
    const target = latin ? key.spelled : key.name.chars;
    let d = prefixDistance(q, target, limit, !latin);
    if (d > limit && latin) {
      for (const tail of key.wordTails) {
        d = Math.min(d, prefixDistance(q, tail, limit));
        if (d <= limit) break;
      }
    }
    if (d <= limit)
      return {
        score: 460 - 110 * d - 3 * Math.min(Math.max(0, target.length - q.length), 20),
        match: 'fuzzy',
      };
  }
  return null;
}

function scoreEntry(entry: SearchEntry, cx: QueryContext): SearchHit | null {
  let bestScore = -Infinity;
  let bestMatch: MatchKind = 'exact';
  let bestKey: SearchKey | null = null;
  for (const key of entry.keys) {
    const s = scoreKey(key, cx);
    if (!s) continue;
    const weighted = s.score * key.weight;
    if (weighted > bestScore) {
      bestScore = weighted;
      bestMatch = s.match;
      bestKey = key;
    }
  }
  if (!bestKey) return null;
  return toHit(entry, bestScore + 15 * entry.popularity, bestMatch, bestKey);
}

function toHit(entry: SearchEntry, score: number, match: MatchKind, key?: SearchKey): SearchHit {
  const hit: SearchHit = {
    kind: entry.kind,
    id: entry.id,
    name_zh: entry.name_zh,
    name_en: entry.name_en,
    score,
    match,
  };
  if (key && key.source === 'alias') hit.via = { label: key.label, source: key.source };
  return hit;
}

function byScore(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || a.name_zh.localeCompare(b.name_zh, 'zh-CN');
}

/** The report's most prominent places, for an empty or unmatched query. */
export function popularPlaces(index: SearchIndex, count = SUGGESTIONS): SearchHit[] {
  return [...index.byKind.place]
    .sort((a, b) => b.popularity - a.popularity)
    .slice(0, count)
    .map((e) => toHit(e, e.popularity, 'suggestion'));
}

/**
 * "Did you mean": names nearest to the query by edit distance and, for several words that do not
 * match together ("wujin railway"), the best finds for each word alone.
 */
function closestNames(index: SearchIndex, query: NormalisedQuery): SearchHit[] {
  const hits = closestByDistance(index, query);
  if (hits.length < CLOSEST && query.words.length > 1) {
    const seen = new Set(hits.map((h) => `${h.kind}:${h.id}`));
    for (const word of [...query.words].sort((a, b) => b.length - a.length).slice(0, 3)) {
      const alone = search(index, word, { limits: { place: CLOSEST, town: 1, figure: 1 } });
      if (alone.outcome !== 'ok') continue;
      for (const h of flatHits(alone)) {
        if (hits.length >= CLOSEST) break;
        if (seen.has(`${h.kind}:${h.id}`)) continue;
        seen.add(`${h.kind}:${h.id}`);
        hits.push({ ...h, match: 'suggestion' });
      }
    }
  }
  return hits;
}

function closestByDistance(index: SearchIndex, query: NormalisedQuery): SearchHit[] {
  // A bounded prefix of the query keeps this cheap on absurd input; names are short anyway.
  const q = Array.from(query.text).slice(0, 12);
  const latin = query.script === 'latin';
  // A third of the query may be wrong: enough for "did you mean", not so much that anything goes.
  const limit = Math.min(4, Math.floor(q.length / 3));
  if (limit === 0) return [];
  const found: { entry: SearchEntry; d: number }[] = [];
  for (const entry of index.entries) {
    let d = limit + 1;
    for (const key of entry.keys) {
      d = Math.min(d, prefixDistance(q, latin ? key.spelled : key.name.chars, Math.min(limit, d), !latin));
    }
    if (d <= limit) found.push({ entry, d });
  }
  return found
    .sort((a, b) => a.d - b.d || b.entry.popularity - a.entry.popularity)
    .slice(0, CLOSEST)
    .map(({ entry, d }) => toHit(entry, 100 - d, 'suggestion'));
}

function emptyGroups(): Record<SearchKind, SearchHit[]> {
  return { place: [], town: [], figure: [] };
}

/**
 * Searches the index. Never throws: any input (empty, very long, emoji, mixed scripts, regular
 * expression characters) yields results or a reasoned "no match" with suggestions.
 */
export function search(index: SearchIndex, input: unknown, options: SearchOptions = {}): SearchResults {
  const query = normaliseQuery(input);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const groups = emptyGroups();
  const counts: Record<SearchKind, number> = { place: 0, town: 0, figure: 0 };
  if (query.script === 'empty') {
    const typed = typeof input === 'string' && input.trim().length > 0;
    return {
      query,
      outcome: typed ? 'unreadable' : 'empty',
      groups,
      counts,
      order: [...KINDS],
      suggestions: popularPlaces(index),
    };
  }
  const latin = query.script === 'latin';
  const q = Array.from(query.text);
  const cx: QueryContext = {
    q,
    words: query.words,
    latin,
    hasLatin: hasLatin(query.text),
    typoLimit: typoLimit(q.length, latin),
  };
  for (const entry of index.entries) {
    const hit = scoreEntry(entry, cx);
    if (hit) groups[entry.kind].push(hit);
  }
  for (const kind of KINDS) {
    counts[kind] = groups[kind].length;
    groups[kind] = groups[kind].sort(byScore).slice(0, Math.max(0, limits[kind]));
  }
  // Stable sort: on a tie the fixed order (places, towns, figures) stands.
  const order = [...KINDS].sort((a, b) => (groups[b][0]?.score ?? -1) - (groups[a][0]?.score ?? -1));
  if (KINDS.some((k) => counts[k] > 0))
    return { query, outcome: 'ok', groups, counts, order, suggestions: [] };
  const closest = closestNames(index, query);
  const seen = new Set(closest.map((h) => `${h.kind}:${h.id}`));
  const popular = popularPlaces(index, SUGGESTIONS + CLOSEST).filter((h) => !seen.has(`${h.kind}:${h.id}`));
  return {
    query,
    outcome: 'no-match',
    groups,
    counts,
    order,
    suggestions: [...closest, ...popular].slice(0, SUGGESTIONS),
  };
}

/** All hits in display order (by kind, the best kind first), as the keyboard walks them. */
export function flatHits(results: SearchResults): SearchHit[] {
  return results.outcome === 'ok' ? results.order.flatMap((k) => results.groups[k]) : results.suggestions;
}
