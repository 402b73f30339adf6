/**
 * The report's themes by section: the rule data/metrics.json's `theme` follows (the data gate
 * checks it) and the overview groups figures by.
 */
import type { MetricTheme } from './types.ts';

/** The theme of each report section; the same rule data/metrics.json's `theme` follows. */
const SECTION_THEME: Record<string, MetricTheme> = {
  'review-summary': 'economy',
  'plan-guiding': 'economy',
  'plan-targets': 'economy',
  'review-1': 'industry',
  'plan-1': 'industry',
  'review-2': 'innovation',
  'plan-2': 'innovation',
  'review-3': 'reform',
  'review-4': 'ecology',
  'plan-3': 'ecology',
  'review-5': 'urban',
  'plan-4': 'urban',
  'review-6': 'livelihood',
  'plan-5': 'livelihood',
};

/** `review-4.p1` → ecology. Unknown sections fall back to economy rather than vanishing. */
export function paragraphTheme(paragraphId: string): MetricTheme {
  return SECTION_THEME[paragraphId.split('.')[0]] ?? 'economy';
}
