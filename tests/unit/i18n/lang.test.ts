// The small language helpers every component uses instead of a switch of its own.
import { describe, expect, it } from 'vitest';
import { htmlLang, isLang, otherLang } from '../../../src/lib/i18n/lang';
import { labelOf, nameOf, sourceOf, summaryOf } from '../../../src/lib/i18n/lang';

describe('language helpers', () => {
  it('accept only the two languages from a link, whatever else it holds', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('en')).toBe(true);
    for (const junk of ['', 'ZH', 'zh-CN', 'fr', 'en ', '__proto__', 'constructor'])
      expect(isLang(junk)).toBe(false);
  });

  it('name, label and source in the reader language, with Chinese where no English exists', () => {
    expect(nameOf({ name_zh: '滆湖', name_en: 'Ge Lake' }, 'en')).toBe('Ge Lake');
    expect(nameOf({ name_zh: '滆湖', name_en: '' }, 'en')).toBe('滆湖');
    expect(nameOf({ name_zh: '滆湖', name_en: 'Ge Lake' }, 'zh')).toBe('滆湖');
    expect(labelOf({ label_zh: '地区生产总值', label_en: '' }, 'en')).toBe('地区生产总值');
    expect(sourceOf({ source_zh: '政府网站', source: 'government site' }, 'zh')).toBe('政府网站');
    expect(sourceOf({ source_zh: '政府网站', source: 'government site' }, 'en')).toBe('government site');
  });

  it('give English readers the summary and Chinese readers none (they read the quoted sentence)', () => {
    expect(summaryOf({ summary_en: 'A new station.' }, 'en')).toBe('A new station.');
    expect(summaryOf({ summary_en: 'A new station.' }, 'zh')).toBeNull();
    expect(summaryOf({ summary_en: '' }, 'en')).toBeNull();
  });

  it('switch to the other language and name it for the page', () => {
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
  });
});
