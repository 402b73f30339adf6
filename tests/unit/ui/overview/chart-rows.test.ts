import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../../src/lib/catalog/types';
import { countRows, countSeries, growthRows, pairRows } from '../../../../src/lib/ui/overview/chart-rows';
import {
  growthTargets,
  pairByIndicator,
  THEMES,
  type ThemeCount,
} from '../../../../src/lib/ui/overview/metrics';

const metrics = JSON.parse(
  readFileSync(new URL('../../../../data/metrics.json', import.meta.url), 'utf8'),
) as Metric[];

describe('chart rows', () => {
  it('writes growth targets as the report does, in both languages', () => {
    const zh = growthRows(growthTargets(metrics), 'zh');
    expect(zh[0]).toMatchObject({ label: '地区生产总值增长', values: [6], texts: ['6%以上'] });
    const income = zh.find((r) => r.id === 'disposable-income-growth-2024-target');
    expect(income).toMatchObject({ values: [null], texts: ['高于GDP增幅'] });
    const en = growthRows(growthTargets(metrics), 'en');
    expect(en[0].texts).toEqual(['≥ 6 %']);
  });

  it('keeps both wordings where a result and its target are worded differently', () => {
    const rows = pairRows(pairByIndicator(metrics), 'zh');
    const green = rows.find((r) => r.id === 'green-factories-new');
    expect(green?.label).toBe('新增国家级绿色工厂 / 新增省级以上绿色工厂');
    const parking = rows.find((r) => r.id === 'public-parking-spaces-new');
    expect(parking).toMatchObject({
      label: '新增公共停车位',
      values: [2300, 2500],
      texts: ['超2300个', '2500个以上'],
    });
  });

  it('drops the other year’s series under the year filter and keeps values aligned with series', () => {
    const counts: ThemeCount[] = [{ theme: THEMES[4], results: 6, targets: 2, places: 16 }];
    for (const year of [null, 2023, 2024] as const) {
      const series = countSeries(year, 'en');
      const [row] = countRows(counts, year, 'en');
      expect(row.values).toHaveLength(series.length);
      expect(row.texts).toEqual(row.values.map(String));
      expect(series.at(-1)?.id).toBe('places');
    }
    expect(countRows(counts, 2024, 'zh')[0].values).toEqual([2, 16]);
    expect(countRows(counts, 2023, 'zh')[0].values).toEqual([6, 16]);
    expect(countSeries(2024, 'zh').map((s) => s.tone)).toEqual(['target', 'places']);
  });
});
