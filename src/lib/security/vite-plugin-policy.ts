/**
 * Ships the page's security policy (./policy.ts): the built index.html carries it in a meta tag
 * right after the charset, and `npm start` sends it with every file as headers, frame protection
 * included. The dev server gets neither: Vite's hot reload injects inline styles the policy forbids.
 */
import type { Plugin } from 'vite';
import { metaContentSecurityPolicy, securityHeaders } from './policy.ts';

const CHARSET = /<meta charset="UTF-8" \/>/i;

/** index.html with the policy's meta tags after its charset (which must stay first). */
export function withPolicyMeta(html: string): string {
  if (!CHARSET.test(html))
    throw new Error('index.html: no <meta charset="UTF-8" /> to put the security policy after');
  const referrer = securityHeaders()['Referrer-Policy'];
  const tags =
    `\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}" />` +
    `\n    <meta name="referrer" content="${referrer}" />`;
  return html.replace(CHARSET, (charset) => charset + tags);
}

export function securityPolicyPlugin(): Plugin {
  return {
    name: 'atlas-security-policy',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // Only the build: the dev server's hot reload needs what the policy forbids.
        return context.server ? html : withPolicyMeta(html);
      },
    },
    configurePreviewServer(server) {
      const headers = Object.entries(securityHeaders());
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}
