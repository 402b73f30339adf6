/**
 * A small valid catalogue for the data gate's unit tests: each test breaks one rule of it, and the
 * gate must name the right file, feature and rule.
 */
import { readFileSync } from 'node:fs';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId, PlaceProperties } from '../../../src/lib/catalog/types';
import { validateCatalog, type CatalogInput, type ValidationError } from '../../../src/lib/catalog/validate';
import { boxRing } from '../geo/shapes';

const reportText = readFileSync(
  new URL('../../../data/report/wujin-2024-government-work-report.txt', import.meta.url),
  'utf8',
);

export function props(id: string, extra: Partial<PlaceProperties> = {}): PlaceProperties {
  return {
    id,
    name_zh: '武进站',
    name_en: 'Wujin Station',
    aliases: [],
    category: 'station',
    status: 'completed',
    status_year: 2023,
    summary_en: 'Opened in 2023.',
    report: [{ paragraph: 'review-5.p1', quote: '武进站综合交通枢纽投用' }],
    precision: 'approximate',
    precision_m: 500,
    source: 'test fixture',
    source_zh: '测试数据',
    ...extra,
  };
}

/** A counter-clockwise square of about 1 km near 湖塘. */
export const SQUARE = boxRing(119.94, 31.7, 119.95, 31.71);

export function feature(id: string, geometry: unknown, extra: Partial<PlaceProperties> = {}) {
  return { type: 'Feature', id, properties: props(id, extra), geometry };
}

export function validInput(): CatalogInput {
  const layers = Object.fromEntries(
    GROUP_IDS.map((g) => [g, { type: 'FeatureCollection', features: [] as unknown[] }]),
  ) as Record<GroupId, { type: string; features: unknown[] }>;
  layers.transport.features.push(
    feature('wujin-station', { type: 'Point', coordinates: [119.9424, 31.6603] }),
  );
  layers.industry.features.push(
    feature('a-zone', { type: 'Polygon', coordinates: [SQUARE] }, { category: 'zone' }),
  );
  layers.transport.features.push(
    feature('a-line', {
      type: 'LineString',
      coordinates: [
        [119.9, 31.7],
        [119.95, 31.72],
      ],
    }),
  );
  layers.innovation.features.push(feature('lost', null, { unlocated: true }));
  return {
    layers,
    metrics: [
      {
        id: 'gdp-2023',
        section: 'review-summary.p1',
        label_zh: '地区生产总值',
        label_en: 'GDP',
        value: 3240,
        unit: '亿元',
        qualifier: 'exact',
        year: 2023,
        kind: 'achieved',
        base_value: 324000000000,
        base_unit: '元',
        quote: '预计完成地区生产总值3240亿元',
        places: ['wujin-station'],
        theme: 'economy',
      },
    ],
    reportText,
    basemapTownIds: ['hutang', 'nanxiashu'],
    // The shortest tour the gate accepts: its title slide and its end slide.
    tour: [
      {
        id: 'title',
        kind: 'title',
        title: { zh: '标题', en: 'Title' },
        text: { zh: '导览', en: 'Tour' },
        metrics: [],
      },
      {
        id: 'end',
        kind: 'end',
        title: { zh: '谢谢', en: 'Thanks' },
        text: { zh: '结束', en: 'The end' },
        metrics: [],
      },
    ],
  };
}

type Layers = Record<GroupId, { features: { id: string; properties: PlaceProperties; geometry: unknown }[] }>;
export const layersOf = (input: CatalogInput) => input.layers as unknown as Layers;
export const find = (input: CatalogInput, group: GroupId, id: string) =>
  layersOf(input)[group].features.find((f) => f.id === id)!;

/** Runs the validator and returns the errors as compact triples for exact comparison. */
export function triples(input: CatalogInput): [string, string | undefined, string][] {
  return validateCatalog(input).errors.map((e: ValidationError) => [e.file, e.feature, e.rule]);
}
