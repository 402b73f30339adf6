/**
 * Units of the report's figures: how a value written in the report (3240亿元, 2.23万亩) maps to
 * a base unit (元, 亩), and how a figure is shown again in Chinese and English.
 * data/metrics.json stores both forms; its test recomputes the base form from this table.
 */
import type { Lang } from '../i18n/lang.ts';
// Its own area of the catalogue, not the whole catalogue: the build's data gate renders figures too.
import { units } from '../i18n/messages/units.ts';
import type { Metric, Qualifier } from './types.ts';

export interface UnitDef {
  /** The unit the figure is normalised to (亿元 → 元). */
  base: string;
  /** Multiplier from the written unit to the base unit. */
  factor: number;
  /**
   * True when the base unit counts whole things (元, 人, 亩 …): a scaled value is then rounded to
   * an integer, so 2.23万亩 becomes 22300 亩 and not 22299.999….
   */
  countable: boolean;
}

/** Units that count whole things, each its own base unit. Ranks use 名 (第三 → 3 名) and 项第一 (四项第一 → 4). */
const COUNTED = '元 人 个 家 所 支 批 项 户 套 辆 亩 立方米 人次 名 项第一'.split(' ');
/** Counted units the report also writes in 万 (ten thousands): 2.23万亩. */
const IN_TEN_THOUSANDS = '元 人 个 亩 立方米 辆 套 人次'.split(' ');

/** Every unit the report writes a figure in. */
export const UNITS: Readonly<Record<string, UnitDef>> = {
  亿元: { base: '元', factor: 1e8, countable: true },
  ...Object.fromEntries(IN_TEN_THOUSANDS.map((u) => [`万${u}`, { base: u, factor: 1e4, countable: true }])),
  ...Object.fromEntries(COUNTED.map((u) => [u, { base: u, factor: 1, countable: true }])),
  // 件 here is a rate (patents per 10,000 residents, 84.8件), so it is never rounded.
  件: { base: '件', factor: 1, countable: false },
  公里: { base: '公里', factor: 1, countable: false },
  '%': { base: '%', factor: 1, countable: false },
};

/** Looks a unit up; throws with the unit named, so a typo in the data fails loudly. */
export function unitDef(unit: string): UnitDef {
  const def = UNITS[unit];
  if (!def) throw new Error(`Unknown unit "${unit}"; add it to UNITS in metrics-units.ts`);
  return def;
}

/** Removes binary floating-point noise (0.1 + 0.2) without changing any written digit. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Normalises a value written in `unit` to its base unit: toBase(3240, '亿元') → 324000000000 元.
 * A null value (a qualitative target such as 高于GDP增幅) stays null.
 */
export function toBase(value: number | null, unit: string): { value: number | null; unit: string } {
  const def = unitDef(unit);
  if (value === null) return { value: null, unit: def.base };
  const scaled = value * def.factor;
  return { value: def.countable && def.factor !== 1 ? Math.round(scaled) : clean(scaled), unit: def.base };
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 0 … 99 as the report writes it (3 → 三, 10 → 十, 12 → 十二, 40 → 四十). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error(`chineseNumeral: ${n} is outside 0 … 99`);
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/** What a figure measures, in the page's language (the data carries both). */
export function metricLabel(metric: Pick<Metric, 'label_zh' | 'label_en'>, lang: Lang): string {
  return metric[`label_${lang}`];
}

/** The fields a figure is rendered from. */
export type FigureParts = Pick<Metric, 'value' | 'unit' | 'qualifier' | 'kind'>;

/** The catalogue's message for each qualifier, which wraps the amount (超…, …以上, about …). */
const QUALIFIER_KEY = {
  exact: 'exact',
  approx: 'approx',
  about: 'about',
  over: 'over',
  at_least: 'atLeast',
  nearly: 'nearly',
} as const satisfies Record<Exclude<Qualifier, 'more_than_gdp'>, keyof (typeof units)['zh']>;

/** English noun for a base unit; '' where the Chinese unit is only a measure word (个, 家, 项 …). */
const EN_UNIT: Record<string, string> = {
  人: 'people',
  人次: 'person-times',
  户: 'households',
  亩: 'mu',
  立方米: 'm³',
  辆: 'vehicles',
  套: 'units',
  批: 'batches',
  公里: 'km',
  '%': '%',
};

const EN_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function englishAmount(value: number, unit: string): string {
  const base = toBase(value, unit);
  const x = base.value ?? 0;
  if (base.unit === '元') {
    // Chinese counts money in 万 and 亿; English readers expect millions and billions.
    if (Math.abs(x) >= 1e9) return `${EN_NUMBER.format(clean(x / 1e9))} bn yuan`;
    if (Math.abs(x) >= 1e6) return `${EN_NUMBER.format(clean(x / 1e6))} m yuan`;
    return `${EN_NUMBER.format(x)} yuan`;
  }
  const noun = EN_UNIT[base.unit] ?? '';
  return noun ? `${EN_NUMBER.format(x)} ${noun}` : EN_NUMBER.format(x);
}

/**
 * Renders a figure with its unit and qualifier, keeping what the report says:
 * zh "6%以上", "超2300个", "近40%", "3240亿元", "第三"; en "≥ 6 %", "over 2,300", "nearly 40 %",
 * "324 bn yuan", "No. 3". Chinese keeps the number as written; English scales it to the base unit.
 */
export function formatFigure(metric: FigureParts, lang: Lang): string {
  const t = units[lang];
  if (metric.qualifier === 'more_than_gdp') return t.aboveGdp;
  const { value, unit } = metric;
  if (value === null) throw new Error(`formatFigure: value is null but qualifier is ${metric.qualifier}`);
  const core =
    metric.kind === 'rank'
      ? (unit === '项第一' ? t.rankFirsts : t.rank)(chineseNumeral(value), String(value))
      : t.amount(`${value}${unit}`, englishAmount(value, unit));
  return t[QUALIFIER_KEY[metric.qualifier]](core);
}
