/**
 * data/metrics.json holds every figure of the report, each with the words it was read from;
 * data/metrics-excluded.json lists the numbers that were judged not to be figures, with the reason.
 * These tests tie both files to the report text, so a figure can be neither misquoted nor missed.
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseReport, type ReportParagraph } from '../../../src/lib/report/parse';
import type { Metric, Qualifier } from '../../../src/lib/catalog/types';
import { UNITS, chineseNumeral, formatFigure, toBase } from '../../../src/lib/catalog/metrics-units';
import { paragraphTheme } from '../../../src/lib/ui/overview/metrics';
import { REQUIRED_IDS } from './required-ids';

const repoFile = (path: string) => new URL(`../../../${path}`, import.meta.url);

/** The map features a figure may point at. */
const PLACE_IDS = REQUIRED_IDS;

/** Metrics whose theme differs from their section's, with the reason. None so far. */
const THEME_OVERRIDES: Record<string, string> = {};

/** Indicators whose 2023 result and 2024 target are in different units, with the reason. None so far. */
const UNIT_PAIR_EXCEPTIONS: Record<string, string> = {};

/** Result/target pairs the report states; renaming an indicator must not silently break them. */
const EXPECTED_PAIRS = [
  'high-tech-firms-net',
  'high-tech-firms-total',
  'public-parking-spaces-new',
  'housing-fund-expansion',
  'foreign-projects',
  'green-factories-new',
  'idyllic-villages',
  'disposable-income-growth',
];

const RANK_UNITS = ['名', '项第一'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const MetricSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG)),
  section: v.pipe(v.string(), v.regex(/^[a-z-]+(?:-\d)?\.p\d+$/)),
  label_zh: v.pipe(v.string(), v.nonEmpty()),
  label_en: v.pipe(v.string(), v.nonEmpty()),
  value: v.nullable(v.pipe(v.number(), v.finite())),
  unit: v.picklist(Object.keys(UNITS)),
  qualifier: v.picklist(['exact', 'approx', 'over', 'at_least', 'about', 'nearly', 'more_than_gdp']),
  year: v.picklist([2023, 2024]),
  kind: v.picklist(['achieved', 'target', 'rank']),
  base_value: v.nullable(v.pipe(v.number(), v.finite())),
  base_unit: v.pipe(v.string(), v.nonEmpty()),
  // Short enough to show in a tooltip, long enough to be found once in its paragraph.
  quote: v.pipe(v.string(), v.nonEmpty(), v.maxLength(40)),
  places: v.array(v.picklist(PLACE_IDS)),
  indicator: v.pipe(v.string(), v.regex(SLUG)),
  theme: v.picklist(['economy', 'industry', 'innovation', 'reform', 'ecology', 'urban', 'livelihood']),
});

const ExcludedSchema = v.strictObject({
  text: v.pipe(v.string(), v.nonEmpty()),
  paragraph: v.string(),
  why: v.pipe(v.string(), v.nonEmpty()),
});
type Excluded = v.InferOutput<typeof ExcludedSchema>;

const report = parseReport(
  readFileSync(repoFile('data/report/wujin-2024-government-work-report.txt'), 'utf8'),
);
const rawMetrics: unknown = JSON.parse(readFileSync(repoFile('data/metrics.json'), 'utf8'));
const rawExcluded: unknown = JSON.parse(readFileSync(repoFile('data/metrics-excluded.json'), 'utf8'));

/** Every start index of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function paragraphOf(id: string): ReportParagraph {
  const p = report.paragraphs.get(id);
  if (!p) throw new Error(`No paragraph ${id} in the report`);
  return p;
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

interface FigureHit {
  /** Index of the figure's first character in the quote. */
  at: number;
  form: string;
}

function figureHits(m: Metric): FigureHit[] {
  const hits: FigureHit[] = [];
  for (const form of writtenForms(m)) {
    for (const at of occurrences(m.quote, form)) {
      const before = m.quote[at - 1];
      const leadsWithNumber = NUMBER_CHAR.test(form[0]);
      if (leadsWithNumber && before !== undefined && NUMBER_CHAR.test(before)) continue;
      hits.push({ at, form });
    }
  }
  return hits;
}

/**
 * The qualifier the report's words give a figure. The marker must touch the figure: 以上 and 左右
 * right after number and unit, 约, 超, 突破 and 近 right before the number. "The quote contains
 * 以上" is not enough: in 规模以上工业增加值增长7%, 引进1亿元以上项目110个 and 省级以上绿色工厂6家
 * the 以上 qualifies something else, and those figures are exact.
 * Returns every qualifier whose marker is present, so a clash shows as two entries.
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

// Parsed without throwing, so a malformed entry fails the shape test with its path named
// instead of failing the whole file at load.
const metricsResult = v.safeParse(v.array(MetricSchema), rawMetrics);
const excludedResult = v.safeParse(v.array(ExcludedSchema), rawExcluded);
const metrics: Metric[] = metricsResult.success ? metricsResult.output : [];
const excluded: Excluded[] = excludedResult.success ? excludedResult.output : [];

function problems(result: typeof metricsResult | typeof excludedResult): string[] {
  return result.success ? [] : result.issues.map((i) => `[${v.getDotPath(i)}] ${i.message}`);
}

/** Where each metric's figure sits in its paragraph (quote position + figure position in the quote). */
function figureSpan(m: Metric): { start: number; end: number; form: string } {
  const [hit] = figureHits(m);
  const start = paragraphOf(m.section).text.indexOf(m.quote) + hit.at;
  return { start, end: start + hit.form.length, form: hit.form };
}

describe('data/metrics.json', () => {
  it('is a non-empty array of well-formed metrics (strict shape, enum values)', () => {
    expect(problems(metricsResult)).toEqual([]);
    expect(metrics.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const seen = new Set<string>();
    const dupes = metrics.filter((m) => seen.size === seen.add(m.id).size).map((m) => m.id);
    expect(dupes).toEqual([]);
  });

  it('names an existing paragraph, with year, kind, id suffix and theme that agree with it', () => {
    for (const m of metrics) {
      const p = paragraphOf(m.section);
      const isReview = p.section.startsWith('review');
      expect(m.year, m.id).toBe(isReview ? 2023 : 2024);
      expect(m.kind, m.id).not.toBe(isReview ? 'target' : 'achieved');
      expect(m.id.endsWith(isReview ? '-2023' : '-2024-target'), m.id).toBe(true);
      if (!(m.id in THEME_OVERRIDES)) expect(m.theme, m.id).toBe(paragraphTheme(p.id));
    }
  });

  it('quotes each figure verbatim, once, from its own paragraph', () => {
    for (const m of metrics) {
      expect(occurrences(paragraphOf(m.section).text, m.quote), `${m.id}: "${m.quote}"`).toHaveLength(1);
    }
  });

  it('finds the figure exactly once in its quote, as written', () => {
    for (const m of metrics) {
      const hits = figureHits(m);
      expect(hits.length, `${m.id}: ${writtenForms(m).join(' / ')} in "${m.quote}"`).toBe(1);
    }
  });

  it('has a null value only for the qualitative target, and rank units only on ranks', () => {
    for (const m of metrics) {
      expect(m.value === null, m.id).toBe(m.qualifier === 'more_than_gdp');
      expect(RANK_UNITS.includes(m.unit), m.id).toBe(m.kind === 'rank');
    }
  });

  it('has the qualifier the words next to the figure give it, in the paragraph and in the quote', () => {
    for (const m of metrics) {
      if (m.value === null) continue;
      const { start, end } = figureSpan(m);
      const [hit] = figureHits(m);
      const inParagraph = qualifiersAround(paragraphOf(m.section).text, start, end);
      const inQuote = qualifiersAround(m.quote, hit.at, hit.at + hit.form.length);
      expect(inParagraph, m.id).toEqual([m.qualifier]);
      // The quote must carry the marker too, or a reader of the quote alone is misled.
      expect(inQuote, m.id).toEqual([m.qualifier]);
    }
  });

  it('stores base_value and base_unit as the unit table normalises them', () => {
    for (const m of metrics) {
      const def = UNITS[m.unit];
      expect({ value: m.base_value, unit: m.base_unit }, m.id).toEqual(toBase(m.value, m.unit));
      if (m.value === null || m.base_value === null) continue;
      expect(m.base_value, m.id).toBeCloseTo(m.value * def.factor, 6);
      if (def.countable && def.factor !== 1) expect(Number.isInteger(m.base_value), m.id).toBe(true);
    }
  });

  it('renders in Chinese as the report writes it (超 may be written 突破, a count in Chinese numerals)', () => {
    for (const m of metrics) {
      if (m.kind === 'rank' || m.value === null) continue;
      const zh = formatFigure(m, 'zh');
      const text = paragraphOf(m.section).text;
      const spellings = [zh];
      if (Number.isInteger(m.value) && m.value >= 0 && m.value <= 99) {
        spellings.push(zh.replace(String(m.value), chineseNumeral(m.value)));
      }
      if (m.qualifier === 'over') spellings.push(...spellings.map((s) => s.replace(/^超/, '突破')));
      const found = spellings.some((s) => text.includes(s));
      expect(found, `${m.id}: ${zh}`).toBe(true);
      expect(formatFigure(m, 'en').length, m.id).toBeGreaterThan(0);
    }
  });

  it('records no figure twice', () => {
    const keys = metrics.map((m) => `${m.section}|${m.value}|${m.unit}|${m.label_zh}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    const spans = metrics.map((m) => `${m.section}@${figureSpan(m).start}`);
    expect(spans.length - new Set(spans).size).toBe(0);
  });

  it('ties figures only to agreed place ids, each at most once', () => {
    for (const m of metrics) expect(new Set(m.places).size, m.id).toBe(m.places.length);
  });

  it('keeps one metric per indicator and year, and pairs results with targets in the same unit', () => {
    const byIndicator = new Map<string, Metric[]>();
    for (const m of metrics) {
      const key = m.indicator ?? m.id;
      byIndicator.set(key, [...(byIndicator.get(key) ?? []), m]);
    }
    for (const [indicator, group] of byIndicator) {
      const result = group.filter((m) => m.year === 2023);
      const target = group.filter((m) => m.year === 2024);
      expect(result.length, indicator).toBeLessThanOrEqual(1);
      expect(target.length, indicator).toBeLessThanOrEqual(1);
      if (result.length && target.length && !(indicator in UNIT_PAIR_EXCEPTIONS)) {
        expect(target[0].unit, indicator).toBe(result[0].unit);
        expect(target[0].kind === 'rank', indicator).toBe(result[0].kind === 'rank');
      }
    }
    for (const indicator of EXPECTED_PAIRS) {
      expect(
        byIndicator
          .get(indicator)
          ?.map((m) => m.year)
          .sort(),
        indicator,
      ).toEqual([2023, 2024]);
    }
  });
});

describe('data/metrics-excluded.json', () => {
  it('is well formed and unique', () => {
    expect(problems(excludedResult)).toEqual([]);
    expect(excluded.length).toBeGreaterThan(0);
    const keys = excluded.map((e) => `${e.paragraph}|${e.text}`);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('quotes text that is in the named paragraph', () => {
    for (const e of excluded) expect(paragraphOf(e.paragraph).text.includes(e.text), e.text).toBe(true);
  });

  it('never hides a catalogued figure', () => {
    for (const e of excluded) {
      const text = paragraphOf(e.paragraph).text;
      for (const m of metrics.filter((x) => x.section === e.paragraph)) {
        const { start } = figureSpan(m);
        for (const at of occurrences(text, e.text)) {
          expect(start >= at && start < at + e.text.length, `${e.text} hides ${m.id}`).toBe(false);
        }
      }
    }
  });

  it('points at metrics that exist in the same paragraph, whose label keeps a size threshold it excludes', () => {
    for (const e of excluded) {
      const ref = /\(metric ([a-z0-9-]+)\)/.exec(e.why);
      if (!ref) continue;
      const m = metrics.find((x) => x.id === ref[1]);
      expect(m?.section, e.why).toBe(e.paragraph);
      if (m && /\d/.test(e.text))
        expect(m.label_zh.includes(e.text), `${m.id} label keeps ${e.text}`).toBe(true);
    }
  });
});

describe('coverage of the report', () => {
  // Every run of digits (with a decimal part) in the normalised text is either a catalogued figure
  // at that very position or inside an excluded text; a new number in the report fails here.
  it('accounts for every number in the report', () => {
    const uncovered: string[] = [];
    for (const p of report.paragraphs.values()) {
      const figures = metrics
        .filter((m) => m.section === p.id && m.value !== null && m.kind !== 'rank')
        .map((m) => ({ m, span: figureSpan(m) }));
      const skips = excluded
        .filter((e) => e.paragraph === p.id)
        .flatMap((e) => occurrences(p.text, e.text).map((at) => [at, at + e.text.length] as const));
      for (const run of p.text.matchAll(/[0-9０-９]+(?:\.[0-9０-９]+)?/g)) {
        const start = run.index;
        const end = start + run[0].length;
        const isFigure = figures.some(({ m, span }) => span.start === start && String(m.value) === run[0]);
        const isSkipped = skips.some(([s, e]) => s <= start && end <= e);
        if (!isFigure && !isSkipped)
          uncovered.push(`${p.id}: "${p.text.slice(Math.max(0, start - 8), end + 4)}"`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  // Checked only once the layers hold features: they are drawn separately from this catalogue.
  const layersDir = repoFile('geo/layers/');
  const layerIds = new Set<string>();
  if (existsSync(layersDir)) {
    for (const file of readdirSync(layersDir).filter((f) => f.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(new URL(file, layersDir), 'utf8')) as {
        features?: { properties?: { id?: string } | null }[];
      };
      for (const f of fc.features ?? []) if (f.properties?.id) layerIds.add(f.properties.id);
    }
  }
  it.skipIf(layerIds.size === 0)('ties figures only to places drawn in geo/layers', () => {
    const missing = metrics.flatMap((m) =>
      m.places.filter((id) => !layerIds.has(id)).map((id) => `${m.id} → ${id}`),
    );
    expect(missing).toEqual([]);
  });
});
