import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection, PlaceFeature } from '../../../../src/lib/catalog/types';
import { namesIn, relatedMentions } from '../../../../src/lib/ui/report/mentions';

const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
const places: PlaceFeature[] = GROUPS.flatMap(
  (g) =>
    (
      JSON.parse(
        readFileSync(new URL(`../../../../geo/layers/${g}.geojson`, import.meta.url), 'utf8'),
      ) as PlaceCollection
    ).features,
);
const byId = (id: string) => {
  const p = places.find((x) => x.properties.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};
// Reading order of the report's paragraphs (section order, then paragraph number).
const ORDER = [
  'review-summary.p1',
  ...[1, 2, 3, 4, 5, 6].map((n) => `review-${n}.p1`),
  'plan-guiding.p1',
  'plan-targets.p1',
  'plan-1.p1',
  'plan-2.p1',
  'plan-3.p1',
  'plan-3.p2',
  'plan-4.p1',
  'plan-5.p1',
];

describe('namesIn', () => {
  it('does not take the tail of a longer name for the name (西太湖 is not 太湖)', () => {
    expect(namesIn('常州西太湖科技产业园', '太湖', ['西太湖'])).toBe(false);
    expect(namesIn('太湖湾露营谷', '太湖', ['西太湖'])).toBe(true);
    expect(namesIn('西太湖与太湖', '太湖', ['西太湖'])).toBe(true);
    expect(namesIn('建立环滆湖生态湿地链', '滆湖', [])).toBe(true);
    expect(namesIn('无关', '滆湖', [])).toBe(false);
  });
});

describe('relatedMentions', () => {
  it('answers what the report says around 滆湖: the places that carry its promises', () => {
    const mentions = relatedMentions(byId('gehu'), places, ORDER);
    const ids = new Set(mentions.map((m) => m.placeId));
    for (const id of ['gehu-dredging', 'gehu-shore-restoration', 'gehu-wetland-chain'])
      expect(ids).toContain(id);
    // Parks and schools named after the 西太湖 area are not about the lake.
    expect(ids).not.toContain('xitaihu-park');
    // The lake's own sentences are listed with the lake already, not twice.
    const own = byId('gehu').properties.report.map((r) => r.quote);
    for (const m of mentions) expect(own).not.toContain(m.quote);
    for (const m of mentions) expect(m.quote).toContain('滆湖');
    // Report order: the 2023 review before the 2024 plan.
    const paragraphs = mentions.map((m) => ORDER.indexOf(m.paragraph));
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('keeps 西太湖 sentences away from 太湖', () => {
    const ids = relatedMentions(byId('taihu'), places, ORDER).map((m) => m.placeId);
    expect(ids).toContain('taihu-dredging');
    expect(ids).not.toContain('xitaihu-park');
    expect(ids).not.toContain('xitaihu-school');
  });

  it('finds nothing for a one-character name', () => {
    const tiny = { ...byId('gehu'), properties: { ...byId('gehu').properties, id: 'x', name_zh: '湖' } };
    expect(relatedMentions(tiny, places, ORDER)).toEqual([]);
  });
});
