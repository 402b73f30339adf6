import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProperties } from '../../../src/lib/catalog/types';
export { haversineM } from '../../oracles/haversine';

/** A place of the catalogue's shape, with only what a test needs set. */
export function place(id: string, props: Partial<PlaceProperties>, geometry: Geometry | null): PlaceFeature {
  return {
    type: 'Feature',
    id,
    properties: {
      id,
      name_zh: '测试地点',
      name_en: 'Test place',
      aliases: [],
      category: 'park',
      status: 'planned',
      status_year: 2024,
      summary_en: 'A place for a test.',
      report: [{ paragraph: 'review-1.p1', quote: '测试' }],
      precision: 'area',
      precision_m: 5000,
      source: 'A test fixture.',
      source_zh: '测试用数据。',
      ...props,
    },
    geometry,
  };
}
