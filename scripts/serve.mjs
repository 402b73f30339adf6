// Serves the built atlas (dist/) on http://localhost:$PORT (default 5173). HOST=0.0.0.0 serves
// it on the local network too, e.g. so phones in the room can open the tour's end-slide QR code.
// Vite's preview server runs in this process, so Ctrl-C or killing this pid stops it; a
// spawned `vite preview` would survive the kill of its parent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST || 'localhost';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error('serve: dist/index.html is missing; build first with `npm run build` (or use `npm start`).');
  process.exit(1);
}

try {
  // The project's vite.config.ts is loaded too, so its base path and preview headers apply.
  const server = await preview({
    root: repoRoot,
    preview: { port, strictPort: true, host, open: false },
  });
  console.log(`Wujin Report Atlas: ${server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`}`);
  for (const url of server.resolvedUrls?.network ?? []) console.log(`  on the network: ${url}`);
  console.log('Press Ctrl-C to stop.');
} catch (err) {
  console.error(`serve: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
