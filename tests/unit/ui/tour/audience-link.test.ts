import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../../src/lib/state/url';
import { audienceLink } from '../../../../src/lib/ui/tour/audience-link';

const here = { origin: 'https://atlas.example', pathname: '/wujin/', search: '' };

describe('the end slide link', () => {
  it('opens the atlas without the tour or kiosk mode, in the language on screen', () => {
    expect(audienceLink(here, 'zh')).toBe('https://atlas.example/wujin/');
    const en = audienceLink(here, 'en');
    expect(en).toBe('https://atlas.example/wujin/#lang=en');
    expect(parseHash(new URL(en).hash)).toEqual({ state: { lang: 'en' }, problems: [] });
  });

  it('keeps the query string the atlas was served with', () => {
    expect(audienceLink({ ...here, search: '?v=2' }, 'zh')).toBe('https://atlas.example/wujin/?v=2');
  });
});
