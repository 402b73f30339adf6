// The guided tour is data checked by the same gate as the places and figures: each rule, broken
// once on purpose, is named by the gate, and the real tour passes it.
import { describe, expect, it } from 'vitest';
import { readCatalogInput } from '../../../src/lib/catalog/read-input';
import { validateCatalog, type CatalogInput } from '../../../src/lib/catalog/validate';

type RawStop = Record<string, unknown> & { id: string };

/** The real data with one stop of the tour changed (or the whole tour replaced). */
function withTour(change: (stops: RawStop[]) => unknown): CatalogInput {
  const input = readCatalogInput('.');
  return { ...input, tour: change(structuredClone(input.tour) as RawStop[]) };
}

const rulesBroken = (input: CatalogInput): string[] =>
  [
    ...new Set(
      validateCatalog(input, { selfIntersections: false })
        .errors.filter((e) => e.file === 'data/tour.json')
        .map((e) => e.rule),
    ),
  ].sort();

const edit = (id: string, change: Partial<RawStop>) => (stops: RawStop[]) =>
  stops.map((s) => (s.id === id ? { ...s, ...change } : s));

describe('the guided tour in the data gate', () => {
  it('passes with the real data/tour.json', () => {
    expect(rulesBroken(readCatalogInput('.'))).toEqual([]);
  });

  it('refuses a quote that is not in the report', () => {
    const input = withTour(
      edit('review-4', { quote: { zh: '太湖全部达到Ⅰ类水', en: 'All of Taihu reached class I.' } }),
    );
    expect(rulesBroken(input)).toEqual(['quote-not-in-report']);
  });

  it('refuses a quote from another section than the stop presents', () => {
    // These words are the report's, but from the ecology theme (review-4), not industry.
    const input = withTour(edit('review-1', { quote: { zh: '太湖湖心区首次达到Ⅲ类水标准', en: 'x y' } }));
    expect(rulesBroken(input)).toEqual(['quote-not-in-report']);
  });

  it('refuses a figure that is not in data/metrics.json', () => {
    const input = withTour(edit('review-4', { metrics: ['gehu-dredging-2023', 'no-such-figure'] }));
    expect(rulesBroken(input)).toEqual(['unknown-metric']);
  });

  it('refuses a stop id used twice, and a section stop named for another section', () => {
    expect(rulesBroken(withTour(edit('review-2', { id: 'review-1' })))).toEqual(
      expect.arrayContaining(['duplicate-id', 'tour-section']),
    );
    // The quote of plan-1 is then looked for in plan-2, and is not there either.
    expect(rulesBroken(withTour(edit('plan-1', { section: 'plan-2' })))).toEqual([
      'quote-not-in-report',
      'tour-section',
    ]);
  });

  it('refuses a tour without its title slide first or its end slide last, and a malformed stop', () => {
    expect(rulesBroken(withTour((stops) => stops.slice(1)))).toEqual(['tour-structure']);
    expect(rulesBroken(withTour((stops) => stops.slice(0, -1)))).toEqual(['tour-structure']);
    expect(rulesBroken(withTour(edit('plan-2', { title: { zh: '宜居' } })))).toEqual(['tour-structure']);
    expect(rulesBroken(withTour(() => ({ stops: [] })))).toEqual(['tour-structure']);
  });
});
