// The data gate on what the places and figures point at: report quotes and paragraphs, precision, towns, zones and figures.
import { describe, expect, it } from 'vitest';
import { find, triples, validInput } from './validate-fixture';

describe('validateCatalog', () => {
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
