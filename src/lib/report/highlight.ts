/**
 * Which words of a report paragraph are places and which are figures, built from the catalogue
 * (never by hand): the reader draws them as links to the map.
 *
 * A paragraph becomes a list of segments whose texts concatenate back to the paragraph exactly.
 * Each segment carries the ids of every place and figure whose words cover it, so overlaps (a
 * figure inside a place's quote, two places sharing a name) keep all their meanings.
 *
 * What counts as a span:
 * - a place's name or alias (name_zh, aliases), wherever it occurs in a paragraph the place has a
 *   report reference in; the catalogue's references are the authority on which paragraphs
 *   speak of a place, so a name is not linked in paragraphs the catalogue does not tie it to.
 *   Where names overlap, the longer name wins (滆湖退田还湖 over 滆湖), as a reader would parse it;
 *   a name that lost to a longer one comes back where the place's own quote contains it, so both
 *   places share those words (滆湖 in 滆湖退田还湖二期, when the quote is tied to 滆湖 as well);
 * - a place's quote, when no name of the place occurs inside it (the quote is then the mention);
 * - a figure's number as the report writes it (超36万辆, 6%以上, 第三, 五项), found inside the
 *   figure's quote; the whole quote when the number cannot be found in it.
 */
import { chineseNumeral } from '../catalog/metrics-units';
import type { Metric, PlaceProperties } from '../catalog/types';

export interface Segment {
  text: string;
  /** Places these words name, innermost mention first (then catalogue order). Absent for plain text. */
  placeIds?: string[];
  /** Figures these words state, innermost first (then catalogue order). Absent for plain text. */
  metricIds?: string[];
}

/** What finding a figure's words needs to know of it. */
export type FigureWords = Pick<Metric, 'value' | 'unit' | 'qualifier' | 'kind'>;

/** The parts of the catalogue highlighting reads; a Catalog satisfies it. */
export interface HighlightSources {
  places: readonly { properties: Pick<PlaceProperties, 'id' | 'name_zh' | 'aliases' | 'report'> }[];
  metrics: readonly Pick<Metric, 'id' | 'section' | 'quote' | 'value' | 'unit' | 'qualifier' | 'kind'>[];
}

export interface HighlightSpan {
  start: number;
  end: number;
  kind: 'place' | 'metric';
  id: string;
  /** Catalogue position of the place or figure, for a stable order of ids in a segment. */
  order: number;
}

/** Names shorter than this would match inside unrelated words. */
const MIN_NAME_LENGTH = 2;

// Words the report puts around a number to qualify it: 超2300个, 突破5800亿元, 近40%, 6%以上.
const QUALIFIER_BEFORE = ['超过', '突破', '超', '近', '约'];
const QUALIFIER_AFTER = ['以上', '左右'];

function allIndexes(text: string, word: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (word.length === 0) return out;
  for (let i = text.indexOf(word, from); i !== -1 && i + word.length <= to; i = text.indexOf(word, i + 1))
    out.push(i);
  return out;
}

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9.]/.test(ch);

/**
 * The ways the report may write a figure's number, most specific first:
 * 3240亿元, 五项, 第三, 四项第一, 首位, 高于GDP增幅, and the bare number as a last resort.
 */
export function figureTextCandidates(metric: FigureWords): string[] {
  if (metric.qualifier === 'more_than_gdp') return ['高于GDP增幅'];
  if (metric.value === null) return [];
  const v = metric.value;
  const smallInteger = Number.isInteger(v) && v >= 0 && v <= 99;
  if (metric.kind === 'rank') {
    if (!smallInteger) return [String(v)];
    const cn = chineseNumeral(v);
    if (metric.unit === '项第一') return [`${cn}项第一`, `${v}项第一`];
    return [`第${cn}`, `第${v}`, ...(v === 1 ? ['首位'] : [])];
  }
  const written = String(v);
  return [
    `${written}${metric.unit}`,
    ...(smallInteger ? [`${chineseNumeral(v)}${metric.unit}`] : []),
    written,
  ];
}

/**
 * Where in `text` (between `from` and `to`) the figure's number is written, widened to the
 * qualifier words around it; null when it is not there.
 */
export function findFigure(
  text: string,
  metric: FigureWords,
  from = 0,
  to = text.length,
): { start: number; end: number } | null {
  for (const candidate of figureTextCandidates(metric)) {
    for (const at of allIndexes(text, candidate, from, to)) {
      const end = at + candidate.length;
      // 8个 must not be found inside 18个, nor 6 inside 6.5.
      if (/^[0-9]/.test(candidate) && isDigit(text[at - 1])) continue;
      if (/[0-9]$/.test(candidate) && isDigit(text[end])) continue;
      let start = at;
      let stop = end;
      const before = QUALIFIER_BEFORE.find(
        (q) => start - q.length >= from && text.startsWith(q, start - q.length),
      );
      if (before) start -= before.length;
      const after = QUALIFIER_AFTER.find((q) => stop + q.length <= to && text.startsWith(q, stop));
      if (after) stop += after.length;
      return { start, end: stop };
    }
  }
  return null;
}

function placeSpans(paragraphId: string, text: string, places: HighlightSources['places']): HighlightSpan[] {
  const names: HighlightSpan[] = [];
  const quotes: HighlightSpan[] = [];
  places.forEach((place, order) => {
    const p = place.properties;
    const refs = p.report.filter((r) => r.paragraph === paragraphId);
    if (refs.length === 0) return;
    const words = [...new Set([p.name_zh, ...p.aliases])].filter((w) => w.length >= MIN_NAME_LENGTH);
    for (const word of words)
      for (const at of allIndexes(text, word))
        names.push({ start: at, end: at + word.length, kind: 'place', id: p.id, order });
    for (const ref of refs) {
      const at = text.indexOf(ref.quote);
      if (at === -1 || ref.quote.length === 0) continue;
      quotes.push({ start: at, end: at + ref.quote.length, kind: 'place', id: p.id, order });
    }
  });
  const kept = resolveNames(names);
  const inside = (s: HighlightSpan, q: HighlightSpan) =>
    s.id === q.id && s.start >= q.start && s.end <= q.end;
  const fallbacks: HighlightSpan[] = [];
  for (const q of quotes) {
    if (kept.some((k) => inside(k, q))) continue;
    // The place's name is in its quote but lost to a longer name (滆湖 in 滆湖退田还湖二期): the
    // quote says it names this place too, so the name comes back, sharing its words.
    const swallowed = names.filter((n) => inside(n, q));
    if (swallowed.length > 0) fallbacks.push(...swallowed);
    // No name at all: the quote itself is the mention.
    else fallbacks.push({ start: q.start, end: q.end, kind: q.kind, id: q.id, order: q.order });
  }
  return [...kept, ...fallbacks];
}

/**
 * Longest name first; a name overlapping a longer accepted one is dropped, one at exactly the same
 * words is kept (two places may share a name). Ties break on position, then catalogue order.
 */
function resolveNames(spans: HighlightSpan[]): HighlightSpan[] {
  const sorted = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order,
  );
  const kept: HighlightSpan[] = [];
  for (const s of sorted) {
    const clash = kept.some(
      (k) => k.start < s.end && s.start < k.end && !(k.start === s.start && k.end === s.end),
    );
    const duplicate = kept.some((k) => k.start === s.start && k.end === s.end && k.id === s.id);
    if (!clash && !duplicate) kept.push(s);
  }
  return kept;
}

function metricSpans(
  paragraphId: string,
  text: string,
  metrics: HighlightSources['metrics'],
): HighlightSpan[] {
  const out: HighlightSpan[] = [];
  metrics.forEach((m, order) => {
    if (m.section !== paragraphId || m.quote.length === 0) return;
    const at = text.indexOf(m.quote);
    if (at === -1) return;
    const end = at + m.quote.length;
    const found = findFigure(text, m, at, end) ?? { start: at, end };
    out.push({ ...found, kind: 'metric', id: m.id, order });
  });
  return out;
}

/**
 * Splits a paragraph into segments at every span boundary. Lossless: the segments' texts joined
 * are `text`. Neighbouring segments never carry the same ids (they are merged).
 */
export function segmentsFromSpans(text: string, spans: readonly HighlightSpan[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  let previousKey = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    // Innermost first: the shortest span covering these words is what they most specifically name.
    const covering = spans
      .filter((s) => s.start <= from && s.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.order - b.order || a.id.localeCompare(b.id));
    const placeIds = [...new Set(covering.filter((s) => s.kind === 'place').map((s) => s.id))];
    const metricIds = [...new Set(covering.filter((s) => s.kind === 'metric').map((s) => s.id))];
    const key = `${placeIds.join(',')}|${metricIds.join(',')}`;
    const piece = text.slice(from, to);
    if (out.length > 0 && key === previousKey) {
      out[out.length - 1].text += piece;
      continue;
    }
    const segment: Segment = { text: piece };
    if (placeIds.length > 0) segment.placeIds = placeIds;
    if (metricIds.length > 0) segment.metricIds = metricIds;
    out.push(segment);
    previousKey = key;
  }
  return out;
}

/** The segments of one paragraph: plain text, place names and figures. */
export function highlightParagraph(paragraphId: string, text: string, sources: HighlightSources): Segment[] {
  const spans = [
    ...placeSpans(paragraphId, text, sources.places),
    ...metricSpans(paragraphId, text, sources.metrics),
  ];
  return segmentsFromSpans(text, spans);
}

/** Segments for every paragraph of the report, by paragraph id. */
export function highlightReport(
  paragraphs: Iterable<{ id: string; text: string }>,
  sources: HighlightSources,
): Map<string, Segment[]> {
  const out = new Map<string, Segment[]>();
  for (const p of paragraphs) out.set(p.id, highlightParagraph(p.id, p.text, sources));
  return out;
}
