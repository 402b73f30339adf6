import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../../src/lib/catalog/metrics-units';
import type { Metric, PlaceFeature } from '../../../../src/lib/catalog/types';
import {
  HEADLINE_2023,
  THEMES,
  groupByTheme,
  growthTargets,
  headline,
  metricsForYear,
  metricsOfPlace,
  pairByIndicator,
  paragraphTheme,
  themeCounts,
} from '../../../../src/lib/ui/overview/metrics';

const metrics = JSON.parse(
  readFileSync(new URL('../../../../data/metrics.json', import.meta.url), 'utf8'),
) as Metric[];

const metric = (over: Partial<Metric> & Pick<Metric, 'id'>): Metric => ({
  section: 'review-1.p1',
  label_zh: over.id,
  label_en: over.id,
  value: 1,
  unit: '个',
  qualifier: 'exact',
  year: 2023,
  kind: 'achieved',
  base_value: 1,
  base_unit: '个',
  quote: '',
  places: [],
  theme: 'industry',
  ...over,
});

const place = (id: string, paragraphs: string[]): PlaceFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [119.9, 31.6] },
  properties: {
    id,
    name_zh: id,
    name_en: id,
    aliases: [],
    category: 'park',
    status: 'completed',
    status_year: 2023,
    summary_en: '',
    report: paragraphs.map((paragraph) => ({ paragraph, quote: id })),
    precision: 'approximate',
    precision_m: 500,
    source: 'test',
    source_zh: '测试',
  },
});

describe('pairByIndicator', () => {
  it('pairs each 2023 result with the 2024 target of its indicator, in result order', () => {
    const pairs = pairByIndicator([
      metric({ id: 'a-2023', indicator: 'a' }),
      metric({ id: 'b-2023', indicator: 'b' }),
      metric({ id: 'lonely-2023', indicator: 'lonely' }),
      metric({ id: 'b-2024', indicator: 'b', year: 2024, kind: 'target' }),
      metric({ id: 'a-2024', indicator: 'a', year: 2024, kind: 'target' }),
      metric({ id: 'no-indicator', year: 2024, kind: 'target' }),
    ]);
    expect(pairs.map((p) => [p.indicator, p.result.id, p.target.id])).toEqual([
      ['a', 'a-2023', 'a-2024'],
      ['b', 'b-2023', 'b-2024'],
    ]);
  });

  it('never pairs two results or two targets', () => {
    expect(
      pairByIndicator([
        metric({ id: 'x1', indicator: 'x' }),
        metric({ id: 'x2', indicator: 'x' }),
        metric({ id: 'y1', indicator: 'y', year: 2024, kind: 'target' }),
        metric({ id: 'y2', indicator: 'y', year: 2024, kind: 'target' }),
      ]),
    ).toEqual([]);
  });

  it('finds the pairs the report states', () => {
    const indicators = pairByIndicator(metrics).map((p) => p.indicator);
    for (const expected of [
      'high-tech-firms-net',
      'public-parking-spaces-new',
      'housing-fund-expansion',
      'foreign-projects',
      'green-factories-new',
      'idyllic-villages',
    ])
      expect(indicators).toContain(expected);
    for (const p of pairByIndicator(metrics)) {
      expect(p.result.year).toBe(2023);
      expect(p.target.year).toBe(2024);
      expect(p.result.unit).toBe(p.target.unit);
    }
  });
});

describe('headline and growth targets', () => {
  it('finds every headline figure in the data', () => {
    expect(headline(metrics).map((m) => m.id)).toEqual([...HEADLINE_2023]);
  });

  it('shows the 2023 headline with the report’s units', () => {
    const shown = headline(metrics).map((m) => formatFigure(m, 'zh'));
    expect(shown).toEqual(['3240亿元', '216.2亿元', '5.5%', '超5800亿元', '1600亿元', '超36万辆']);
  });

  it('lists the 2024 growth targets in per cent, GDP first', () => {
    const targets = growthTargets(metrics);
    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(targets[0].id).toBe('gdp-growth-2024-target');
    expect(formatFigure(targets[0], 'zh')).toBe('6%以上');
    for (const t of targets) expect([t.year, t.kind, t.unit]).toEqual([2024, 'target', '%']);
  });
});

describe('grouping and filtering', () => {
  it('groups by theme in report order and drops empty themes', () => {
    const groups = groupByTheme([
      metric({ id: 'l', theme: 'livelihood' }),
      metric({ id: 'e', theme: 'economy' }),
      metric({ id: 'l2', theme: 'livelihood' }),
    ]);
    expect(groups.map((g) => [g.theme.id, g.metrics.map((m) => m.id)])).toEqual([
      ['economy', ['e']],
      ['livelihood', ['l', 'l2']],
    ]);
  });

  it('every theme of the data is a known theme', () => {
    const known = new Set(THEMES.map((t) => t.id));
    for (const m of metrics) expect(known.has(m.theme), m.id).toBe(true);
    expect(groupByTheme(metrics).reduce((n, g) => n + g.metrics.length, 0)).toBe(metrics.length);
  });

  it('keeps one year or both', () => {
    const ms = [metric({ id: 'a', year: 2023 }), metric({ id: 'b', year: 2024, kind: 'target' })];
    expect(metricsForYear(ms, 2024).map((m) => m.id)).toEqual(['b']);
    expect(metricsForYear(ms, 2023).map((m) => m.id)).toEqual(['a']);
    expect(metricsForYear(ms, null)).toHaveLength(2);
  });

  it('finds a place’s figures', () => {
    const ms = [metric({ id: 'a', places: ['gehu', 'taihu'] }), metric({ id: 'b', places: ['taihu'] })];
    expect(metricsOfPlace(ms, 'gehu').map((m) => m.id)).toEqual(['a']);
    expect(metricsOfPlace(ms, 'taihu').map((m) => m.id)).toEqual(['a', 'b']);
    expect(metricsOfPlace(ms, 'nowhere')).toEqual([]);
  });

  it('takes a paragraph’s theme from its section', () => {
    expect(paragraphTheme('review-4.p1')).toBe('ecology');
    expect(paragraphTheme('plan-3.p2')).toBe('ecology');
    expect(paragraphTheme('plan-targets.p1')).toBe('economy');
  });
});

describe('themeCounts', () => {
  const ms = [
    metric({ id: 'r', theme: 'ecology', year: 2023 }),
    metric({ id: 't', theme: 'ecology', year: 2024, kind: 'target' }),
    metric({ id: 't2', theme: 'urban', year: 2024, kind: 'target' }),
  ];
  const places = [place('gehu', ['review-4.p1', 'plan-3.p1']), place('park', ['plan-4.p1'])];
  const byTheme = (counts: ReturnType<typeof themeCounts>) =>
    Object.fromEntries(counts.map((c) => [c.theme.id, [c.results, c.targets, c.places]]));

  it('counts figures and places per theme', () => {
    const counts = byTheme(themeCounts(ms, places, null, () => true));
    expect(counts.ecology).toEqual([1, 1, 1]);
    expect(counts.urban).toEqual([0, 1, 1]);
    expect(counts.economy).toEqual([0, 0, 0]);
  });

  it('follows the year filter for figures and for mentions', () => {
    const counts = byTheme(themeCounts(ms, places, 2023, () => true));
    expect(counts.ecology).toEqual([1, 0, 1]);
    expect(counts.urban).toEqual([0, 0, 0]);
  });

  it('leaves out places the map hides', () => {
    const counts = byTheme(themeCounts(ms, places, null, (p) => p.properties.id !== 'gehu'));
    expect(counts.ecology).toEqual([1, 1, 0]);
  });
});
