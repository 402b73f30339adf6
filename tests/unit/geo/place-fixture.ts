// A report place for the spatial tests: only its id, geometry and what a test sets differ.
import type { Geometry } from 'geojson';
import type { PlaceFeature, PlaceProperties } from '../../../src/lib/catalog/types';

export function place(
  id: string,
  geometry: Geometry | null,
  extra: Partial<PlaceProperties> = {},
): PlaceFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      name_zh: id,
      name_en: id,
      aliases: [],
      category: 'test',
      status: 'planned',
      status_year: 2024,
      summary_en: '',
      report: [],
      precision: 'surveyed',
      precision_m: 0,
      source: 'test fixture',
      source_zh: '测试数据',
      ...extra,
    },
  };
}
