// How `npm start` hands the built atlas to a browser: brotli copies made at build time, hashed
// assets cached for a year, the page itself revalidated on every visit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type AtlasServer } from './harness';

const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
let server: AtlasServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** A raw HTTP exchange, so the bytes on the wire are seen before any decoding. */
async function get(path: string, headers: Record<string, string>) {
  const { request } = await import('node:http');
  const url = new URL(path, server.url);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolvePromise, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

test('the MapLibre chunk goes out as brotli made at build time, cached for a year', async () => {
  const name = readdirSync(join(distDir, 'assets')).find((f) => /^maplibre-[^.]+\.js$/.test(f))!;
  const original = readFileSync(join(distDir, 'assets', name));
  const response = await get(`assets/${name}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(response.status).toBe(200);
  expect(response.headers['content-encoding']).toBe('br');
  expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  // Smaller than the gzip a server makes on the fly at its default level, and the same bytes once decoded.
  expect(response.body.length).toBeLessThan(original.length * 0.25);
  expect(brotliDecompressSync(response.body).equals(original)).toBe(true);
});

test('a browser without brotli still gets the file; the page and its worker are revalidated', async () => {
  const name = readdirSync(join(distDir, 'assets')).find((f) => f.endsWith('.geojson'))!;
  const plain = await get(`assets/${name}`, {});
  expect(plain.status).toBe(200);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(readFileSync(join(distDir, 'assets', name)))).toBe(true);
  for (const path of ['', 'sw.js', 'manifest.webmanifest']) {
    const response = await get(path, { 'Accept-Encoding': 'br' });
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toBe('no-cache');
  }
});
