import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/lib/catalog/types';
import {
  filteredIds,
  groupIndex,
  mentionYears,
  passesAttributeFilters,
  type Filters,
} from '../../../src/lib/state/filters';

function place(id: string, status: PlaceFeature['properties']['status'], paragraphs: string[]): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [119.9, 31.7] },
    properties: {
      id,
      name_zh: id,
      name_en: id,
      aliases: [],
      category: 'school',
      status,
      status_year: 2024,
      summary_en: '',
      report: paragraphs.map((paragraph) => ({ paragraph, quote: 'x' })),
      precision: 'area',
      precision_m: 3000,
      source: 'test',
      source_zh: '测试',
    },
  };
}

const built = place('built', 'completed', ['review-5.p1']);
const planned = place('planned', 'planned', ['plan-4.p1']);
const both = place('both', 'under_construction', ['review-2.p1', 'plan-2.p1']);
const all: Filters = { groups: ['water'], statuses: null, year: null };

describe('filters', () => {
  it('reads the years a place is mentioned in from its report paragraphs', () => {
    expect(mentionYears(built)).toEqual([2023]);
    expect(mentionYears(planned)).toEqual([2024]);
    expect(mentionYears(both)).toEqual([2023, 2024]);
  });

  it('filters by status and by year, together', () => {
    expect(passesAttributeFilters(built, all)).toBe(true);
    expect(passesAttributeFilters(built, { ...all, statuses: ['planned'] })).toBe(false);
    expect(passesAttributeFilters(both, { ...all, year: 2023 })).toBe(true);
    expect(passesAttributeFilters(planned, { ...all, year: 2023 })).toBe(false);
    expect([
      ...filteredIds([built, planned, both], { ...all, year: 2024, statuses: ['planned', 'completed'] }),
    ]).toEqual(['planned']);
  });

  it('an empty status list shows nothing (all statuses switched off)', () => {
    expect(filteredIds([built, planned, both], { ...all, statuses: [] }).size).toBe(0);
  });

  it('indexes every place by its group', () => {
    const index = groupIndex({
      water: { type: 'FeatureCollection', features: [built] },
      industry: { type: 'FeatureCollection', features: [planned, both] },
      transport: { type: 'FeatureCollection', features: [] },
      innovation: { type: 'FeatureCollection', features: [] },
      livelihood: { type: 'FeatureCollection', features: [] },
      urban: { type: 'FeatureCollection', features: [] },
    });
    expect(index.get('built')).toBe('water');
    expect(index.get('both')).toBe('industry');
    expect(index.size).toBe(3);
  });
});
