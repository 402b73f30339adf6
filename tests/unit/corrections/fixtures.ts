import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProperties } from '../../../src/lib/catalog/types';

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

/** Great-circle distance by the haversine formula, on the mean Earth radius Turf also uses. */
export function haversineM([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(a));
}
