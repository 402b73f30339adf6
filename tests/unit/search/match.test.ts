import { describe, expect, it } from 'vitest';
import { matchSequence, matchSkipping, prefixDistance, prepareName } from '../../../src/lib/search/match';
import { compactChars, normaliseQuery } from '../../../src/lib/search/normalise';
import { buildPinyinTable } from '../../../src/lib/search/vite-plugin-search-index';

const table = buildPinyinTable([
  '滆湖',
  '武进站',
  '常州氢湾',
  '春秋淹城',
  '湟里镇',
  '南夏墅街道',
  '长荡湖',
  '绿色建筑',
]);
const named = (text: string) => prepareName(Array.from(text), [...table[text]]);
const q = (text: string) => compactChars(text);

describe('build-time pinyin (pinyin-pro)', () => {
  it('reads rare characters of the report', () => {
    expect(table['滆湖']).toEqual(['ge', 'hu']);
    expect(table['常州氢湾']).toEqual(['chang', 'zhou', 'qing', 'wan']);
    expect(table['春秋淹城']).toEqual(['chun', 'qiu', 'yan', 'cheng']);
    expect(table['湟里镇']).toEqual(['huang', 'li', 'zhen']);
    expect(table['南夏墅街道']).toEqual(['nan', 'xia', 'shu', 'jie', 'dao']);
  });

  it('reads polyphonic characters in context and writes ü as v', () => {
    expect(table['长荡湖'][0]).toBe('chang');
    expect(table['绿色建筑'][0]).toBe('lv');
  });

  it('keeps one entry per code point, empty for non-Han', () => {
    const t = buildPinyinTable(['5G基站', '𠀀滆']);
    expect(t['5G基站']).toEqual(['', '', 'ji', 'zhan']);
    expect(t['𠀀滆']).toHaveLength(2);
  });
});

describe('matchSequence', () => {
  it.each([
    ['滆湖', '滆湖', 0],
    ['滆湖', 'gehu', 0],
    ['滆湖', 'ghu', 1],
    ['滆湖', 'gh', 2],
    ['滆湖', 'geh', 1],
    ['滆湖', '滆hu', 0],
    ['武进站', 'wujinzhan', 0],
    ['武进站', 'wjz', 3],
    ['武进站', 'wjzh', 3],
    ['武进站', 'wujz', 2],
    ['常州氢湾', 'qingwan', 0],
    ['湟里镇', 'huangli', 0],
    ['南夏墅街道', 'nanxiashu', 0],
  ])('%s matches %s with cost %i', (name, query, cost) => {
    const m = matchSequence(named(name), q(query));
    expect(m).not.toBeNull();
    expect(m!.cost).toBe(cost);
  });

  it('reports where the match starts and what is left', () => {
    expect(matchSequence(named('常州氢湾'), q('qingwan'))).toEqual({ start: 2, cost: 0, rest: 0 });
    expect(matchSequence(named('武进站'), q('wujin'))).toEqual({ start: 0, cost: 0, rest: 1 });
  });

  it.each([
    ['滆湖', 'hug'],
    ['滆湖', 'gehux'],
    ['武进站', 'wjx'],
    ['滆湖', 'h'],
    ['滆湖', ''],
  ])('%s does not match %s', (name, query) => {
    expect(matchSequence(named(name), q(query))).toBeNull();
  });

  it('matches initials with gaps only from the first character, characters with gaps anywhere', () => {
    const park = prepareName(Array.from('武进国家高新区'), ['wu', 'jin', 'guo', 'jia', 'gao', 'xin', 'qu']);
    expect(matchSkipping(park, q('wjgxq'))).toBe(2);
    expect(matchSkipping(park, q('jgxq'))).toBe(-1);
    expect(matchSkipping(park, q('wjqx'))).toBe(-1);
    const seat = prepareName(Array.from('武进区人民政府'), ['wu', 'jin', 'qu', 'ren', 'min', 'zheng', 'fu']);
    expect(matchSkipping(seat, q('区政府'))).toBe(2);
    expect(matchSkipping(seat, q('政府区'))).toBe(-1);
  });
});

describe('prefixDistance', () => {
  const d = (a: string, b: string, limit = 3) => prefixDistance(Array.from(a), Array.from(b), limit);
  it('counts edits against the closest start of the target', () => {
    expect(d('gehu', 'gehu')).toBe(0);
    expect(d('gheu', 'gehu')).toBe(1); // swapped neighbours
    expect(d('gehy', 'gehu')).toBe(1);
    expect(d('wujinzahn', 'wujinzhan')).toBe(1);
    expect(d('wujin', 'wujinzhan')).toBe(0); // a prefix costs nothing
    expect(d('wjuin', 'wujinzhan')).toBe(1);
    expect(d('xitaihu', 'gehu')).toBe(4); // beyond the limit: limit + 1
  });

  it('can match a stretch anywhere in the target', () => {
    const a = (x: string, y: string) => prefixDistance(Array.from(x), Array.from(y), 2, true);
    expect(a('武近站', '沪宁武进站枢纽')).toBe(1);
    expect(a('湖塘', '西湖塘')).toBe(0);
    expect(d('湖塘', '西湖塘')).toBe(1);
  });

  it('stops at the limit', () => {
    expect(d('abcdefgh', 'zzzzzzzz', 1)).toBe(2);
    expect(d('', 'abc')).toBe(0);
    expect(d('abc', '', 5)).toBe(3);
  });
});

describe('normaliseQuery', () => {
  it('folds width, case and tones, and drops punctuation and emoji', () => {
    expect(normaliseQuery('ＧéHú').text).toBe('gehu');
    expect(normaliseQuery('  滆湖 😀 ').text).toBe('滆湖');
    expect(normaliseQuery('lü').text).toBe('lv');
    expect(normaliseQuery('.*+?^${}()|[]\\').script).toBe('empty');
    expect(normaliseQuery('武进 zhan').script).toBe('mixed');
    expect(normaliseQuery('wujin station').words).toEqual(['wujin', 'station']);
  });

  it('never throws and stays bounded', () => {
    for (const input of [undefined, null, 42, {}, '\uD800', 'a'.repeat(100_000), '滆'.repeat(500)]) {
      const n = normaliseQuery(input);
      expect(Array.from(n.text).length).toBeLessThanOrEqual(64);
    }
  });
});
