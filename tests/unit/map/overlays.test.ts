import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { OVERLAY_SOURCE_IDS, overlayLayers, overlaySources } from '../../../src/lib/map/style/overlays';
import { palette } from '../../../src/lib/map/style/palette';

const style = (textScale = 1): StyleSpecification => ({
  version: 8,
  sources: overlaySources(),
  layers: overlayLayers(textScale),
});

describe('overlay style (search pin, near-me ring)', () => {
  it.each([1, 2])('passes the MapLibre style validator at scale %i', (scale) => {
    const errors = validateStyleMin(style(scale)).filter((e) => !/glyphs/.test(e.message));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('names every layer <source>-<role> and uses only its own sources', () => {
    for (const layer of overlayLayers()) {
      expect('source' in layer && OVERLAY_SOURCE_IDS.includes(layer.source as never)).toBe(true);
      expect(layer.id.startsWith(`${(layer as { source: string }).source}-`)).toBe(true);
    }
  });

  it('uses only palette colours', () => {
    const colours = new Set<string>(Object.values(palette));
    const found = JSON.stringify(overlayLayers()).match(/#[0-9a-fA-F]{6}\b/g) ?? [];
    expect(found.length).toBeGreaterThan(3);
    for (const c of found) expect(colours.has(c)).toBe(true);
  });
});
