/**
 * The rules that tie data/metrics.json and data/metrics-excluded.json to the report text, run by
 * the data gate (validate.ts) at every build: each figure quoted verbatim and once from its own
 * paragraph, found once in its quote as the report writes it, with the qualifier the words next
 * to it give it, in a known unit with its normalised base value, with year, kind, id and theme
 * agreeing with its paragraph; and every number of the report either a figure or deliberately
 * excluded with a reason. A new number in the report, or a misquoted one, stops the build.
 */
import type { Report } from '../../report/parse.ts';
import { UNITS, toBase, chineseNumeral, formatFigure } from '../metrics-units.ts';
import { paragraphTheme } from '../themes.ts';
import type { Metric, Qualifier } from '../types.ts';

export const METRICS_FILE = 'data/metrics.json';
export const EXCLUDED_FILE = 'data/metrics-excluded.json';

export interface FigureProblem {
  file: string;
  feature?: string;
  rule: string;
  message: string;
}

export interface Excluded {
  text: string;
  paragraph: string;
  why: string;
}

const RANK_UNITS = ['名', '项第一'];

/** Every start index of `needle` in `hay`. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The ways a figure can be written in the report: 3240亿元; 五项 (Chinese numeral); a rank as
 * 第三 or 首位; 四项第一. A qualitative target is written as its comparison (高于GDP增幅).
 */
function writtenForms(m: Metric): string[] {
  if (m.value === null) return m.qualifier === 'more_than_gdp' ? ['高于GDP增幅'] : [];
  const small = Number.isInteger(m.value) && m.value >= 0 && m.value <= 99;
  if (m.kind === 'rank') {
    if (!small) return [];
    if (m.unit === '项第一') return [`${chineseNumeral(m.value)}项第一`];
    return m.value === 1 ? ['第一', '首位'] : [`第${chineseNumeral(m.value)}`];
  }
  const forms = [`${m.value}${m.unit}`];
  if (small) forms.push(`${chineseNumeral(m.value)}${m.unit}`);
  return forms;
}

/** A form found inside a longer number ("10个" in "110个", "2万人" in "5.2万人") is not the figure. */
const NUMBER_CHAR = /[0-9.０-９零一二三四五六七八九十百千万]/;

function figureHits(m: Metric): { at: number; form: string }[] {
  const hits: { at: number; form: string }[] = [];
  for (const form of writtenForms(m)) {
    for (const at of occurrences(m.quote, form)) {
      const before = m.quote[at - 1];
      if (NUMBER_CHAR.test(form[0]) && before !== undefined && NUMBER_CHAR.test(before)) continue;
      hits.push({ at, form });
    }
  }
  return hits;
}

/**
 * The qualifier the report's words give a figure. The marker must touch the figure: 以上 and 左右
 * right after number and unit, 约, 超, 突破 and 近 right before the number (in 规模以上工业增加值增长7%
 * the 以上 qualifies something else). Every marker present is returned, so a clash shows as two.
 */
function qualifiersAround(text: string, start: number, end: number): Qualifier[] {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const found: Qualifier[] = [];
  if (after.startsWith('以上')) found.push('at_least');
  if (after.startsWith('左右')) found.push('approx');
  if (before.endsWith('约')) found.push('about');
  if (before.endsWith('超') || before.endsWith('超过') || before.endsWith('突破')) found.push('over');
  if (before.endsWith('近')) found.push('nearly');
  return found.length ? found : ['exact'];
}

function isExcluded(x: unknown): x is Excluded {
  const e = x as Excluded | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.text === 'string' &&
    e.text.length > 0 &&
    typeof e.paragraph === 'string' &&
    typeof e.why === 'string' &&
    e.why.trim().length > 0 &&
    Object.keys(e).every((k) => k === 'text' || k === 'paragraph' || k === 'why')
  );
}

/** Problems of the figures (already of the Metric shape) and the exclusions against the report. */
export function figureProblems(
  metrics: readonly Metric[],
  excludedRaw: unknown,
  report: Report,
): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const fail = (file: string, feature: string | undefined, rule: string, message: string) =>
    problems.push(feature === undefined ? { file, rule, message } : { file, feature, rule, message });

  /** Where each figure sits in its paragraph, for the figures whose quote and figure were found. */
  const spans = new Map<string, { start: number; end: number }>();

  for (const m of metrics) {
    const para = report.paragraphs.get(m.section);
    if (!para) continue; // the structural gate names an unknown paragraph
    const review = para.section.startsWith('review');
    if (m.year !== (review ? 2023 : 2024))
      fail(METRICS_FILE, m.id, 'metric-year', `year ${m.year} does not match paragraph ${m.section}`);
    if (m.kind === (review ? 'target' : 'achieved'))
      fail(
        METRICS_FILE,
        m.id,
        'metric-kind',
        `kind "${m.kind}" in a ${review ? 'review' : 'plan'} paragraph`,
      );
    if (!m.id.endsWith(review ? '-2023' : '-2024-target'))
      fail(METRICS_FILE, m.id, 'metric-id-suffix', `id must end in ${review ? '-2023' : '-2024-target'}`);
    if (m.theme !== paragraphTheme(para.id))
      fail(
        METRICS_FILE,
        m.id,
        'metric-theme',
        `theme "${m.theme}" is not ${paragraphTheme(para.id)}, its section's`,
      );
    if (!(m.unit in UNITS))
      fail(METRICS_FILE, m.id, 'metric-unit', `unit "${m.unit}" is not in the unit table`);
    if (m.quote.length > 40) fail(METRICS_FILE, m.id, 'quote-too-long', 'quote is longer than 40 characters');
    if ((m.value === null) !== (m.qualifier === 'more_than_gdp'))
      fail(
        METRICS_FILE,
        m.id,
        'metric-null-value',
        'only the qualitative target (more_than_gdp) has no value',
      );
    if (RANK_UNITS.includes(m.unit) !== (m.kind === 'rank'))
      fail(
        METRICS_FILE,
        m.id,
        'metric-rank-unit',
        `rank units (${RANK_UNITS.join(', ')}) go with kind "rank" only`,
      );
    if (new Set(m.places).size !== m.places.length)
      fail(METRICS_FILE, m.id, 'metric-places-twice', 'names a place twice');
    if (m.unit in UNITS) {
      const base = toBase(m.value, m.unit);
      if (base.value !== m.base_value || base.unit !== m.base_unit)
        fail(
          METRICS_FILE,
          m.id,
          'metric-base-value',
          `base value ${m.base_value} ${m.base_unit} should be ${base.value} ${base.unit}`,
        );
    }

    const inParagraph = occurrences(para.text, m.quote);
    if (inParagraph.length !== 1) {
      fail(
        METRICS_FILE,
        m.id,
        'quote-once',
        `quote "${m.quote}" is found ${inParagraph.length} times in ${m.section}`,
      );
      continue;
    }
    const hits = figureHits(m);
    if (hits.length !== 1) {
      fail(
        METRICS_FILE,
        m.id,
        'figure-in-quote',
        `the figure (${writtenForms(m).join(' / ')}) is found ${hits.length} times in "${m.quote}"`,
      );
      continue;
    }
    const [hit] = hits;
    const start = inParagraph[0] + hit.at;
    spans.set(m.id, { start, end: start + hit.form.length });
    if (m.value !== null) {
      const fromParagraph = qualifiersAround(para.text, start, start + hit.form.length);
      const fromQuote = qualifiersAround(m.quote, hit.at, hit.at + hit.form.length);
      if (fromParagraph.length !== 1 || fromParagraph[0] !== m.qualifier)
        fail(
          METRICS_FILE,
          m.id,
          'metric-qualifier',
          `the report's words make it ${fromParagraph.join('+')}, not ${m.qualifier}`,
        );
      else if (fromQuote.length !== 1 || fromQuote[0] !== m.qualifier)
        fail(METRICS_FILE, m.id, 'metric-qualifier', `the quote must carry the ${m.qualifier} marker too`);
    }
    if (m.kind !== 'rank' && m.value !== null && m.unit in UNITS) {
      const zh = formatFigure(m, 'zh');
      const spellings = [zh];
      if (Number.isInteger(m.value) && m.value >= 0 && m.value <= 99)
        spellings.push(zh.replace(String(m.value), chineseNumeral(m.value)));
      if (m.qualifier === 'over') spellings.push(...spellings.map((s) => s.replace(/^超/, '突破')));
      if (!spellings.some((s) => para.text.includes(s)))
        fail(METRICS_FILE, m.id, 'figure-as-written', `shown as "${zh}", which the report does not write`);
    }
  }

  const spanKeys = new Map<string, string>();
  for (const m of metrics) {
    const span = spans.get(m.id);
    if (!span) continue;
    const key = `${m.section}@${span.start}`;
    const twin = spanKeys.get(key);
    if (twin) fail(METRICS_FILE, m.id, 'figure-twice', `the same figure of the report as "${twin}"`);
    else spanKeys.set(key, m.id);
  }

  // One result and one target per indicator, a pair in the same unit.
  const byIndicator = new Map<string, Metric[]>();
  for (const m of metrics)
    byIndicator.set(m.indicator ?? m.id, [...(byIndicator.get(m.indicator ?? m.id) ?? []), m]);
  for (const [indicator, group] of byIndicator) {
    const results = group.filter((m) => m.year === 2023);
    const targets = group.filter((m) => m.year === 2024);
    if (results.length > 1 || targets.length > 1)
      fail(METRICS_FILE, indicator, 'indicator-twice', 'more than one figure per indicator and year');
    else if (
      results.length &&
      targets.length &&
      (results[0].unit !== targets[0].unit || (results[0].kind === 'rank') !== (targets[0].kind === 'rank'))
    )
      fail(
        METRICS_FILE,
        indicator,
        'indicator-unit',
        'the 2023 result and the 2024 target are in different units',
      );
  }

  // The exclusions: numbers judged not to be figures, each with its reason.
  const excluded: Excluded[] = [];
  if (!Array.isArray(excludedRaw)) fail(EXCLUDED_FILE, undefined, 'excluded-structure', 'must be an array');
  else
    excludedRaw.forEach((raw, index) => {
      if (isExcluded(raw)) excluded.push(raw);
      else
        fail(
          EXCLUDED_FILE,
          `#${index}`,
          'excluded-structure',
          'needs text, paragraph and why (and nothing else)',
        );
    });
  const seen = new Set<string>();
  for (const e of excluded) {
    const key = `${e.paragraph}|${e.text}`;
    if (seen.has(key)) fail(EXCLUDED_FILE, e.text, 'excluded-twice', `listed twice for ${e.paragraph}`);
    seen.add(key);
    const para = report.paragraphs.get(e.paragraph);
    if (!para || !para.text.includes(e.text)) {
      fail(EXCLUDED_FILE, e.text, 'excluded-not-in-report', `is not in paragraph ${e.paragraph}`);
      continue;
    }
    for (const m of metrics.filter((x) => x.section === e.paragraph)) {
      const span = spans.get(m.id);
      if (
        span &&
        occurrences(para.text, e.text).some((at) => span.start >= at && span.start < at + e.text.length)
      )
        fail(EXCLUDED_FILE, e.text, 'excluded-hides-figure', `hides the figure of "${m.id}"`);
    }
    const ref = /\(metric ([a-z0-9-]+)\)/.exec(e.why);
    if (ref) {
      const m = metrics.find((x) => x.id === ref[1]);
      if (m?.section !== e.paragraph)
        fail(
          EXCLUDED_FILE,
          e.text,
          'excluded-metric-ref',
          `names metric ${ref[1]}, which is not in ${e.paragraph}`,
        );
      else if (/\d/.test(e.text) && !m.label_zh.includes(e.text))
        fail(EXCLUDED_FILE, e.text, 'excluded-metric-ref', `metric ${m.id}'s label should keep "${e.text}"`);
    }
  }

  // Every run of digits in the report is a catalogued figure at that very position or lies inside
  // an excluded text.
  for (const p of report.paragraphs.values()) {
    const figures = metrics
      .filter((m) => m.section === p.id && m.value !== null && m.kind !== 'rank' && spans.has(m.id))
      .map((m) => ({ m, start: spans.get(m.id)!.start }));
    const skips = excluded
      .filter((e) => e.paragraph === p.id)
      .flatMap((e) => occurrences(p.text, e.text).map((at) => [at, at + e.text.length] as const));
    for (const run of p.text.matchAll(/[0-9０-９]+(?:\.[0-9０-９]+)?/g)) {
      const start = run.index;
      const end = start + run[0].length;
      const isFigure = figures.some(({ m, start: s }) => s === start && String(m.value) === run[0]);
      const isSkipped = skips.some(([s, e]) => s <= start && end <= e);
      if (!isFigure && !isSkipped)
        fail(
          METRICS_FILE,
          p.id,
          'number-unaccounted',
          `"${p.text.slice(Math.max(0, start - 8), end + 4)}" is neither a figure nor excluded`,
        );
    }
  }
  return problems;
}
