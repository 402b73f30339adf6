/**
 * The guided tour's rules of the data gate (validate.ts). data/tour.json says what the tour shows
 * at each stop: a title slide, the report's sections in order, an end slide. A stop's `quote` is
 * shown as the report's own words, so it must be verbatim (after normaliseText) in a paragraph of
 * the section it presents; its figures must be figures of data/metrics.json.
 */
import * as v from 'valibot';
import { normaliseText, SECTION_IDS, type Report } from '../../report/parse.ts';
import { END_STOP_ID, TITLE_STOP_ID } from '../../tour/ids.ts';
import type { ValidationError } from '../validate.ts';
import { SLUG, issuesText, text } from './common.ts';

export const TOUR_PATH = 'data/tour.json';

const Bilingual = v.strictObject({ zh: text, en: text });

const StopSchema = v.strictObject({
  /** Stable id, used in links (`tour=review-4`); a section stop takes its section's id. */
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lower-case slug')),
  kind: v.picklist(['title', 'section', 'end']),
  /** The report section the stop presents (section stops only). */
  section: v.optional(v.picklist(SECTION_IDS)),
  title: Bilingual,
  text: Bilingual,
  /** The report's words (zh, verbatim from `section`) and an English translation of them. */
  quote: v.optional(Bilingual),
  /** Metric ids shown as big figures, most telling first; at most four fit the caption. */
  metrics: v.pipe(v.array(text), v.maxLength(4, 'at most four figures fit a stop')),
  /** Frame the whole district as well as the places: the stop's figures are district-wide. */
  district: v.optional(v.boolean()),
});

export const TourSchema = v.pipe(
  v.array(StopSchema),
  v.minLength(2, 'needs a title slide and an end slide'),
  v.check(
    (stops) => stops[0].kind === 'title' && stops[0].id === TITLE_STOP_ID,
    `must begin with its title slide, id "${TITLE_STOP_ID}"`,
  ),
  v.check(
    (stops) => stops[stops.length - 1].kind === 'end' && stops[stops.length - 1].id === END_STOP_ID,
    `must end with its end slide, id "${END_STOP_ID}"`,
  ),
);

export type StopScript = v.InferOutput<typeof StopSchema>;
export type StopKind = StopScript['kind'];

/** Every problem of data/tour.json, given the parsed report and the figures' ids. */
export function tourProblems(
  tour: unknown,
  report: Report | null,
  metricIds: ReadonlySet<string>,
): ValidationError[] {
  const errors: ValidationError[] = [];
  const fail = (stop: string | undefined, rule: string, message: string) =>
    errors.push(
      stop === undefined
        ? { file: TOUR_PATH, rule, message }
        : { file: TOUR_PATH, feature: stop, rule, message },
    );
  const parsed = v.safeParse(TourSchema, tour);
  if (!parsed.success) {
    fail(undefined, 'tour-structure', `does not match the tour: ${issuesText(parsed.issues)}`);
    return errors;
  }
  const seen = new Set<string>();
  for (const stop of parsed.output) {
    if (seen.has(stop.id)) fail(stop.id, 'duplicate-id', `stop id "${stop.id}" is used twice`);
    seen.add(stop.id);
    if ((stop.kind === 'section') !== (stop.section !== undefined))
      fail(stop.id, 'tour-section', 'a section stop, and only a section stop, names its report section');
    if (stop.section !== undefined && stop.id !== stop.section)
      fail(stop.id, 'tour-section', `a section stop takes its section's id ("${stop.section}")`);
    for (const id of stop.metrics)
      if (!metricIds.has(id)) fail(stop.id, 'unknown-metric', `figure "${id}" is not in data/metrics.json`);
    if (stop.quote && !stop.section) fail(stop.id, 'tour-quote', 'a quote needs the section it is from');
    if (stop.quote && stop.section && report) {
      const words = normaliseText(stop.quote.zh);
      const section = report.sections.find((s) => s.id === stop.section);
      if (!section?.paragraphs.some((p) => p.text.includes(words)))
        fail(stop.id, 'quote-not-in-report', `quote "${stop.quote.zh}" is not in section ${stop.section}`);
    }
  }
  return errors;
}
