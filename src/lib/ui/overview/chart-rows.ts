/**
 * The overview's charts as data: which rows and series each chart has, with every value text
 * rendered by formatFigure so the chart says exactly what the report says (6%以上, not 6).
 */
import { formatFigure, metricLabel as label } from '../../catalog/metrics-units';
import type { Metric } from '../../catalog/types';
import type { Lang } from '../../i18n/lang';
import { overview } from '../../i18n/messages/overview';
import type { FilterYear } from '../../state/url';
import type { BarRow, BarSeries } from '../charts/bars';
import type { MetricPair, ThemeCount } from './metrics';

export const resultSeries = (lang: Lang): BarSeries => ({
  id: 'result',
  label: overview[lang].seriesResult,
  tone: 'result',
});
export const targetSeries = (lang: Lang): BarSeries => ({
  id: 'target',
  label: overview[lang].seriesTarget,
  tone: 'target',
});
const placeSeries = (lang: Lang): BarSeries => ({
  id: 'places',
  label: overview[lang].seriesPlaces,
  tone: 'places',
});

/** One bar per 2024 growth target, in one shared per-cent scale. */
export function growthRows(targets: readonly Metric[], lang: Lang): BarRow[] {
  return targets.map((m) => ({
    id: m.id,
    label: label(m, lang),
    values: [m.value],
    texts: [formatFigure(m, lang)],
  }));
}

/**
 * One row per indicator with its 2023 result and 2024 target. Where the two are worded
 * differently (national against provincial green factories) both wordings are kept.
 */
export function pairRows(pairs: readonly MetricPair[], lang: Lang): BarRow[] {
  return pairs.map(({ indicator, result, target }) => {
    const a = label(result, lang);
    const b = label(target, lang);
    return {
      id: indicator,
      label: a === b ? a : `${a} / ${b}`,
      values: [result.value, target.value],
      texts: [formatFigure(result, lang), formatFigure(target, lang)],
    };
  });
}

/** The series the count chart shows under the year filter: a year's figures only, places always. */
export function countSeries(year: FilterYear | null, lang: Lang): BarSeries[] {
  const figures: BarSeries[] = [];
  const t = overview[lang];
  if (year !== 2024) figures.push({ ...resultSeries(lang), label: t.seriesResultFigures });
  if (year !== 2023) figures.push({ ...targetSeries(lang), label: t.seriesTargetFigures });
  return [...figures, placeSeries(lang)];
}

/** Counts of figures and places per theme, one row per theme, values matching `countSeries`. */
export function countRows(counts: readonly ThemeCount[], year: FilterYear | null, lang: Lang): BarRow[] {
  return counts.map((c) => {
    const values = [...(year !== 2024 ? [c.results] : []), ...(year !== 2023 ? [c.targets] : []), c.places];
    return { id: c.theme.id, label: c.theme.label[lang], values, texts: values.map(String) };
  });
}
