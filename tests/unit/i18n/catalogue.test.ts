import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/messages';

/**
 * The catalogue's two languages, walked area by area: the same keys, nothing blank, functions
 * taking the same parameters, and no Chinese left on the English page except where an English
 * message deliberately quotes a Chinese name (listed here, one by one).
 */
const zh = messages('zh') as unknown as Record<string, Record<string, unknown>>;
const en = messages('en') as unknown as Record<string, Record<string, unknown>>;

// Han ideographs, CJK punctuation and full-width forms: none belongs in an English sentence.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/**
 * English messages that name something in Chinese on purpose: the switch to the Chinese page, and
 * the exported map's note that the district outline is 示意 (the word a Chinese map must carry).
 */
const ENGLISH_MAY_QUOTE_CHINESE = new Set([
  'common.switchLang',
  'common.switchLangShort',
  'exporting.embeddedAttribution',
]);

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
  it('has the same areas in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(zh).length).toBeGreaterThan(0);
  });

  for (const area of Object.keys(zh)) {
    describe(area, () => {
      it('has the same keys in both languages', () => {
        expect(Object.keys(en[area]).sort()).toEqual(Object.keys(zh[area]).sort());
      });

      it('has flat keys only: every message is text or a function giving text', () => {
        for (const side of [zh[area], en[area]]) {
          for (const [key, message] of Object.entries(side)) {
            expect(['string', 'function'], `${area}.${key}`).toContain(typeof message);
          }
        }
      });

      it('gives functions the same number of parameters in both languages', () => {
        for (const [key, message] of Object.entries(zh[area])) {
          const other = en[area][key];
          expect(typeof other, `${area}.${key}`).toBe(typeof message);
          if (typeof message === 'function' && typeof other === 'function') {
            expect(other.length, `${area}.${key}`).toBe(message.length);
          }
        }
      });

      it('leaves no message empty', () => {
        for (const side of [zh[area], en[area]]) {
          for (const [key, message] of Object.entries(side)) {
            expect(render(message).trim(), `${area}.${key}`).not.toBe('');
          }
        }
      });

      it('keeps Chinese out of the English page', () => {
        for (const [key, message] of Object.entries(en[area])) {
          if (ENGLISH_MAY_QUOTE_CHINESE.has(`${area}.${key}`)) continue;
          expect(render(message), `${area}.${key}`).not.toMatch(CJK);
        }
      });
    });
  }

  it('lists only real messages as allowed to quote Chinese', () => {
    for (const id of ENGLISH_MAY_QUOTE_CHINESE) {
      const [area, key] = id.split('.');
      expect(render(en[area]?.[key]), id).toMatch(CJK);
    }
  });
});
