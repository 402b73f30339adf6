import { describe, expect, it } from 'vitest';
import { isLocalOnlyHost, shareRoute } from '../../../src/lib/ui/share/share-route';

describe('a link that opens only on this device', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    'atlas.localhost',
    '127.0.0.1',
    '127.8.9.10',
    '[::1]',
    '::1',
    '0.0.0.0',
    '',
  ])('%s is local only', (host) => expect(isLocalOnlyHost(host)).toBe(true));
  it.each([
    '192.168.1.20',
    '10.0.0.5',
    'atlas.wujin.gov.cn',
    'example.org',
    '128.0.0.1',
    'localhost.example.org',
    'fd00::2',
  ])('%s can be reached from other devices', (host) => expect(isLocalOnlyHost(host)).toBe(false));
});

describe('where a share goes', () => {
  it('the system sheet when the browser has one and the link is reachable', () => {
    expect(shareRoute({ systemShare: true, hostname: 'atlas.wujin.gov.cn' })).toBe('system');
  });
  it('the dialog when there is no system sheet', () => {
    expect(shareRoute({ systemShare: false, hostname: 'atlas.wujin.gov.cn' })).toBe('dialog');
  });
  it('the dialog, with its warning, for a link to this device even where a sheet exists', () => {
    expect(shareRoute({ systemShare: true, hostname: 'localhost' })).toBe('dialog');
    expect(shareRoute({ systemShare: true, hostname: '127.0.0.1' })).toBe('dialog');
  });
});
