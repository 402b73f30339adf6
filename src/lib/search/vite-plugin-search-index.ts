/**
 * Build-time pinyin for search. pinyin-pro's dictionary is far too large to send to a phone, and
 * the catalogue's names are known when the atlas is built, so this Vite plugin reads the
 * catalogue files in Node, asks pinyin-pro for the pinyin of every name, alias, town and figure
 * label (in context, so 长荡湖 reads chang and 重 reads by its word), and serves the result as the
 * virtual module `virtual:atlas-pinyin`. Only the lazily loaded search chunk imports it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Plugin } from 'vite';
import type { Metric, PlaceFeature } from '../catalog/types';
import { textsForPinyin, type PinyinTable } from './build-index.ts';
import { parseTowns } from './towns.ts';

export const PINYIN_MODULE_ID = 'virtual:atlas-pinyin';
const RESOLVED_ID = `\0${PINYIN_MODULE_ID}`;

/** The catalogue files whose names are searchable, relative to the repository root. */
export function catalogueFiles(root: string): { layers: string[]; towns: string; metrics: string } {
  const layerDir = join(root, 'geo', 'layers');
  const layers = readdirSync(layerDir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => join(layerDir, f));
  return {
    layers,
    towns: join(root, 'geo', 'basemap', 'towns.geojson'),
    metrics: join(root, 'data', 'metrics.json'),
  };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Reads the catalogue's searchable texts from disk, as the browser will see them. */
export function readCatalogueTexts(root: string): string[] {
  const files = catalogueFiles(root);
  const places = files.layers.flatMap(
    (f) => ((readJson(f) as { features?: PlaceFeature[] }).features ?? []) as PlaceFeature[],
  );
  const towns = parseTowns(readJson(files.towns));
  const metrics = readJson(files.metrics) as Metric[];
  return textsForPinyin({ places, towns, metrics: Array.isArray(metrics) ? metrics : [] });
}

/** Pinyin of each code point of each text, without tones, ü written v; '' for non-Han. */
export function buildPinyinTable(texts: Iterable<string>): PinyinTable {
  const table: Record<string, string[]> = {};
  for (const text of texts) {
    table[text] = pinyin(text, { type: 'all', toneType: 'none', v: true }).map((c) =>
      c.isZh ? c.pinyin.toLowerCase() : '',
    );
  }
  return table;
}

export function searchIndexPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-search-index',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === PINYIN_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = catalogueFiles(root);
      // Rebuild the table in dev when a name changes.
      for (const f of [...files.layers, files.towns, files.metrics]) this.addWatchFile(f);
      return `export default ${JSON.stringify(buildPinyinTable(readCatalogueTexts(root)))};`;
    },
  };
}
