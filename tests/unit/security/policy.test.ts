import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  headerContentSecurityPolicy,
  metaContentSecurityPolicy,
  securityHeaders,
} from '../../../src/lib/security/policy';
import { withPolicyMeta } from '../../../src/lib/security/vite-plugin-policy';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const indexHtml = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');

/** directive name → its sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the page security policy', () => {
  it('runs only its own scripts and reaches only its own origin and the offered tile hosts', () => {
    const policy = parse(headerContentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('manifest-src')).toEqual(["'self'"]);
    // The tile hosts written out from the two online basemaps' documented URLs.
    const tileHosts = [
      'https://tile.openstreetmap.org',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`),
    ];
    for (const name of ['connect-src', 'img-src']) {
      const hosts = policy.get(name)!.filter((s) => /^https?:/.test(s));
      expect(hosts.sort()).toEqual([...tileHosts].sort());
    }
    const all = headerContentSecurityPolicy();
    expect(all).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('leaves out of the meta tag what browsers ignore there, and nothing else', () => {
    const meta = parse(metaContentSecurityPolicy());
    const header = parse(headerContentSecurityPolicy());
    expect(meta.has('frame-ancestors')).toBe(false);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it('puts the meta tags right after the charset, which must stay first', () => {
    const html = withPolicyMeta(indexHtml);
    const head = html.slice(0, html.indexOf('<meta name="viewport"'));
    expect(head.indexOf('<meta charset="UTF-8" />')).toBeLessThan(
      head.indexOf('http-equiv="Content-Security-Policy"'),
    );
    expect(head).toContain(`content="${metaContentSecurityPolicy()}"`);
    expect(head).toContain('<meta name="referrer" content="strict-origin-when-cross-origin" />');
    // The charset declaration must fall within the first 1024 bytes of the page.
    expect(Buffer.byteLength(html.slice(0, html.indexOf('<meta charset')))).toBeLessThan(1024);
  });

  it('README gives nginx and Caddy exactly the headers npm start sends', () => {
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`\t${name} "${value}"`);
    }
  });
});
