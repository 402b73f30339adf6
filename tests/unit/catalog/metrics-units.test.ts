import { describe, expect, it } from 'vitest';
import {
  UNITS,
  chineseNumeral,
  formatFigure,
  toBase,
  unitDef,
  type FigureParts,
} from '../../../src/lib/catalog/metrics-units';

const fig = (
  value: number | null,
  unit: string,
  qualifier: FigureParts['qualifier'] = 'exact',
  kind: FigureParts['kind'] = 'achieved',
): FigureParts => ({
  value,
  unit,
  qualifier,
  kind,
});

describe('toBase', () => {
  it.each([
    [3240, '亿元', 324_000_000_000, '元'],
    [216.2, '亿元', 21_620_000_000, '元'],
    [9000, '万元', 90_000_000, '元'],
    [4.4, '万人', 44_000, '人'],
    [3.66, '万人', 36_600, '人'],
    [2.3, '万个', 23_000, '个'],
    [2.23, '万亩', 22_300, '亩'],
    [1.2, '万亩', 12_000, '亩'],
    [150, '万立方米', 1_500_000, '立方米'],
    [36, '万辆', 360_000, '辆'],
    [1.6, '万套', 16_000, '套'],
    [3.5, '万人次', 35_000, '人次'],
    [124, '公里', 124, '公里'],
    [5.5, '%', 5.5, '%'],
    [84.8, '件', 84.8, '件'],
    [382, '家', 382, '家'],
  ])('%s %s → %s %s', (value, unit, baseValue, baseUnit) => {
    expect(toBase(value, unit)).toEqual({ value: baseValue, unit: baseUnit });
  });

  it('gives whole numbers for every two-decimal count written in 万 (no 22299.999…)', () => {
    for (let hundredths = 0; hundredths <= 20_000; hundredths += 1) {
      expect(toBase(hundredths / 100, '万亩').value).toBe(hundredths * 100);
    }
  });

  it('keeps a qualitative target null', () => {
    expect(toBase(null, '%')).toEqual({ value: null, unit: '%' });
  });

  it('fails loudly on a unit it does not know', () => {
    expect(() => toBase(1, '万吨')).toThrow(/万吨/);
    expect(() => unitDef('亿美元')).toThrow(/亿美元/);
  });

  it('maps every scaled unit to the unit without its 万 or 亿 prefix', () => {
    for (const [unit, def] of Object.entries(UNITS)) {
      if (unit.startsWith('万')) expect([def.base, def.factor], unit).toEqual([unit.slice(1), 1e4]);
      else if (unit.startsWith('亿')) expect([def.base, def.factor], unit).toEqual([unit.slice(1), 1e8]);
      else expect(def.factor, unit).toBe(1);
    }
  });
});

describe('chineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [3, '三'],
    [10, '十'],
    [12, '十二'],
    [40, '四十'],
    [99, '九十九'],
  ])('%s → %s', (n, zh) => expect(chineseNumeral(n)).toBe(zh));

  it('refuses what it cannot write', () => {
    for (const n of [-1, 1.5, 100]) expect(() => chineseNumeral(n)).toThrow();
  });
});

describe('formatFigure', () => {
  it.each<[FigureParts, string, string]>([
    [fig(3240, '亿元'), '3240亿元', '324 bn yuan'],
    [fig(216.2, '亿元'), '216.2亿元', '21.62 bn yuan'],
    [fig(9000, '万元'), '9000万元', '90 m yuan'],
    [fig(6, '%', 'at_least', 'target'), '6%以上', '≥ 6 %'],
    [fig(6, '%', 'approx', 'target'), '6%左右', 'about 6 %'],
    [fig(6, '%', 'about', 'target'), '约6%', 'about 6 %'],
    [fig(2300, '个', 'over'), '超2300个', 'over 2,300'],
    [fig(40, '%', 'nearly'), '近40%', 'nearly 40 %'],
    [fig(2.3, '万个', 'nearly'), '近2.3万个', 'nearly 23,000'],
    [fig(2.23, '万亩'), '2.23万亩', '22,300 mu'],
    [fig(150, '万立方米'), '150万立方米', '1,500,000 m³'],
    [fig(4.4, '万人'), '4.4万人', '44,000 people'],
    [fig(3.5, '万人次', 'at_least', 'target'), '3.5万人次以上', '≥ 35,000 person-times'],
    [fig(124, '公里', 'at_least', 'target'), '124公里以上', '≥ 124 km'],
    [fig(84.8, '件'), '84.8件', '84.8'],
    [fig(3, '名', 'exact', 'rank'), '第三', 'No. 3'],
    [fig(4, '项第一', 'exact', 'rank'), '四项第一', 'first in 4 rankings'],
    [fig(null, '%', 'more_than_gdp', 'target'), '高于GDP增幅', 'above GDP growth'],
  ])('%o → %s / %s', (parts, zh, en) => {
    expect(formatFigure(parts, 'zh')).toBe(zh);
    expect(formatFigure(parts, 'en')).toBe(en);
  });

  it('refuses a missing value unless the target is qualitative', () => {
    expect(() => formatFigure(fig(null, '%', 'at_least', 'target'), 'en')).toThrow(/null/);
  });
});
