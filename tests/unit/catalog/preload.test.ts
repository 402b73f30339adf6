// The page asks for the catalogue's data files while its scripts download (preload hints).
import { describe, expect, it } from 'vitest';
import { preloadCataloguePlugin } from '../../../src/lib/catalog/vite-plugin-preload';
import { CATALOGUE_FILES } from '../../../src/lib/catalog/vite-plugin-validate';

type Tag = { tag: string; attrs: Record<string, string> };

function run(bundle: Record<string, unknown>): { tags: Tag[]; warnings: string[] } {
  const warnings: string[] = [];
  const hook = preloadCataloguePlugin().transformIndexHtml as {
    handler: (this: unknown, html: string, ctx: { bundle: unknown }) => Tag[];
  };
  const tags = hook.handler.call({ warn: (m: string) => warnings.push(m) }, '', { bundle });
  return { tags, warnings };
}

const asset = (original: string, fileName: string) => ({
  type: 'asset',
  originalFileNames: [original],
  fileName,
});

describe('catalogue preload hints', () => {
  it('lists every catalogue file once, as a CORS fetch that load.ts can reuse', () => {
    const bundle: Record<string, unknown> = Object.fromEntries(
      CATALOGUE_FILES.map((name, i) => [`a${i}`, asset(name, `assets/f${i}.data`)]),
    );
    bundle.other = asset('geo/basemap/lakes.geojson', 'assets/lakes.geojson');
    bundle.code = { type: 'chunk', fileName: 'assets/index.js' };
    const { tags, warnings } = run(bundle);
    expect(warnings).toEqual([]);
    expect(tags).toHaveLength(CATALOGUE_FILES.length);
    for (const tag of tags) {
      expect(tag.tag).toBe('link');
      expect(tag.attrs).toMatchObject({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous' });
    }
    expect(tags.map((t) => t.attrs.href)).not.toContain('./assets/lakes.geojson');
  });

  it('warns when a catalogue file is missing from the build', () => {
    const { tags, warnings } = run({ a: asset(CATALOGUE_FILES[0]!, 'assets/one.geojson') });
    expect(tags).toHaveLength(1);
    expect(warnings[0]).toMatch(/found 1 of/);
  });
});
