// A figure split around its number, as the overview's cards and the tour's slides set it.
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../src/lib/catalog/metrics-units';
import { splitFigure } from '../../../src/lib/ui/figure-parts';
import { loadRealCatalogue } from '../search/real-catalogue';

describe('splitFigure', () => {
  it.each([
    ['3240亿元', ['', '3240', '亿元']],
    ['超5800亿元', ['超', '5800', '亿元']],
    ['3.66万人', ['', '3.66', '万人']],
    ['6%以上', ['', '6', '%以上']],
    ['近40%', ['近', '40', '%']],
    ['over 2,300', ['over ', '2,300', '']],
    ['≥ 6 %', ['≥ ', '6', ' %']],
    ['21.62 bn yuan', ['', '21.62', ' bn yuan']],
    ['No. 3', ['No. ', '3', '']],
    // Written in words: no number, the whole figure after it.
    ['第三', ['', '', '第三']],
    ['高于GDP增幅', ['', '', '高于GDP增幅']],
  ])('splits %s around its number', (text, [before, number, after]) => {
    expect(splitFigure(text)).toEqual({ before, number, after });
  });

  it('keeps every figure of the report exactly as formatFigure writes it, in both languages', () => {
    const { catalog } = loadRealCatalogue();
    for (const metric of catalog.metrics)
      for (const lang of ['zh', 'en'] as const) {
        const text = formatFigure(metric, lang);
        const parts = splitFigure(text);
        expect(parts.before + parts.number + parts.after, metric.id).toBe(text);
        // A figure is a number or words, never nothing.
        expect(parts.number.length + parts.after.length, metric.id).toBeGreaterThan(0);
      }
  });
});
