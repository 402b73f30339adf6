/**
 * How the built atlas travels to a phone: every text file is compressed once at build time with
 * brotli and gzip (node's own zlib, at the strongest settings, which a server compressing on the fly
 * cannot afford), and `npm start` serves the brotli copy to browsers that accept it. Files under
 * assets/ carry a content hash in their name, so they are cached for a year without asking again;
 * everything else (the page, the service worker, the manifest) is revalidated on every visit.
 * README gives the same rules for other static servers.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Worth compressing: text. PMTiles archives are read by byte ranges and their tiles are compressed already. */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Below this, the headers outweigh what compression saves. */
const MIN_BYTES = 1024;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file of the build. */
export function precompress(outDir: string): number {
  let count = 0;
  for (const path of walk(outDir)) {
    if (!(extname(path) in CONTENT_TYPES)) continue;
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) continue;
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  return count;
}

function accepts(header: string | undefined, encoding: string): boolean {
  return (header ?? '').split(',').some((part) => part.trim().split(';')[0] === encoding);
}

/** A compressed copy is served only while it is at least as new as its source: a file replaced
 *  after the build (a hot fix, a re-published worker) is never hidden by its stale copy. */
function freshCopy(file: string, encoded: string): boolean {
  return existsSync(encoded) && existsSync(file) && statSync(encoded).mtimeMs >= statSync(file).mtimeMs;
}

export function deliveryPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'atlas-delivery',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // After the service worker is written, so it is compressed with the rest.
      order: 'post',
      sequential: true,
      handler() {
        if (existsSync(outDir)) precompress(outDir);
      },
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const pathname = decodeURIComponent((req.url ?? '/').split('?')[0]);
        const file = resolve(root, `.${pathname}`);
        if (!file.startsWith(root + sep)) return next();
        const hashed = relative(root, file).startsWith(`assets${sep}`);
        res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
        const type = CONTENT_TYPES[extname(file)];
        const encoded = `${file}.br`;
        if (
          !type ||
          req.headers.range ||
          !accepts(req.headers['accept-encoding'], 'br') ||
          !freshCopy(file, encoded)
        )
          return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', String(statSync(encoded).size));
        if (req.method === 'HEAD') return res.end();
        createReadStream(encoded).pipe(res);
      });
    },
  };
}
