import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import {
  candidatesOf,
  compactName,
  levenshtein,
  matchAll,
  pinyinName,
  prepareCandidates,
  similarity,
  suggestMatches,
} from '../../../src/lib/corrections/match';
import { haversineM, place } from './fixtures';

const station = place(
  'wujin-station',
  {
    name_zh: '武进站综合交通枢纽',
    name_en: 'Wujin Station transport hub',
    aliases: ['武进站', '武进高铁站'],
  },
  { type: 'Point', coordinates: [119.9424, 31.6603] },
);
const unlocated = place('south-school', { name_zh: '南田路中小学', name_en: 'Nantian Road schools' }, null);

const feature = (name: string, coordinates: [number, number], key = 'name'): Feature => ({
  type: 'Feature',
  properties: { [key]: name, code: 7 },
  geometry: { type: 'Point', coordinates },
});

describe('name comparison', () => {
  it('counts edits as the textbook example does', () => {
    // kitten → sitten → sittin → sitting
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('滆湖', '滆湖')).toBe(0);
  });

  it('folds punctuation, spaces and full-width letters', () => {
    expect(compactName('武进站 （Ｗｕｊｉｎ）')).toBe('武进站wujin');
  });

  it('spells Chinese in toneless pinyin, ü as v', () => {
    expect(pinyinName('武进站')).toBe('wujinzhan');
    expect(pinyinName('绿建区')).toBe('lvjianqu');
    expect(pinyinName('Wujin Zhan')).toBe('wujinzhan');
  });

  it('scores equal, contained and near names', () => {
    expect(similarity('武进站', '武进站')).toBe(1);
    // 3 of 9 characters: 0.7 + 0.3 × 3/9
    expect(similarity('武进站', '武进站综合交通枢纽')).toBeCloseTo(0.8, 10);
    // one substitution in four characters
    expect(similarity('南田路小', '南田路中')).toBeCloseTo(0.75, 10);
    expect(similarity('', '武进站')).toBe(0);
  });
});

describe('suggestions for one place', () => {
  const file = [
    feature('常州站', [119.97, 31.78]),
    feature('武进站', [119.9524, 31.6603]),
    feature('Wujin Zhan', [119.9424, 31.6703], 'NAME'),
    feature('武进高铁站', [119.9, 31.6]),
    { type: 'Feature', properties: { code: 1 }, geometry: { type: 'Point', coordinates: [120, 31.7] } },
    { type: 'Feature', properties: { name: '武进站' }, geometry: null },
  ] as Feature[];

  it('takes only features with a name and a geometry, keeping their index in the file', () => {
    expect(candidatesOf(file).map((c) => [c.index, c.name])).toEqual([
      [0, '常州站'],
      [1, '武进站'],
      [2, 'Wujin Zhan'],
      [3, '武进高铁站'],
    ]);
  });

  it('ranks by name, then by distance, with the distance from today’s position', () => {
    const got = suggestMatches(station, prepareCandidates(candidatesOf(file)));
    // 武进站 and 武进高铁站 are aliases (score 1): the nearer first; the pinyin spelling next; 常州站 is no match.
    expect(got.map((s) => s.name)).toEqual(['武进站', '武进高铁站', 'Wujin Zhan']);
    expect(got[0].score).toBe(1);
    expect(got[2].score).toBeCloseTo(0.95, 10);
    expect(got[0].distanceM).toBeCloseTo(haversineM([119.9424, 31.6603], [119.9524, 31.6603]), 0);
    expect(got[1].distanceM).toBeCloseTo(haversineM([119.9424, 31.6603], [119.9, 31.6]), 0);
    expect(got[2].distanceM).toBeCloseTo(haversineM([119.9424, 31.6603], [119.9424, 31.6703]), 0);
  });

  it('has no distance for a place not yet located', () => {
    const got = suggestMatches(
      unlocated,
      prepareCandidates(candidatesOf([feature('南田路中小学', [120, 31.7])])),
    );
    expect(got).toHaveLength(1);
    expect(got[0].distanceM).toBeNull();
  });
});

describe('bulk matching', () => {
  it('gives a row to every place with a match, in the places’ order', () => {
    const rows = matchAll(
      [station, unlocated],
      candidatesOf([feature('南田路中小学', [120, 31.7]), feature('武进站', [119.95, 31.66])]),
    );
    expect(rows.map((r) => [r.placeId, r.suggestions[0].name])).toEqual([
      ['wujin-station', '武进站'],
      ['south-school', '南田路中小学'],
    ]);
    expect(matchAll([unlocated], candidatesOf([feature('滆湖', [119.8, 31.6])]))).toEqual([]);
  });
});
