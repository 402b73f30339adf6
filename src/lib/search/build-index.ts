/**
 * Builds the search index from the catalogue: every place, town/街道 and figure, each with the
 * texts it can be found by (Chinese name, aliases, English name, id) prepared once for matching.
 * Pinyin comes from a table computed at build time (see vite-plugin-search-index.ts), so the
 * browser never loads a pinyin dictionary.
 */
import type { Metric, PlaceFeature } from '../catalog/types';
import { prepareName, type SyllableName } from './match.ts';
import { compactChars, isHan, words } from './normalise.ts';
import type { Town } from './towns';

/** Text → pinyin of each of its code points ('' for non-Han), as pinyin-pro reads it in context. */
export type PinyinTable = Readonly<Record<string, readonly string[]>>;

export type SearchKind = 'place' | 'town' | 'figure';

/** Where a key came from: shown to the user when it is not the name itself ("又称 西太湖"). */
export type KeySource = 'name' | 'alias' | 'english' | 'id';

export interface SearchKey {
  /** The text as written in the data. */
  label: string;
  source: KeySource;
  /** Multiplies the key's score: ids and aliases count a little less than names. */
  weight: number;
  /** Folded characters with their pinyin. */
  name: SyllableName;
  hasHan: boolean;
  /** The pinyin written out letter by letter (non-Han characters as themselves), for typos. */
  spelled: string[];
  /** Character offsets where a word starts, so "station" ranks as a word, not a fragment. */
  wordStarts: ReadonlySet<number>;
  /** The spelled-out key from each later word on, for typos in a word that is not the first. */
  wordTails: string[][];
  /** Latin words of the label. */
  words: string[];
}

export interface SearchEntry {
  kind: SearchKind;
  id: string;
  name_zh: string;
  name_en: string;
  keys: SearchKey[];
  /** 0–1: how prominent the entry is in the report; breaks ties and picks suggestions. */
  popularity: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
  /** Entries by kind, in catalogue order. */
  byKind: Record<SearchKind, SearchEntry[]>;
}

export interface SearchSource {
  places: readonly PlaceFeature[];
  towns: readonly Town[];
  metrics: readonly Metric[];
}

const KEY_WEIGHT: Record<KeySource, number> = { name: 1, alias: 0.97, english: 1, id: 0.9 };

/** Town names are typed with or without their suffix: 湖塘 and 湖塘镇, 西湖 and 西湖街道. */
const TOWN_SUFFIXES = ['街道', '镇', '乡'];

function makeKey(label: string, source: KeySource, pinyin: PinyinTable): SearchKey | null {
  // The table is keyed by the text as written, one syllable per code point; fold code point by
  // code point so the syllables stay aligned when punctuation drops out or a symbol expands.
  const original = Array.from(label);
  const table = pinyin[label];
  const aligned = table && table.length === original.length ? table : null;
  const chars: string[] = [];
  const syllables: string[] = [];
  original.forEach((c, k) => {
    const folded = compactChars(c);
    for (const f of folded) {
      chars.push(f);
      syllables.push(aligned && folded.length === 1 && isHan(f) ? (aligned[k] ?? '') : '');
    }
  });
  if (chars.length === 0) return null;
  const spelled = chars.flatMap((c, k) => (syllables[k] ? Array.from(syllables[k]) : [c]));
  const wordStarts = new Set<number>();
  let position = 0;
  for (const w of words(label)) {
    const at = chars.indexOf(Array.from(w)[0] ?? '', position);
    if (at >= 0) {
      wordStarts.add(at);
      position = at + Array.from(w).length;
    }
  }
  const wordTails: string[][] = [];
  for (const start of wordStarts) {
    if (start === 0) continue;
    wordTails.push(
      chars.slice(start).flatMap((c, k) => (syllables[start + k] ? Array.from(syllables[start + k]) : [c])),
    );
  }
  return {
    label,
    source,
    weight: KEY_WEIGHT[source],
    wordTails,
    name: prepareName(chars, syllables),
    hasHan: chars.some(isHan),
    spelled,
    wordStarts,
    words: words(label),
  };
}

function keysOf(texts: [string | undefined, KeySource][], pinyin: PinyinTable): SearchKey[] {
  const seen = new Set<string>();
  const keys: SearchKey[] = [];
  for (const [text, source] of texts) {
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const key = makeKey(text, source, pinyin);
    if (key) keys.push(key);
  }
  return keys;
}

/** An id like `wujin-station` read as words ("wujin station"); most ids are pinyin or English. */
function idAsText(id: string): string {
  return id.replace(/[-_]+/g, ' ');
}

/** Every text the index reads, for the build-time pinyin table (so both sides agree exactly). */
export function textsForPinyin(source: SearchSource): string[] {
  const texts = new Set<string>();
  for (const p of source.places) {
    texts.add(p.properties.name_zh);
    for (const a of p.properties.aliases ?? []) texts.add(a);
  }
  for (const t of source.towns) for (const name of townNames(t)) texts.add(name);
  for (const m of source.metrics) texts.add(m.label_zh);
  return [...texts].filter((t) => Array.from(t).some(isHan));
}

function townNames(town: Town): string[] {
  const names = [town.name_zh];
  for (const suffix of TOWN_SUFFIXES) {
    if (town.name_zh.endsWith(suffix) && town.name_zh.length - suffix.length >= 2)
      names.push(town.name_zh.slice(0, -suffix.length));
  }
  return names;
}

export function buildSearchIndex(source: SearchSource, pinyin: PinyinTable): SearchIndex {
  const placeCount = new Map<string, number>();
  for (const p of source.places) {
    const town = p.properties.town;
    if (town) placeCount.set(town, (placeCount.get(town) ?? 0) + 1);
  }
  const maxMentions = Math.max(1, ...source.places.map((p) => p.properties.report?.length ?? 0));
  const maxInTown = Math.max(1, ...placeCount.values());

  const places: SearchEntry[] = source.places.map((p) => {
    const props = p.properties;
    return {
      kind: 'place',
      id: props.id,
      name_zh: props.name_zh,
      name_en: props.name_en,
      keys: keysOf(
        [
          [props.name_zh, 'name'],
          ...(props.aliases ?? []).map((a): [string, KeySource] => [a, 'alias']),
          [props.name_en, 'english'],
          [idAsText(props.id), 'id'],
        ],
        pinyin,
      ),
      popularity: (props.report?.length ?? 0) / maxMentions,
    };
  });
  const towns: SearchEntry[] = source.towns.map((t) => {
    const [full, ...short] = townNames(t);
    return {
      kind: 'town',
      id: t.id,
      name_zh: t.name_zh,
      name_en: t.name_en,
      keys: keysOf(
        [
          [full, 'name'],
          // 湖塘 is the town's name as much as 湖塘镇: not an alias to point out.
          ...short.map((s): [string, KeySource] => [s, 'name']),
          [t.name_en, 'english'],
          [idAsText(t.id), 'id'],
        ],
        pinyin,
      ),
      popularity: (placeCount.get(t.id) ?? 0) / maxInTown,
    };
  });
  const figures: SearchEntry[] = source.metrics.map((m) => ({
    kind: 'figure',
    id: m.id,
    name_zh: m.label_zh,
    name_en: m.label_en,
    keys: keysOf(
      [
        [m.label_zh, 'name'],
        [m.label_en, 'english'],
        [idAsText(m.id), 'id'],
      ],
      pinyin,
    ),
    // Results of 2023 before 2024 targets of the same name; figures tied to places first.
    popularity: (m.places.length > 0 ? 0.5 : 0) + (m.kind === 'achieved' ? 0.2 : 0),
  }));
  return {
    entries: [...places, ...towns, ...figures],
    byKind: { place: places, town: towns, figure: figures },
  };
}
