import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../../src/lib/state/url';
import { audienceLink, isLoopbackHost } from '../../../../src/lib/ui/tour/audience-link';

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

describe('addresses a phone cannot reach', () => {
  it.each(['localhost', 'LOCALHOST', 'atlas.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])(
    '%s is this computer only',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each(['192.168.1.20', '10.0.0.5', 'atlas.example', 'localhost.example.com', '[fe80::1]', '128.0.0.1'])(
    '%s can be reached from a phone on the network',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  );
});
