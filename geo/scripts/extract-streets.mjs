// npm run geo:streets -- <source> [--out geo/streets/wujin.pmtiles] [--maxzoom 15]
//
// Extracts the Wujin box (119.4–120.6 E, 31.1–32.1 N) from a PMTiles archive in the Protomaps
// basemap schema — the https URL of a public planet build, or a local file — into
// geo/streets/wujin.pmtiles, which the atlas then serves and draws. Run once, with internet if the
// source is a URL; the atlas itself never fetches anything beyond its own origin.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStreets, WUJIN_STREETS_BBOX, WUJIN_STREETS_MAX_ZOOM } from './streets/extract.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const out = resolve(flag('--out') ?? `${repoRoot}/geo/streets/wujin.pmtiles`);
const maxZoom = Number(flag('--maxzoom') ?? WUJIN_STREETS_MAX_ZOOM);
const source = args[0];
if (!source || args.length > 1 || !Number.isInteger(maxZoom)) {
  console.error(
    'usage: npm run geo:streets -- <https URL or file of a PMTiles archive> [--out file] [--maxzoom 15]',
  );
  process.exit(1);
}

const started = Date.now();
try {
  const { bytes, tiles, header } = await extractStreets(source, {
    maxZoom,
    log: (line) => console.log(line),
  });
  if (header.tileType !== 1)
    console.warn('warning: the source does not hold vector (MVT) tiles; the atlas draws only those.');
  mkdirSync(dirname(out), { recursive: true });
  // Written beside the target and renamed, so a running atlas never sees half an archive.
  writeFileSync(`${out}.part`, bytes);
  renameSync(`${out}.part`, out);
  console.log(
    `${out}: ${tiles} tiles, zoom ${header.minZoom}–${Math.min(header.maxZoom, maxZoom)}, ` +
      `box ${WUJIN_STREETS_BBOX.join(', ')}, ${(bytes.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
} catch (err) {
  console.error(`geo:streets: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
