import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../../../src/lib/catalog/metrics-units';
import { shortLabel, splitFigure } from '../../../../src/lib/ui/tour/figure-parts';
import { loadRealCatalogue } from '../../search/real-catalogue';

describe('figures set large', () => {
  it.each([
    ['超5800亿元', ['超', '5800', '亿元']],
    ['3.66万人', ['', '3.66', '万人']],
    ['6%以上', ['', '6', '%以上']],
    ['近40%', ['近', '40', '%']],
    ['over 2,300', ['over ', '2,300', '']],
    ['≥ 6 %', ['≥ ', '6', ' %']],
    ['No. 3', ['No. ', '3', '']],
    ['第三', ['', '第三', '']],
    ['高于GDP增幅', ['', '高于GDP增幅', '']],
  ])('splits %s around its number', (text, [before, number, after]) => {
    expect(splitFigure(text)).toEqual({ before, number, after });
  });

  it('keeps every figure of the report exactly as formatFigure writes it', () => {
    const { catalog } = loadRealCatalogue();
    for (const metric of catalog.metrics) {
      for (const lang of ['zh', 'en'] as const) {
        const text = formatFigure(metric, lang);
        const parts = splitFigure(text);
        expect(parts.before + parts.number + parts.after, metric.id).toBe(text);
        expect(parts.number.length, metric.id).toBeGreaterThan(0);
      }
    }
  });

  it('shortens labels by their notes in brackets, never to nothing', () => {
    expect(shortLabel('签约百亿项目(理想汽车三基地、普罗吉创新生物医药、屹创新型储能)')).toBe('签约百亿项目');
    expect(shortLabel('Projects of 10 bn yuan (or 1 bn US dollars) or more to attract')).toBe(
      'Projects of 10 bn yuan or more to attract',
    );
    expect(shortLabel('国家级人才（新增）')).toBe('国家级人才');
    expect(shortLabel('(only a note)')).toBe('(only a note)');
    expect(shortLabel('新增城镇就业')).toBe('新增城镇就业');
  });
});
