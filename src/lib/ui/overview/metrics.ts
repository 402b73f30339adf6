/**
 * Pure helpers behind the overview: which figures make the headline, how figures group by the
 * report's themes, which 2023 results pair with 2024 targets, and counts per theme under the
 * filters. The panels only render what these return.
 */
import type { Bilingual } from '../../i18n/lang';
import type { Metric, MetricTheme, PlaceFeature } from '../../catalog/types';
import type { FilterYear } from '../../state/url';
import { paragraphYear } from '../labels';
import { paragraphTheme } from '../../catalog/themes';

export { paragraphTheme };

export interface ThemeDef {
  id: MetricTheme;
  label: Bilingual;
}

/** The report's themes, in the order the report treats them. */
export const THEMES: readonly ThemeDef[] = [
  { id: 'economy', label: { zh: '经济总量', en: 'Economy' } },
  { id: 'industry', label: { zh: '产业', en: 'Industry' } },
  { id: 'innovation', label: { zh: '创新', en: 'Innovation' } },
  { id: 'reform', label: { zh: '改革开放', en: 'Reform & opening' } },
  { id: 'ecology', label: { zh: '生态', en: 'Ecology' } },
  { id: 'urban', label: { zh: '城乡建设', en: 'Urban & rural' } },
  { id: 'livelihood', label: { zh: '民生', en: 'Livelihoods' } },
];

export function themeLabel(id: MetricTheme): Bilingual {
  return THEMES.find((t) => t.id === id)?.label ?? { zh: id, en: id };
}

/**
 * The headline of 2023, chosen editorially: the results the report opens with and the new-energy
 * figures it is proudest of. Ids missing from the data are skipped (a unit test keeps them present).
 */
export const HEADLINE_2023: readonly string[] = [
  'gdp-2023',
  'general-budget-revenue-2023',
  'disposable-income-growth-2023',
  'industrial-output-2023',
  'nev-industry-output-2023',
  'nev-vehicle-output-2023',
];

export function headline(metrics: readonly Metric[]): Metric[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return HEADLINE_2023.flatMap((id) => byId.get(id) ?? []);
}

/** Figures of a year (2023: results and ranks; 2024: targets and ranks); null keeps all. */
export function metricsForYear(metrics: readonly Metric[], year: FilterYear | null): Metric[] {
  return year === null ? [...metrics] : metrics.filter((m) => m.year === year);
}

export interface ThemeGroup {
  theme: ThemeDef;
  metrics: Metric[];
}

/** Figures grouped by theme in report order, each group in catalogue order; empty themes left out. */
export function groupByTheme(metrics: readonly Metric[]): ThemeGroup[] {
  return THEMES.map((theme) => ({ theme, metrics: metrics.filter((m) => m.theme === theme.id) })).filter(
    (g) => g.metrics.length > 0,
  );
}

/** The 2024 growth targets in per cent (GDP 6%以上, revenue 6%左右 …), as the report lists them. */
export function growthTargets(metrics: readonly Metric[]): Metric[] {
  return metrics.filter((m) => m.year === 2024 && m.kind === 'target' && m.unit === '%');
}

export interface MetricPair {
  indicator: string;
  result: Metric;
  target: Metric;
}

/**
 * 2023 results paired with the 2024 target of the same indicator (`indicator` field), in the
 * order of the results. An indicator with several results or targets pairs its first of each.
 */
export function pairByIndicator(metrics: readonly Metric[]): MetricPair[] {
  const pairs: MetricPair[] = [];
  const seen = new Set<string>();
  for (const result of metrics) {
    const indicator = result.indicator;
    if (!indicator || result.year !== 2023 || result.kind === 'target' || seen.has(indicator)) continue;
    const target = metrics.find((m) => m.indicator === indicator && m.year === 2024 && m.kind === 'target');
    if (!target) continue;
    seen.add(indicator);
    pairs.push({ indicator, result, target });
  }
  return pairs;
}

/** Figures tied to a place (its id among the figure's `places`). */
export function metricsOfPlace(metrics: readonly Metric[], placeId: string): Metric[] {
  return metrics.filter((m) => m.places.includes(placeId));
}

export interface ThemeCount {
  theme: ThemeDef;
  /** 2023 results and ranks in this theme. */
  results: number;
  /** 2024 targets and ranks in this theme. */
  targets: number;
  /** Places that pass the filters and that the report mentions in this theme's paragraphs. */
  places: number;
}

/**
 * Figures and places per theme under the filters: the year filter drops the other year's figures
 * and mentions; `placeShown` applies the map's own layer and status filters to places.
 */
export function themeCounts(
  metrics: readonly Metric[],
  places: readonly PlaceFeature[],
  year: FilterYear | null,
  placeShown: (place: PlaceFeature) => boolean,
): ThemeCount[] {
  return THEMES.map((theme) => {
    const inTheme = metrics.filter((m) => m.theme === theme.id);
    const placeCount = places.filter(
      (p) =>
        placeShown(p) &&
        p.properties.report.some(
          (r) =>
            paragraphTheme(r.paragraph) === theme.id &&
            (year === null || paragraphYear(r.paragraph) === year),
        ),
    ).length;
    return {
      theme,
      results: year === 2024 ? 0 : inTheme.filter((m) => m.year === 2023).length,
      targets: year === 2023 ? 0 : inTheme.filter((m) => m.year === 2024).length,
      places: placeCount,
    };
  });
}
