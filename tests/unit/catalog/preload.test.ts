// The page asks for the catalogue artifact while its scripts download (a preload hint).
import { describe, expect, it } from 'vitest';
import { preloadCataloguePlugin } from '../../../src/lib/catalog/vite-plugin-preload';

type Tag = { tag: string; attrs: Record<string, string> };

function run(bundle: Record<string, unknown>): { tags: Tag[]; warnings: string[] } {
  const warnings: string[] = [];
  const hook = preloadCataloguePlugin().transformIndexHtml as {
    handler: (this: unknown, html: string, ctx: { bundle: unknown }) => Tag[];
  };
  const tags = hook.handler.call({ warn: (m: string) => warnings.push(m) }, '', { bundle });
  return { tags, warnings };
}

const asset = (name: string, fileName: string) => ({ type: 'asset', names: [name], fileName });

describe('catalogue preload hint', () => {
  it('lists the artifact once, as a CORS fetch that load.ts can reuse, and nothing else', () => {
    const { tags, warnings } = run({
      a: asset('catalogue.json', 'assets/catalogue-abc123.json'),
      b: asset('lakes.geojson', 'assets/lakes-x.geojson'),
      code: { type: 'chunk', fileName: 'assets/index.js' },
    });
    expect(warnings).toEqual([]);
    expect(tags).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'preload',
          href: './assets/catalogue-abc123.json',
          as: 'fetch',
          crossorigin: 'anonymous',
        },
        injectTo: 'head',
      },
    ]);
  });

  it('warns when the build has no artifact', () => {
    const { tags, warnings } = run({ b: asset('lakes.geojson', 'assets/lakes-x.geojson') });
    expect(tags).toEqual([]);
    expect(warnings[0]).toMatch(/found 0 catalogue artifacts/);
  });
});
