// The data gate ties every figure to the report text: each rule, broken once on purpose, is named
// by the gate, and the real files pass it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { validateCatalog, type CatalogInput } from '../../../src/lib/catalog/validate';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
type RawMetric = Record<string, unknown> & { id: string };
type RawExcluded = { text: string; paragraph: string; why: string };

function realInput(): CatalogInput & { metrics: RawMetric[]; excluded: RawExcluded[] } {
  return {
    layers: Object.fromEntries(
      GROUP_IDS.map((g) => [g, JSON.parse(read(`geo/layers/${g}.geojson`))]),
    ) as Record<GroupId, unknown>,
    metrics: JSON.parse(read('data/metrics.json')) as RawMetric[],
    excluded: JSON.parse(read('data/metrics-excluded.json')) as RawExcluded[],
    reportText: read('data/report/wujin-2024-government-work-report.txt'),
    tour: JSON.parse(read('data/tour.json')),
  };
}

function rulesBroken(input: CatalogInput): string[] {
  return [...new Set(validateCatalog(input, { selfIntersections: false }).errors.map((e) => e.rule))].sort();
}

/** The real data with one figure changed. */
function withMetric(id: string, change: Partial<RawMetric>): CatalogInput {
  const input = realInput();
  const m = input.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  Object.assign(m, change);
  return input;
}

describe('the gate on the figures', () => {
  it('finds nothing wrong with the real files', () => {
    expect(rulesBroken(realInput())).toEqual([]);
  });

  // 地区生产总值 3240亿元 in review-summary.p1, written "预计完成地区生产总值3240亿元".
  it.each([
    ['a qualifier the words do not give (超 is not written)', { qualifier: 'over' }, 'metric-qualifier'],
    ['a unit outside the unit table', { unit: '亿美金', base_unit: '美金' }, 'metric-unit'],
    ['a base value that is not the value in 元', { base_value: 3240 }, 'metric-base-value'],
    ['a theme other than its section’s', { theme: 'ecology' }, 'metric-theme'],
    ['a year its paragraph does not have', { year: 2024 }, 'metric-year'],
    ['a figure not in its quote', { value: 3250, base_value: 325000000000 }, 'figure-in-quote'],
    ['a quote written differently from the report', { quote: '预计完成地区生产总值 3240亿元' }, 'quote-once'],
    [
      'a quote over 40 characters',
      { quote: '预计完成地区生产总值3240亿元'.padEnd(41, '。') },
      'quote-too-long',
    ],
  ])('names %s', (_what, change, rule) => {
    expect(rulesBroken(withMetric('gdp-2023', change))).toContain(rule);
  });

  it('names a number of the report that is neither a figure nor excluded', () => {
    const input = realInput();
    // A sentence the report does not have, added to the paragraph of the GDP figure.
    input.reportText = input.reportText.replace(
      '预计完成地区生产总值3240亿元',
      '预计完成地区生产总值3240亿元，另有98765个项目',
    );
    expect(input.reportText).toContain('98765');
    expect(rulesBroken(input)).toEqual(['number-unaccounted']);
  });

  it('names an exclusion that hides a figure, and one for text the report does not have', () => {
    const hides = realInput();
    hides.excluded.push({ text: '3240亿元', paragraph: 'review-summary.p1', why: 'hides the GDP' });
    expect(rulesBroken(hides)).toEqual(['excluded-hides-figure']);

    const absent = realInput();
    absent.excluded.push({ text: '12345吨', paragraph: 'review-summary.p1', why: 'not in the report' });
    expect(rulesBroken(absent)).toEqual(['excluded-not-in-report']);
  });

  it('names a number once its exclusion is removed', () => {
    const input = realInput();
    input.excluded = input.excluded.filter(
      (e) => !(e.paragraph === 'review-summary.p1' && e.text === '2023年'),
    );
    expect(rulesBroken(input)).toEqual(['number-unaccounted']);
  });
});
