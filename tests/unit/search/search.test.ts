import { describe, expect, it } from 'vitest';
import { flatHits, search } from '../../../src/lib/search/search';
import type { SearchKind } from '../../../src/lib/search/build-index';
import { loadRealCatalogue } from './real-catalogue';
import { TYPED_KEYSTROKES } from '../../../bench/typed-queries.mjs';

const { index, catalog, towns } = loadRealCatalogue();

/** What a resident types, and what must come first in that kind's group. */
const RANKING: [query: string, kind: SearchKind, topId: string, note: string][] = [
  // Chinese
  ['滆湖', 'place', 'gehu', 'exact name, rare character 滆'],
  ['武进站', 'place', 'wujin-station', 'alias of the station hub'],
  ['氢湾', 'place', 'hydrogen-bay', 'rare character 氢'],
  ['淹城', 'place', 'yancheng', 'rare character 淹'],
  ['湟里', 'town', 'huangli', 'rare character 湟, town without its suffix'],
  ['南夏墅', 'town', 'nanxiashu', 'rare character 墅'],
  ['戚墅堰街道', 'town', 'qishuyan', 'full subdistrict name'],
  ['湖塘镇', 'town', 'hutang', 'full town name'],
  ['江理工', 'place', 'jsut-campus', 'abbreviation used by the report'],
  ['5号线', 'place', 'metro-5', 'digits inside a Chinese name'],
  ['地区生产总值', 'figure', 'gdp-2023', 'a figure by its label (the result before the target)'],
  ['区政府', 'town', 'wujin-government', 'characters with a gap: 武进区人民政府'],
  // Full pinyin
  ['gehu', 'place', 'gehu', 'full pinyin'],
  ['wujinzhan', 'place', 'wujin-station', 'full pinyin'],
  ['qingwan', 'place', 'hydrogen-bay', 'full pinyin in the middle of 常州氢湾'],
  ['yancheng', 'place', 'yancheng', 'full pinyin'],
  ['huangli', 'town', 'huangli', 'full pinyin'],
  ['nanxiashu', 'town', 'nanxiashu', 'full pinyin'],
  ['chunqiuyancheng', 'place', 'yancheng', 'full pinyin of a four-character name'],
  ['wu jin zhan', 'place', 'wujin-station', 'pinyin typed with spaces'],
  ['ditie', 'place', 'metro-5-pilot', 'pinyin of 地铁'],
  // Initials and partial pinyin
  ['ghu', 'place', 'gehu', 'initial + syllable'],
  ['gh', 'place', 'gehu', 'initials'],
  ['wjz', 'place', 'wujin-station', 'initials'],
  ['nxs', 'town', 'nanxiashu', 'initials'],
  ['jlg', 'place', 'jsut-campus', 'initials of 江理工'],
  ['cqyc', 'place', 'yancheng', 'initials of 春秋淹城'],
  ['wjgxq', 'place', 'wujin-hitech-zone', 'initials of 武进高新区'],
  ['wujinzh', 'place', 'wujin-station', 'a syllable cut short'],
  ['武进zhan', 'place', 'wujin-station', 'Chinese and pinyin mixed'],
  // English
  ['Wujin Station', 'place', 'wujin-station', 'English name'],
  ['Lake Tai', 'place', 'taihu', 'English name'],
  ['Li Auto', 'place', 'li-auto-base', 'English alias'],
  ['Hutang Town', 'town', 'hutang', 'English town name'],
  ['gdp', 'figure', 'gdp-growth-2024-target', 'English abbreviation in the figure id'],
  // Typos
  ['gheu', 'place', 'gehu', 'swapped letters'],
  ['wujinzahn', 'place', 'wujin-station', 'swapped letters in pinyin'],
  ['武近站', 'place', 'wujin-station', 'a wrong character'],
  ['Lake Tia', 'place', 'taihu', 'English typo'],
  ['yanchegn', 'place', 'yancheng', 'pinyin typo'],
];

describe('search ranking on the real catalogue', () => {
  it('has the catalogue it is meant to test', () => {
    expect(catalog.places.length).toBeGreaterThan(50);
    expect(towns.length).toBeGreaterThanOrEqual(16);
    expect(catalog.metrics.length).toBeGreaterThan(50);
  });

  it.each(RANKING)('"%s" → %s %s (%s)', (query, kind, topId) => {
    const results = search(index, query);
    expect(results.outcome).toBe('ok');
    const group = results.groups[kind];
    expect(group[0]?.id, `${kind}s for "${query}": ${group.map((h) => h.id).join(', ')}`).toBe(topId);
  });

  it('puts a place that is the whole query above places that merely start with it', () => {
    const ids = search(index, '滆湖').groups.place.map((h) => h.id);
    expect(ids[0]).toBe('gehu');
    expect(ids).toContain('gehu-dredging');
    expect(ids.indexOf('gehu')).toBeLessThan(ids.indexOf('gehu-dredging'));
  });

  it.each(['hospital', 'hosptial'])(
    '"%s" finds both hospitals first, by a word inside their English names',
    (query) => {
      const ids = search(index, query).groups.place.map((h) => h.id);
      expect(ids.slice(0, 2).sort()).toEqual(['wujin-hospital-south', 'wujin-tcm-hospital']);
    },
  );

  it('lists first the kind that holds the best hit', () => {
    const town = search(index, '湖塘');
    expect(town.order[0]).toBe('town');
    expect(flatHits(town)[0].id).toBe('hutang');
    // A town typed without its suffix is its name, not an alias to point out.
    expect(town.groups.town[0].via).toBeUndefined();
    expect(search(index, '滆湖').order[0]).toBe('place');
    expect(search(index, '地区生产总值').order[0]).toBe('figure');
  });

  it('says which alias was matched', () => {
    const gehu = search(index, '西太湖').groups.place.find((h) => h.id === 'gehu');
    expect(gehu?.via?.label).toBe('西太湖');
    expect(search(index, 'gehu').groups.place[0].via).toBeUndefined();
  });

  it('labels how a hit was found', () => {
    expect(search(index, '滆湖').groups.place[0].match).toBe('exact');
    expect(search(index, 'gehu').groups.place[0].match).toBe('pinyin');
    expect(search(index, 'wjz').groups.place[0].match).toBe('initials');
    expect(search(index, 'gheu').groups.place[0].match).toBe('fuzzy');
  });

  it('does not find a place by a few initials in the middle of a long name', () => {
    // g-d-p would be 工等片 in 江理工等片区: chance, not a match.
    expect(search(index, 'gdp').groups.place).toEqual([]);
  });

  it('cuts each group to its limit and counts what was cut', () => {
    const results = search(index, 'wujin', { limits: { place: 2 } });
    expect(results.groups.place).toHaveLength(2);
    expect(results.counts.place).toBeGreaterThan(2);
  });
});

describe('no match', () => {
  it.each(['不存在的地方', 'xyzxyzq', 'qqqqqqqqqqqqqqqqq', '5G'])('"%s" explains and suggests', (query) => {
    const results = search(index, query);
    expect(results.outcome).toBe('no-match');
    expect(flatHits(results)).toEqual(results.suggestions);
    expect(results.suggestions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(results.suggestions.map((h) => `${h.kind}:${h.id}`)).size).toBe(
      results.suggestions.length,
    );
  });

  it('offers the closest name first for a near miss', () => {
    // Too far for the typo allowance of a search hit, close enough for "did you mean".
    const near = search(index, 'wujinzhaaaan');
    expect(near.outcome).toBe('no-match');
    expect(near.suggestions[0].id).toBe('wujin-station');
  });

  it('suggests per word when several words do not match together', () => {
    const results = search(index, 'wujin railway');
    expect(results.outcome).toBe('no-match');
    expect(results.suggestions.some((h) => h.id === 'hsr-riverside' || h.id === 'changtai-railway')).toBe(
      true,
    );
  });

  it('tells empty input from unreadable input, and suggests prominent places for both', () => {
    expect(search(index, '').outcome).toBe('empty');
    expect(search(index, '   ').outcome).toBe('empty');
    expect(search(index, '😀🚄').outcome).toBe('unreadable');
    expect(search(index, '.*+?^${}()|[]\\').outcome).toBe('unreadable');
    const popular = search(index, '').suggestions;
    expect(popular.length).toBe(5);
    expect(popular.every((h) => h.kind === 'place')).toBe(true);
  });
});

describe('bad input', () => {
  const junk: unknown[] = [
    '',
    ' ',
    'a'.repeat(500),
    '滆'.repeat(500),
    '😀'.repeat(300),
    '\uD83D',
    'gehu\u0000\u200b\u202e',
    '(((',
    '[a-z]+',
    '\\',
    '%E6%BB%86',
    '<script>alert(1)</script>',
    '滆湖 gehu Lake ghu 😀 武进zhan',
    'ＧＥＨＵ',
    'Ǧéhǔ',
    'ﾃｽﾄ',
    'مرحبا',
    '\n\t\r',
    null,
    undefined,
    42,
    { toString: () => 'gehu' },
  ];

  it.each(junk.map((j) => [j]))('never throws on %j', (input) => {
    const results = search(index, input);
    expect(['empty', 'unreadable', 'no-match', 'ok']).toContain(results.outcome);
    if (results.outcome !== 'ok') expect(results.suggestions.length).toBeGreaterThan(0);
  });

  it('folds full-width letters and tone marks', () => {
    expect(search(index, 'ＧＥＨＵ').groups.place[0].id).toBe('gehu');
    expect(search(index, 'Géhú').groups.place[0].id).toBe('gehu');
  });

  // How fast each keystroke is answered is the benchmark's to measure (npm run bench, p95 in a
  // real browser), not a unit test's: a wall clock on a shared machine only makes tests flaky.
  it('answers every keystroke of a typed query, each prefix with a result or suggestions', () => {
    for (const k of TYPED_KEYSTROKES) {
      const results = search(index, k);
      if (results.outcome === 'ok')
        expect(results.order.flatMap((kind) => results.groups[kind]).length, k).toBeGreaterThan(0);
      else expect(results.suggestions.length, k).toBeGreaterThan(0);
    }
  });
});
