/**
 * Matching the atlas's places to the features of a file a planner has loaded (an official list of
 * sites, say), by name: the same characters, the same pinyin (a file may spell names in pinyin, or
 * with a homophone), or a near spelling. Each suggestion carries its distance from where the atlas
 * puts the place today, so a maintainer can tell a real match from a namesake across the district.
 * Loaded only in correction mode: it brings the pinyin dictionary with it.
 */
import { distance } from '@turf/turf';
import { pinyin } from 'pinyin-pro';
import type { Feature, Geometry } from 'geojson';
import type { PlaceFeature } from '../catalog/types';
import { anchorOf } from '../geo/anchor';
import { userFeatureName } from '../geo/user-features';

/** Below this score a name is not offered as a match at all. */
export const MIN_MATCH_SCORE = 0.5;
/** Same sound, different characters, counts a little less than the same characters. */
const PINYIN_WEIGHT = 0.95;

/** A feature of the loaded file that has a name and a geometry. */
export interface Candidate {
  /** Index of the feature in the loaded file. */
  index: number;
  name: string;
  geometry: Geometry;
}

export interface Suggestion extends Candidate {
  /** 0–1: 1 is the same name. */
  score: number;
  /** From the place's position today to the candidate, in metres; null for a place not yet located. */
  distanceM: number | null;
}

/** Letters and digits only, full-width folded, lower case: "武进站 (Wujin)" → "武进站wujin". */
export function compactName(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The name in toneless pinyin letters, other letters and digits kept: "武进站" → "wujinzhan". */
export function pinyinName(raw: string): string {
  const compact = compactName(raw);
  if (!/\p{Script=Han}/u.test(compact)) return compact;
  return compactName(pinyin(compact, { toneType: 'none', separator: '', nonZh: 'consecutive', v: true }));
}

/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length];
}

/**
 * How alike two compacted names are, 0–1: 1 when equal; when one holds the other (a file's
 * "武进站" in the atlas's "武进站综合交通枢纽") 0.7 and up with the share of the longer it covers;
 * otherwise one minus the edit distance over the longer length.
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortLen = Array.from(short).length;
  const longLen = Array.from(long).length;
  if (shortLen >= 2 && long.includes(short)) return 0.7 + (0.3 * shortLen) / longLen;
  return Math.max(0, 1 - levenshtein(a, b) / longLen);
}

/** A name prepared once: its compact form and its pinyin. */
interface PreparedName {
  compact: string;
  pinyin: string;
}

function prepare(name: string): PreparedName {
  return { compact: compactName(name), pinyin: pinyinName(name) };
}

function nameScore(a: PreparedName, b: PreparedName): number {
  return Math.max(similarity(a.compact, b.compact), PINYIN_WEIGHT * similarity(a.pinyin, b.pinyin));
}

/** The names a place goes by: Chinese, aliases, English. */
function placeNames(place: PlaceFeature): string[] {
  const p = place.properties;
  return [p.name_zh, ...p.aliases, p.name_en];
}

/** The named features of a loaded file (features without a name or geometry cannot be matched). */
export function candidatesOf(features: readonly Feature[]): Candidate[] {
  const out: Candidate[] = [];
  features.forEach((f, index) => {
    const name = userFeatureName(f.properties);
    if (name !== null && f.geometry) out.push({ index, name, geometry: f.geometry });
  });
  return out;
}

/** Candidates prepared for repeated matching (bulk matching compares every place with every one). */
export interface PreparedCandidates {
  items: readonly { candidate: Candidate; name: PreparedName; anchor: [number, number] }[];
}

export function prepareCandidates(candidates: readonly Candidate[]): PreparedCandidates {
  return {
    items: candidates.map((candidate) => ({
      candidate,
      name: prepare(candidate.name),
      anchor: anchorOf(candidate.geometry),
    })),
  };
}

/**
 * The candidates whose names match the place, best first: by score, then by distance from the
 * place's position today (nearer first), at most `limit`.
 */
export function suggestMatches(place: PlaceFeature, prepared: PreparedCandidates, limit = 5): Suggestion[] {
  const names = placeNames(place).map(prepare);
  const from = place.geometry ? anchorOf(place.geometry) : null;
  const out: Suggestion[] = [];
  for (const item of prepared.items) {
    const score = Math.max(...names.map((n) => nameScore(n, item.name)));
    if (score < MIN_MATCH_SCORE) continue;
    const distanceM = from ? distance(from, item.anchor, { units: 'meters' }) : null;
    out.push({ ...item.candidate, score, distanceM });
  }
  out.sort((a, b) => b.score - a.score || (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity));
  return out.slice(0, limit);
}

/** One row of bulk matching: a place and the file's features that may be it. */
export interface MatchRow {
  placeId: string;
  suggestions: Suggestion[];
}

/** Suggestions for every place, in the order given; places with no match at all are left out. */
export function matchAll(places: readonly PlaceFeature[], candidates: readonly Candidate[]): MatchRow[] {
  const prepared = prepareCandidates(candidates);
  return places
    .map((place) => ({ placeId: place.properties.id, suggestions: suggestMatches(place, prepared, 3) }))
    .filter((row) => row.suggestions.length > 0);
}
