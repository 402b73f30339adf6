import { describe, expect, it } from 'vitest';
import {
  describeBars,
  fitLabel,
  layoutBars,
  textWidthPx,
  type BarSeries,
} from '../../../../src/lib/ui/charts/bars';

const one: BarSeries[] = [{ id: 't', label: 'target', tone: 'target' }];
const two: BarSeries[] = [
  { id: 'r', label: '2023', tone: 'result' },
  { id: 't', label: '2024', tone: 'target' },
];

describe('layoutBars', () => {
  it('scales bars to the largest value on a shared scale', () => {
    const layout = layoutBars(
      [
        { id: 'a', label: 'A', values: [6], texts: ['6%以上'] },
        { id: 'b', label: 'B', values: [3], texts: ['3%'] },
      ],
      one,
      { widthPx: 300, scale: 'shared', textRoomPx: 100 },
    );
    const [a, b] = layout.rows.map((r) => r.bars[0]);
    expect(a.width).toBe(200);
    expect(b.width).toBe(100);
    expect(a.text).toBe('6%以上');
    expect(a.textX).toBeGreaterThan(a.width);
  });

  it('scales each row on its own when asked (rows in different units)', () => {
    const layout = layoutBars(
      [
        { id: 'firms', label: 'firms', values: [382, 300], texts: ['382家', '300家以上'] },
        { id: 'people', label: 'people', values: [5.2, 5], texts: ['5.2万人', '5万人以上'] },
      ],
      two,
      { widthPx: 300, scale: 'row', textRoomPx: 100 },
    );
    expect(layout.rows[0].bars[0].width).toBe(200);
    expect(layout.rows[1].bars[0].width).toBe(200);
    expect(layout.rows[1].bars[1].width).toBeCloseTo((5 / 5.2) * 200, 6);
  });

  it('draws no bar for a figure without a number, but keeps its words', () => {
    const layout = layoutBars(
      [{ id: 'income', label: 'income', values: [5.5, null], texts: ['5.5%', '高于GDP增幅'] }],
      two,
      { widthPx: 300, scale: 'row' },
    );
    const [result, target] = layout.rows[0].bars;
    expect(result.empty).toBe(false);
    expect(target.empty).toBe(true);
    expect(target.width).toBe(0);
    expect(target.text).toBe('高于GDP增幅');
  });

  it('stacks rows without overlap and grows with their number', () => {
    const rows = Array.from({ length: 4 }, (_, i) => ({
      id: `r${i}`,
      label: `r${i}`,
      values: [i, i],
      texts: ['', ''],
    }));
    const layout = layoutBars(rows, two, { widthPx: 300, scale: 'shared' });
    const ys = layout.rows.flatMap((r) => r.bars.map((b) => [b.y, b.y + b.height]));
    for (let i = 1; i < ys.length; i++) expect(ys[i][0]).toBeGreaterThanOrEqual(ys[i - 1][1]);
    expect(layout.heightPx).toBeGreaterThanOrEqual(ys[ys.length - 1][1]);
    expect(layoutBars(rows.slice(0, 2), two, { widthPx: 300, scale: 'shared' }).heightPx).toBeLessThan(
      layout.heightPx,
    );
  });

  it('keeps a zero visible as no bar, and all-zero rows draw nothing', () => {
    const layout = layoutBars([{ id: 'z', label: 'z', values: [0], texts: ['0'] }], one, {
      widthPx: 300,
      scale: 'shared',
    });
    expect(layout.rows[0].bars[0].width).toBe(0);
    expect(layout.rows[0].bars[0].empty).toBe(false);
  });
});

describe('labels', () => {
  it('describes the chart in words for screen readers, naming series when there are several', () => {
    expect(describeBars('Targets', [{ id: 'g', label: 'GDP', values: [6], texts: ['≥ 6 %'] }], one)).toBe(
      'Targets: GDP ≥ 6 %',
    );
    expect(
      describeBars(
        'Pairs',
        [{ id: 'p', label: 'Parking', values: [2300, 2500], texts: ['over 2,300', '≥ 2,500'] }],
        two,
      ),
    ).toBe('Pairs: Parking 2023 over 2,300, 2024 ≥ 2,500');
  });

  it('counts Chinese characters as a full em', () => {
    expect(textWidthPx('地区', 10)).toBe(20);
    expect(textWidthPx('ab', 10)).toBeCloseTo(11.2, 6);
  });

  it('shortens a label that does not fit and leaves one that does', () => {
    expect(fitLabel('地区生产总值增长', 200, 13)).toBe('地区生产总值增长');
    const cut = fitLabel('新增国家级绿色工厂 / 新增省级以上绿色工厂', 130, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidthPx(cut, 13)).toBeLessThanOrEqual(130);
    expect('新增国家级绿色工厂 / 新增省级以上绿色工厂'.startsWith(cut.slice(0, -1))).toBe(true);
  });
});
