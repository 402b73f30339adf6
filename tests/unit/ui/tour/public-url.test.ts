import { describe, expect, it } from 'vitest';
import { parsePublicUrl } from '../../../../src/lib/ui/tour/public-url';

describe("the audience's address from atlas-config.json", () => {
  it('takes an http(s) address as written', () => {
    expect(parsePublicUrl('https://atlas.wujin.example.cn/map/')?.href).toBe(
      'https://atlas.wujin.example.cn/map/',
    );
    expect(parsePublicUrl(' http://192.168.1.20:5173/ ')?.href).toBe('http://192.168.1.20:5173/');
  });
  it.each([
    null,
    undefined,
    '',
    '   ',
    42,
    'not a url',
    'javascript:alert(1)',
    'file:///etc/passwd',
    { href: 'x' },
  ])('ignores %s', (value) => expect(parsePublicUrl(value)).toBeNull());
});
