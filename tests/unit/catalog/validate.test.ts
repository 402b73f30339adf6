/**
 * One small fixture per rule of validateCatalog: a valid catalogue, then the same catalogue with a
 * single fault, which must be reported with the right file, feature and rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/catalog/catalog';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId, PlaceProperties } from '../../../src/lib/catalog/types';
import {
  formatValidationErrors,
  validateCatalog,
  type CatalogInput,
  type ValidationError,
} from '../../../src/lib/catalog/validate';

const reportText = readFileSync(
  new URL('../../../data/report/wujin-2024-government-work-report.txt', import.meta.url),
  'utf8',
);

function props(id: string, extra: Partial<PlaceProperties> = {}): PlaceProperties {
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
const SQUARE = [
  [119.94, 31.7],
  [119.95, 31.7],
  [119.95, 31.71],
  [119.94, 31.71],
  [119.94, 31.7],
];

function feature(id: string, geometry: unknown, extra: Partial<PlaceProperties> = {}) {
  return { type: 'Feature', id, properties: props(id, extra), geometry };
}

function validInput(): CatalogInput {
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
const layersOf = (input: CatalogInput) => input.layers as unknown as Layers;
const find = (input: CatalogInput, group: GroupId, id: string) =>
  layersOf(input)[group].features.find((f) => f.id === id)!;

/** Runs the validator and returns the errors as compact triples for exact comparison. */
function triples(input: CatalogInput): [string, string | undefined, string][] {
  return validateCatalog(input).errors.map((e: ValidationError) => [e.file, e.feature, e.rule]);
}

describe('validateCatalog', () => {
  it('accepts a valid catalogue', () => {
    const { errors } = validateCatalog(validInput());
    expect(errors, formatValidationErrors(errors)).toEqual([]);
  });

  it('rejects a file that is not a FeatureCollection', () => {
    const input = validInput();
    (input.layers as Record<string, unknown>).urban = { type: 'Feature', features: 'none' };
    expect(triples(input)).toEqual([['geo/layers/urban.geojson', undefined, 'feature-collection']]);
  });

  it('rejects a malformed feature', () => {
    const input = validInput();
    layersOf(input).urban.features.push({ type: 'Feature', properties: props('bad') } as never);
    expect(triples(input)).toEqual([['geo/layers/urban.geojson', 'bad', 'feature-structure']]);
  });

  it('rejects properties of the wrong type or outside the enums', () => {
    const input = validInput();
    const f = find(input, 'industry', 'a-zone');
    (f.properties as unknown as Record<string, unknown>).status = 'finished';
    (f.properties as unknown as Record<string, unknown>).precision_m = '500';
    const errors = validateCatalog(input).errors;
    expect(errors.map((e) => [e.file, e.feature, e.rule])).toEqual([
      ['geo/layers/industry.geojson', 'a-zone', 'properties'],
    ]);
    expect(errors[0].message).toMatch(/status/);
    expect(errors[0].message).toMatch(/precision_m/);
  });

  it('rejects a geometry source note for the Chinese interface that is not in Chinese', () => {
    const input = validInput();
    const properties = find(input, 'industry', 'a-zone').properties as unknown as Record<string, unknown>;
    properties.source_zh = 'test fixture';
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'properties']]);
    expect(validateCatalog(input).errors[0]?.message).toMatch(/source_zh.*Chinese/);
    delete properties.source_zh;
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'properties']]);
  });

  it('rejects a source note that names a repository path instead of speaking to readers', () => {
    for (const note of ['copied by geo/scripts/sync-lake-geometry.mjs', '由 lakes.geojson 复制']) {
      const input = validInput();
      const properties = find(input, 'industry', 'a-zone').properties;
      if (/\p{Script=Han}/u.test(note)) properties.source_zh = note;
      else properties.source = note;
      expect(triples(input), note).toEqual([['geo/layers/industry.geojson', 'a-zone', 'properties']]);
      expect(validateCatalog(input).errors[0]?.message).toMatch(/repository paths/);
    }
  });

  describe('updates (what happened after the report)', () => {
    const update = (extra: Record<string, unknown> = {}) => ({
      date: '2024-10-18',
      status: 'completed',
      note_zh: '建成通车。',
      note_en: 'Open to traffic.',
      source_url: 'https://www.example.gov.cn/news/1.html',
      ...extra,
    });
    const withUpdates = (updates: unknown) => {
      const input = validInput();
      (find(input, 'industry', 'a-zone').properties as unknown as Record<string, unknown>).updates = updates;
      return input;
    };
    const rejected = [['geo/layers/industry.geojson', 'a-zone', 'properties']];

    it('accepts dated public facts in date order', () => {
      expect(triples(withUpdates([update({ date: '2024-01-01' }), update(), update()]))).toEqual([]);
    });

    it.each([
      ['a date that is not YYYY-MM-DD', [update({ date: '2024-9-26' })], /YYYY-MM-DD/],
      ['a month 13', [update({ date: '2024-13-01' })], /YYYY-MM-DD/],
      ['a fact from before the report', [update({ date: '2023-12-31' })], /before the report/],
      ['a status outside the vocabulary', [update({ status: 'done' })], /status/],
      ['a note for the Chinese interface in English', [update({ note_zh: 'Opened.' })], /Chinese/],
      ['no source address', [update({ source_url: 'the district website' })], /URL/],
      ['a source that is not a web page', [update({ source_url: 'ftp://example.org/a' })], /http/],
      ['facts out of date order', [update({ date: '2025-01-02' }), update()], /date order/],
      ['an empty list', [], /leave updates out/],
      ['an unknown field', [update({ verified: true })], /verified/],
    ])('rejects %s', (_what, updates, message) => {
      const input = withUpdates(updates);
      expect(triples(input)).toEqual(rejected);
      expect(validateCatalog(input).errors[0]?.message).toMatch(message);
    });
  });

  it('rejects unknown property names', () => {
    const input = validInput();
    (find(input, 'industry', 'a-zone').properties as unknown as Record<string, unknown>).nmae_en = 'typo';
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'properties']]);
  });

  it('rejects a feature id that differs from properties.id', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').id = 'other';
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'feature-id']]);
  });

  it('rejects an id used in two files', () => {
    const input = validInput();
    layersOf(input).urban.features.push(
      feature('wujin-station', { type: 'Point', coordinates: [119.95, 31.7] }) as never,
    );
    expect(triples(input)).toEqual([['geo/layers/urban.geojson', 'wujin-station', 'duplicate-id']]);
  });

  it('rejects latitude and longitude swapped', () => {
    const input = validInput();
    find(input, 'transport', 'wujin-station').geometry = { type: 'Point', coordinates: [31.6603, 119.9424] };
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'wujin-station', 'coordinates']]);
  });

  it('rejects coordinates with more than 5 decimals', () => {
    const input = validInput();
    find(input, 'transport', 'wujin-station').geometry = {
      type: 'Point',
      coordinates: [119.942412, 31.6603],
    };
    expect(triples(input)).toEqual([
      ['geo/layers/transport.geojson', 'wujin-station', 'coordinate-decimals'],
    ]);
  });

  it('rejects a clockwise exterior ring', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [[...SQUARE].reverse()] };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'winding']]);
  });

  it('rejects a counter-clockwise hole', () => {
    const input = validInput();
    const hole = [
      [119.943, 31.703],
      [119.947, 31.703],
      [119.947, 31.707],
      [119.943, 31.707],
      [119.943, 31.703],
    ];
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [SQUARE, hole] };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'winding']]);
    find(input, 'industry', 'a-zone').geometry = {
      type: 'Polygon',
      coordinates: [SQUARE, [...hole].reverse()],
    };
    expect(triples(input)).toEqual([]);
  });

  it('rejects a ring that is not closed', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = {
      type: 'Polygon',
      coordinates: [SQUARE.slice(0, 4).concat([[119.94, 31.705]])],
    };
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'ring-closed']]);
  });

  it('rejects a self-intersecting polygon', () => {
    const input = validInput();
    const bowtie = [
      [119.94, 31.7],
      [119.95, 31.71],
      [119.95, 31.7],
      [119.94, 31.71],
      [119.94, 31.7],
    ];
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [bowtie] };
    const rules = triples(input).map((t) => t[2]);
    expect(rules).toContain('self-intersection');
    expect(
      triples(input).every(([file, id]) => file === 'geo/layers/industry.geojson' && id === 'a-zone'),
    ).toBe(true);
  });

  it('rejects a self-crossing line', () => {
    const input = validInput();
    find(input, 'transport', 'a-line').geometry = {
      type: 'LineString',
      coordinates: [
        [119.9, 31.7],
        [119.95, 31.72],
        [119.95, 31.7],
        [119.9, 31.72],
      ],
    };
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'a-line', 'self-intersection']]);
    // The page skips this one check (the build has made it on the same files); everything else stays.
    expect(validateCatalog(input, { selfIntersections: false }).errors).toEqual([]);
    find(input, 'transport', 'wujin-station').geometry = { type: 'Point', coordinates: [121.47, 31.23] };
    expect(validateCatalog(input, { selfIntersections: false }).errors.map((e) => e.rule)).toEqual([
      'outside-region',
    ]);
  });

  it('rejects a place outside the region unless it is marked outside', () => {
    const input = validInput();
    const shanghai = { type: 'Point', coordinates: [121.4737, 31.2304] };
    find(input, 'transport', 'wujin-station').geometry = shanghai;
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'wujin-station', 'outside-region']]);
    find(input, 'transport', 'wujin-station').properties.outside = true;
    expect(triples(input)).toEqual([]);
  });

  it('rejects outside: true on a place inside the region', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').properties.outside = true;
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'outside-flag']]);
  });

  it('ties unlocated to a null geometry, both ways', () => {
    const input = validInput();
    find(input, 'innovation', 'lost').geometry = { type: 'Point', coordinates: [119.95, 31.7] };
    find(input, 'industry', 'a-zone').geometry = null;
    expect(triples(input)).toEqual([
      ['geo/layers/industry.geojson', 'a-zone', 'unlocated-geometry'],
      ['geo/layers/innovation.geojson', 'lost', 'unlocated-geometry'],
    ]);
  });

  it('rejects a quote that is not in its paragraph', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').properties.report = [
      { paragraph: 'review-5.p1', quote: '武进站综合交通枢纽建成' },
    ];
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'quote-not-in-report']]);
  });

  it('compares quotes after whitespace normalisation, not against the raw text', () => {
    const input = validInput();
    // The raw report breaks this company name across a page break ("移远通\n\n信").
    find(input, 'industry', 'a-zone').properties.report = [
      { paragraph: 'review-1.p1', quote: '移远通信制造基地' },
    ];
    expect(triples(input)).toEqual([]);
  });

  it('rejects a report paragraph id that does not exist', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').properties.report = [{ paragraph: 'review-9.p1', quote: '武进站' }];
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'unknown-paragraph']]);
  });

  it('rejects an error radius beyond the precision class', () => {
    const input = validInput();
    Object.assign(find(input, 'industry', 'a-zone').properties, { precision: 'surveyed', precision_m: 800 });
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'precision-range']]);
  });

  it('rejects an unknown town when the basemap towns are given, and only then', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').properties.town = 'atlantis';
    expect(triples(input)).toEqual([['geo/layers/industry.geojson', 'a-zone', 'unknown-town']]);
    expect(triples({ ...input, basemapTownIds: undefined })).toEqual([]);
  });

  it('accepts an area point that names an area of the catalogue as its zone', () => {
    const input = validInput();
    Object.assign(find(input, 'transport', 'wujin-station').properties, {
      precision: 'area',
      precision_m: 3000,
      zone: 'a-zone',
    });
    expect(triples(input)).toEqual([]);
  });

  it('rejects a zone that is not an area of the catalogue, and a member located better than its zone', () => {
    const input = validInput();
    const station = find(input, 'transport', 'wujin-station').properties;
    Object.assign(station, { zone: 'atlantis' });
    expect(triples(input)).toEqual([
      ['geo/layers/transport.geojson', 'wujin-station', 'unknown-zone'],
      ['geo/layers/transport.geojson', 'wujin-station', 'zone-precision'],
    ]);
    Object.assign(station, { zone: 'a-line', precision: 'area', precision_m: 3000 });
    expect(triples(input)).toEqual([['geo/layers/transport.geojson', 'wujin-station', 'zone-shape']]);
    Object.assign(find(input, 'transport', 'a-line').properties, { zone: 'a-zone' });
    Object.assign(station, { zone: undefined });
    delete station.zone;
    expect(triples(input)).toEqual([
      ['geo/layers/transport.geojson', 'a-line', 'zone-precision'],
      ['geo/layers/transport.geojson', 'a-line', 'zone-member-shape'],
    ]);
  });

  it('rejects a metric whose place does not exist', () => {
    const input = validInput();
    (input.metrics as { places: string[] }[])[0].places = ['nowhere'];
    expect(triples(input)).toEqual([['data/metrics.json', 'gdp-2023', 'unknown-place']]);
  });

  it('rejects a metric whose section does not resolve or whose quote is not in it', () => {
    const input = validInput();
    const metric = (input.metrics as { section: string; quote: string }[])[0];
    metric.section = 'plan-9.p1';
    expect(triples(input)).toEqual([['data/metrics.json', 'gdp-2023', 'unknown-paragraph']]);
    metric.section = 'review-1.p1';
    expect(triples(input)).toEqual([['data/metrics.json', 'gdp-2023', 'quote-not-in-report']]);
  });

  it('rejects a duplicate metric', () => {
    const input = validInput();
    const metrics = input.metrics as { id: string }[];
    metrics.push({ ...metrics[0], id: 'gdp-2023-again' });
    expect(triples(input)).toEqual([['data/metrics.json', 'gdp-2023-again', 'duplicate-metric']]);
  });

  it('rejects a malformed metric and a metrics file that is not an array', () => {
    const input = validInput();
    (input.metrics as Record<string, unknown>[])[0].year = 2025;
    expect(triples(input)).toEqual([['data/metrics.json', 'gdp-2023', 'metric-structure']]);
    expect(triples({ ...input, metrics: { metrics: [] } })).toEqual([
      ['data/metrics.json', undefined, 'metrics-structure'],
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').id = 'other';
    find(input, 'transport', 'a-line').properties.report = [{ paragraph: 'nowhere', quote: 'x' }];
    (input.metrics as { places: string[] }[])[0].places = ['nowhere'];
    expect(triples(input).map((t) => t[2])).toEqual(['feature-id', 'unknown-paragraph', 'unknown-place']);
  });
});

describe('buildCatalog', () => {
  it('indexes the places by id and by group', () => {
    const catalog = buildCatalog(validInput());
    expect(catalog.places.map((f) => f.properties.id).sort()).toEqual([
      'a-line',
      'a-zone',
      'lost',
      'wujin-station',
    ]);
    expect(catalog.byId.get('wujin-station')?.geometry).toEqual({
      type: 'Point',
      coordinates: [119.9424, 31.6603],
    });
    expect(catalog.groups.transport.features).toHaveLength(2);
    expect(catalog.metrics[0].id).toBe('gdp-2023');
    expect(catalog.report.paragraphs.has('plan-5.p1')).toBe(true);
  });

  it('throws one error naming every problem with its file, feature and rule', () => {
    const input = validInput();
    find(input, 'industry', 'a-zone').geometry = { type: 'Polygon', coordinates: [[...SQUARE].reverse()] };
    (input.metrics as { places: string[] }[])[0].places = ['nowhere'];
    expect(() => buildCatalog(input)).toThrow(
      /2 problems:\ngeo\/layers\/industry\.geojson \[a-zone\] \(winding\): .*\ndata\/metrics\.json \[gdp-2023\] \(unknown-place\)/,
    );
  });
});
