// The data gate on the files and their properties: structure, vocabularies, source notes, updates and ids.
import { describe, expect, it } from 'vitest';
import { validateCatalog, formatValidationErrors } from '../../../src/lib/catalog/validate';
import { feature, find, layersOf, props, triples, validInput } from './validate-fixture';

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
});
