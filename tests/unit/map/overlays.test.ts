import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { OVERLAY_SOURCE_IDS, overlayLayers, overlaySources } from '../../../src/lib/map/style/overlays';
import { userLayerSpecs, userSourceId } from '../../../src/lib/map/style/user-layers-style';
import { palette } from '../../../src/lib/map/style/palette';
import { landUseStyle } from './user-layer-styles';

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

describe("the planner's layers' style", () => {
  const categorised = (scale: number) => userLayerSpecs('plots', landUseStyle({ labelled: false }), scale, 3);

  it.each([1, 2])('passes the MapLibre style validator at scale %i, named <role>:<layer>', (scale) => {
    const spec: StyleSpecification = {
      version: 8,
      sources: {
        [userSourceId('plots')]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      },
      layers: categorised(scale),
    };
    const errors = validateStyleMin(spec).filter((e) => !/glyphs/.test(e.message));
    expect(errors.map((e) => e.message)).toEqual([]);
    for (const layer of categorised(scale)) {
      expect(layer.id.endsWith(':plots')).toBe(true);
      expect((layer as { source: string }).source).toBe('user:plots');
    }
  });

  it('uses only palette colours, and hides the names of a layer too large for them', () => {
    const colours = new Set<string>(Object.values(palette));
    const text = JSON.stringify(categorised(1));
    for (const c of text.match(/#[0-9a-fA-F]{6}\b/g) ?? []) expect(colours.has(c)).toBe(true);
    const labels = categorised(1).filter((l) => l.type === 'symbol');
    expect(labels.map((l) => l.layout?.visibility)).toEqual(['none', 'none']);
    expect(text).toContain('attr:用地性质');
    expect(text).toContain('attr:名称');
  });
});
