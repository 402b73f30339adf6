/**
 * The figures' rules of the data gate (validate.ts): each metric well formed and unique, its
 * quote verbatim in its paragraph, its places in the catalogue; then every number of the report
 * tied to a figure or excluded (figures.ts).
 */
import * as v from 'valibot';
import type { Report } from '../../report/parse.ts';
import type { Metric } from '../types.ts';
import type { ValidationError } from '../validate.ts';
import { SLUG, issuesText, text } from './common.ts';
import { figureProblems } from './figures.ts';

export const METRICS_PATH = 'data/metrics.json';

const MetricSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lower-case slug')),
  section: text,
  label_zh: text,
  label_en: text,
  value: v.nullable(v.number()),
  unit: v.string(),
  qualifier: v.picklist(['exact', 'approx', 'over', 'at_least', 'about', 'nearly', 'more_than_gdp']),
  year: v.picklist([2023, 2024]),
  kind: v.picklist(['achieved', 'target', 'rank']),
  base_value: v.nullable(v.number()),
  base_unit: v.string(),
  quote: text,
  places: v.array(v.string()),
  indicator: v.optional(text),
  theme: v.picklist(['economy', 'industry', 'innovation', 'reform', 'ecology', 'urban', 'livelihood']),
});

/** Every problem of data/metrics.json; `places` are the catalogue's place ids. */
export function metricProblems(
  metrics: unknown,
  report: Report | null,
  places: ReadonlyMap<string, unknown>,
  excluded: unknown,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const fail = (file: string, feature: string | undefined, rule: string, message: string) =>
    errors.push(feature === undefined ? { file, rule, message } : { file, feature, rule, message });
  if (!Array.isArray(metrics)) {
    fail(METRICS_PATH, undefined, 'metrics-structure', 'data/metrics.json must be an array of metrics');
  } else {
    const metricIds = new Set<string>();
    const metricKeys = new Map<string, string>();
    const wellFormed: Metric[] = [];
    metrics.forEach((raw, index) => {
      const label = (raw as { id?: unknown } | null)?.id;
      const name = typeof label === 'string' ? label : `#${index}`;
      const parsed = v.safeParse(MetricSchema, raw);
      if (!parsed.success) {
        fail(METRICS_PATH, name, 'metric-structure', `does not match Metric: ${issuesText(parsed.issues)}`);
        return;
      }
      const m = parsed.output;
      if (metricIds.has(m.id)) fail(METRICS_PATH, m.id, 'duplicate-id', `metric id "${m.id}" is used twice`);
      metricIds.add(m.id);
      const key = [m.section, m.value, m.unit, m.label_zh].join('\u0000');
      const twin = metricKeys.get(key);
      if (twin) {
        fail(
          METRICS_PATH,
          m.id,
          'duplicate-metric',
          `same section, value, unit and label as metric "${twin}"`,
        );
      } else metricKeys.set(key, m.id);
      if (report) {
        const para = report.paragraphs.get(m.section);
        if (!para)
          fail(METRICS_PATH, m.id, 'unknown-paragraph', `section "${m.section}" is not a report paragraph`);
        else if (!para.text.includes(m.quote)) {
          fail(
            METRICS_PATH,
            m.id,
            'quote-not-in-report',
            `quote "${m.quote}" is not in paragraph ${m.section}`,
          );
        }
      }
      for (const place of m.places) {
        if (!places.has(place)) {
          fail(METRICS_PATH, m.id, 'unknown-place', `place "${place}" is not a feature of geo/layers`);
        }
      }
      wellFormed.push(m as Metric);
    });
    if (report && excluded !== undefined && wellFormed.length === metrics.length)
      errors.push(...figureProblems(wellFormed, excluded, report));
  }

  return errors;
}
