import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/messages';

/**
 * Every messages module, walked area by area — those composed into the first-load catalogue and
 * those that load with their own code (import, correction mode, the overview …): the same keys in
 * both languages, nothing blank, functions taking the same parameters, no Chinese left on the
 * English page and no text with words left the same in both, except where listed or named here.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../src/lib/i18n/messages/*.ts', '!../../../src/lib/i18n/messages/index.ts'],
  { eager: true },
);

type Side = Record<string, unknown>;
interface Area {
  /** `<file>.<export>`, e.g. `near.near`, `import.importMessages`. */
  id: string;
  zh: Side;
  en: Side;
}

const isPair = (value: unknown): value is { zh: Side; en: Side } =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).sort().join() === 'en,zh' &&
  typeof (value as { zh: unknown }).zh === 'object';

const areas: Area[] = Object.entries(modules).flatMap(([path, module]) => {
  const file = path.replace(/^.*\/(.*)\.ts$/, '$1');
  return Object.entries(module)
    .filter(([, value]) => isPair(value))
    .map(([name, value]) => {
      const pair = value as { zh: Side; en: Side };
      return { id: `${file}.${name}`, zh: pair.zh, en: pair.en };
    });
});

// Han ideographs, CJK punctuation and full-width forms: none belongs in an English sentence.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/**
 * English messages that name something in Chinese on purpose: the switch to the Chinese page, the
 * Chinese column names a planner's table may use, search's hints (it reads Chinese and pinyin),
 * and the exported map's 示意 note.
 */
const ENGLISH_MAY_QUOTE_CHINESE = new Set([
  'common.common.switchLang',
  'common.common.switchLangShort',
  // The presentation's own switch to the Chinese page.
  'tour.tour.otherLang',
  'tour.tour.otherLangLabel',
  // Search takes Chinese as well as pinyin: its hints show both.
  'search.search.placeholder',
  'search.search.noMatch',
  'import.importMessages.tableNoColumns',
  // The exported map's note that the district outline is 示意, the word a Chinese map must carry.
  'exporting.exporting.embeddedAttribution',
  // 审图号 is the term on the Tianditu site and on every approved map: the visitor has to find it there.
  'tianditu-key.tiandituKey.review',
]);

/**
 * A key ending in Zh or En is text for a record's field in that language (a correction's source
 * in Chinese and in English), the same whichever language the page is in.
 */
const fixedLanguage = (key: string): boolean => /[a-z](Zh|En)$/.test(key);

/** A message with no word in it (`7 · 7`, a value passed through) is a format: nothing to translate. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text);

/** A message's text: a function is called with plain ASCII stand-ins for its formatted values. */
function render(message: unknown): string {
  if (typeof message === 'string') return message;
  if (typeof message === 'function') {
    const args = Array.from({ length: message.length }, () => 7);
    return String(message(...args));
  }
  throw new Error(`not a message: ${typeof message}`);
}

describe('the messages catalogue', () => {
  it('finds every messages module and its areas', () => {
    const files = new Set(areas.map((area) => area.id.split('.')[0]));
    expect(files.size).toBe(Object.keys(modules).length);
    expect(files).toContain('import');
    expect(files).toContain('corrections-mode');
  });

  it('composes into the first-load catalogue only areas walked here', () => {
    const zh = messages('zh') as unknown as Record<string, Side>;
    const walked = new Set(areas.map((area) => area.zh));
    for (const [name, side] of Object.entries(zh)) expect(walked.has(side), name).toBe(true);
  });

  for (const { id, zh, en } of areas) {
    describe(id, () => {
      it('has the same keys in both languages', () => {
        expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      });

      it('has flat keys only: every message is text or a function giving text', () => {
        for (const side of [zh, en]) {
          for (const [key, message] of Object.entries(side)) {
            expect(['string', 'function'], `${id}.${key}`).toContain(typeof message);
          }
        }
      });

      it('gives functions the same number of parameters in both languages', () => {
        for (const [key, message] of Object.entries(zh)) {
          const other = en[key];
          expect(typeof other, `${id}.${key}`).toBe(typeof message);
          if (typeof message === 'function' && typeof other === 'function') {
            expect(other.length, `${id}.${key}`).toBe(message.length);
          }
        }
      });

      it('leaves no message empty', () => {
        for (const side of [zh, en]) {
          for (const [key, message] of Object.entries(side)) {
            expect(render(message).trim(), `${id}.${key}`).not.toBe('');
          }
        }
      });

      it('keeps Chinese out of the English page', () => {
        for (const [key, message] of Object.entries(en)) {
          if (ENGLISH_MAY_QUOTE_CHINESE.has(`${id}.${key}`) || fixedLanguage(key)) continue;
          expect(render(message), `${id}.${key}`).not.toMatch(CJK);
        }
      });

      it('translates every message', () => {
        for (const [key, message] of Object.entries(zh)) {
          if (fixedLanguage(key) || !hasWords(render(message))) continue;
          expect(render(en[key]), `${id}.${key}`).not.toBe(render(message));
        }
      });
    });
  }

  it('lists only real messages as exceptions', () => {
    const byId = new Map(areas.map((area) => [area.id, area]));
    const lookup = (full: string) => {
      const key = full.slice(full.lastIndexOf('.') + 1);
      return { en: byId.get(full.slice(0, full.lastIndexOf('.')))?.en[key] };
    };
    for (const id of ENGLISH_MAY_QUOTE_CHINESE) expect(render(lookup(id).en), id).toMatch(CJK);
  });
});
