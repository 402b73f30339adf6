import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/i18n/excerpt';

describe('an excerpt of a visitor’s input', () => {
  it('keeps short, plain text as it is', () => {
    expect(excerpt('规划地块.geojson')).toBe('规划地块.geojson');
    expect(excerpt('no-such-place')).toBe('no-such-place');
  });

  it('removes control, zero-width and bidi characters', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE would show "exe.fdp" reversed; U+200B/U+200D/U+FEFF are invisible.
    expect(excerpt('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(excerpt('a\u200Bb\u200Dc\uFEFFd\u2066e\u2069')).toBe('abcde');
    expect(excerpt('bell\u0007 and\u0000 nul\u009B')).toBe('bell and nul');
    expect(excerpt('two\nlines\r\n\tand tabs')).toBe('two lines and tabs');
    expect(excerpt('\uD800lone')).toBe('lone');
  });

  it('cuts long input at 40 characters, counted as characters, with an ellipsis', () => {
    const long = '长'.repeat(100_000);
    const cut = excerpt(long);
    expect(Array.from(cut)).toHaveLength(40);
    expect(cut.endsWith('…')).toBe(true);
    // Emoji are one character each and never cut in half.
    const emoji = excerpt('😀'.repeat(50));
    expect(Array.from(emoji)).toHaveLength(40);
    expect(emoji).toBe('😀'.repeat(39) + '…');
    expect(excerpt('x'.repeat(41))).toBe('x'.repeat(39) + '…');
    expect(excerpt('x'.repeat(40))).toBe('x'.repeat(40));
    expect(excerpt('abcdef', 4)).toBe('abc…');
  });

  it('marks input that was all invisible padding as cut', () => {
    expect(excerpt('ok' + '\u200B'.repeat(10_000) + 'hidden')).toBe('ok…');
  });

  it('leaves markup as text (the page escapes it); only invisible characters are its business', () => {
    expect(excerpt('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
