import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProperties } from '../../../src/lib/catalog/types';
import type { PatchEntry } from '../../../src/lib/corrections/patch';
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

/**
 * A patch entry moving 武进站 from where the layers put it (surveyed to 150 m) to `to`, surveyed to
 * `precisionM`, with the source note given.
 */
export function stationEntry(
  to: [number, number],
  precisionM: number,
  source: Pick<PatchEntry, 'source_zh' | 'source_en'>,
): PatchEntry {
  return {
    old: {
      geometry: { type: 'Point', coordinates: [119.9424, 31.6603] },
      precision: 'surveyed',
      precision_m: 150,
    },
    new: { geometry: { type: 'Point', coordinates: to }, precision: 'surveyed', precision_m: precisionM },
    ...source,
    date: '2026-12-06',
  };
}
