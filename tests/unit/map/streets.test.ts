// The streets extract's style and how a build announces the archive: the layers pass MapLibre's
// validator, keep to the palette and to one GPU program per layer type with the rest of the
// style, read Chinese names first, and the page learns of the archive only from its meta element.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { Window } from 'happy-dom';
import { palette } from '../../../src/lib/map/style/palette';
import { streetsLabelLayers, streetsShapeLayers, streetsSource } from '../../../src/lib/map/style/streets';
import { streetsArchiveUrl } from '../../../src/lib/map/streets-archive-meta';
import { streetsHref, withStreetsMeta } from '../../../src/lib/map/vite-plugin-streets';
import { styleWithStreets } from './full-style';

describe('streets style', () => {
  it.each(['zh', 'en'] as const)('passes the MapLibre style validator (%s)', (lang) => {
    const errors = validateStyleMin(styleWithStreets(lang)).filter((e) => !/glyphs/.test(e.message));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('goes under the report places and every label of the atlas', () => {
    const ids = styleWithStreets('zh').layers.map((l) => l.id);
    const lastStreetShape = Math.max(...streetsShapeLayers().map((l) => ids.indexOf(l.id)));
    expect(lastStreetShape).toBeLessThan(ids.indexOf('lakes-fill'));
    expect(lastStreetShape).toBeLessThan(ids.indexOf('water-area-fill'));
    for (const l of streetsLabelLayers('zh'))
      expect(ids.indexOf(l.id)).toBeLessThan(ids.indexOf('places-label'));
  });

  it('uses only palette colours and reads the source through pmtiles://', () => {
    const colours = new Set<string>(Object.values(palette));
    const json = JSON.stringify([...streetsShapeLayers(), ...streetsLabelLayers('zh')]);
    for (const c of json.match(/#[0-9a-fA-F]{6}\b/g) ?? []) expect(colours.has(c)).toBe(true);
    expect(json).not.toMatch(/rgba?\(/);
    const source = streetsSource('http://localhost:5173/streets/wujin.pmtiles?v=1');
    expect(source).toMatchObject({
      type: 'vector',
      url: 'pmtiles://http://localhost:5173/streets/wujin.pmtiles?v=1',
    });
    expect(JSON.stringify(source)).toContain('© OpenStreetMap contributors');
  });

  it('names roads in Chinese first, in English when asked, falling back to the local name', () => {
    const zh = JSON.stringify(streetsLabelLayers('zh'));
    expect(zh).not.toContain('name:en');
    expect(zh).toContain('name:zh');
    expect(JSON.stringify(streetsLabelLayers('en'))).toContain('name:en');
  });
});

describe('announcing the archive', () => {
  it('puts one meta element in the head, versioned by size and time', () => {
    const href = streetsHref(123_456, 1_700_000_000_000);
    expect(href).toMatch(/^\.\/streets\/wujin\.pmtiles\?v=[0-9a-z]+-[0-9a-z]+$/);
    expect(streetsHref(123_457, 1_700_000_000_000)).not.toBe(href);
    const html = withStreetsMeta('<html><head><title>x</title></head><body></body></html>', href);
    expect(html.match(/<meta name="atlas-streets"/g)).toHaveLength(1);
    expect(html.indexOf('atlas-streets')).toBeLessThan(html.indexOf('</head>'));
  });

  it('the page reads the archive address from it, and nothing without it', () => {
    const window = new Window({ url: 'http://localhost:5173/atlas/index.html' });
    const doc = window.document as unknown as Document;
    expect(streetsArchiveUrl(doc)).toBeNull();
    doc.head.innerHTML = '<meta name="atlas-streets" content="./streets/wujin.pmtiles?v=a-b">';
    expect(streetsArchiveUrl(doc)).toBe('http://localhost:5173/atlas/streets/wujin.pmtiles?v=a-b');
  });
});

describe('the service worker and the archive', () => {
  it('never precaches the archive: it is kept whole only after its first use', async () => {
    const { minimatch } = await import('minimatch');
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync(new URL('../../../src/lib/offline/vite-plugin-offline.ts', import.meta.url), 'utf8'),
    );
    const patterns = [...source.matchAll(/globPatterns:\s*\[([^\]]*)\]/g)].flatMap((m) =>
      [...m[1]!.matchAll(/'([^']+)'/g)].map((p) => p[1]!),
    );
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.some((pattern) => minimatch('index.html', pattern))).toBe(true);
    for (const pattern of patterns) {
      expect(minimatch('streets/wujin.pmtiles', pattern), pattern).toBe(false);
    }
  });
});
