import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import { fullStyle } from './full-style';
import { interactiveLayerIds } from '../../../src/lib/map/style/places';
import { offMapLayers } from '../../../src/lib/map/style/off-map';
import { palette } from '../../../src/lib/map/style/palette';
import { TRANSPARENT, withAlpha } from '../../../src/lib/map/style/programs';

describe('map style', () => {
  it.each(['zh', 'en'] as const)('passes the MapLibre style validator (%s)', (lang) => {
    const errors = validateStyleMin(fullStyle(lang)).filter(
      // The atlas deliberately has no glyphs URL: MapLibre then draws labels with local fonts.
      (e) => !/glyphs/.test(e.message),
    );
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('passes the validator at large-screen scale', () => {
    const errors = validateStyleMin(fullStyle('zh', 2)).filter((e) => !/glyphs/.test(e.message));
    expect(errors).toEqual([]);
  });

  it('has unique layer ids following <source>-<role>', () => {
    const layers = fullStyle('zh').layers;
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of layers) {
      if ('source' in layer && typeof layer.source === 'string')
        expect(layer.id.startsWith(`${layer.source}-`)).toBe(true);
    }
  });

  it('uses only palette colours', () => {
    const colours = new Set<string>(Object.values(palette));
    const json = JSON.stringify(fullStyle('zh').layers);
    const found = json.match(/#[0-9a-fA-F]{6}\b/g) ?? [];
    expect(found.length).toBeGreaterThan(10);
    for (const c of found) expect(colours.has(c)).toBe(true);
    // Translucent colours are palette colours with an alpha (withAlpha), or nothing at all.
    const rgbPalette = new Set([...colours].map((hex) => withAlpha(hex, 1).replace(/, 1\)$/, '')));
    const translucent = json.match(/rgba\([^)]*\)/g) ?? [];
    expect(translucent.length).toBeGreaterThan(5);
    for (const c of translucent) {
      if (c !== TRANSPARENT) expect(rgbPalette.has(c.replace(/, [\d.]+\)$/, ''))).toBe(true);
    }
  });

  it('labels in the chosen language', () => {
    const zh = JSON.stringify(fullStyle('zh').layers);
    const en = JSON.stringify(fullStyle('en').layers);
    expect(zh).not.toContain('name_en');
    expect(en).toContain('name_en');
  });

  it('makes every interactive layer exist for every group', () => {
    // The off-map pin's layers come with their code, once the style is loaded (map/off-map-slot.ts).
    const ids = new Set([
      ...fullStyle('zh').layers.map((l) => l.id),
      ...LAYER_GROUPS.flatMap((g) => offMapLayers(g, 'zh').map((l) => l.id)),
    ]);
    for (const g of LAYER_GROUPS)
      for (const id of interactiveLayerIds(g.id)) expect(ids.has(id), id).toBe(true);
  });

  it('draws the off-map pin’s layers from a source the style has, and they pass the validator', () => {
    const style = fullStyle('zh');
    const layers = LAYER_GROUPS.flatMap((g) => offMapLayers(g, 'en', 2));
    expect(style.sources['off-map']).toBeDefined();
    const errors = validateStyleMin({ ...style, layers: [...style.layers, ...layers] });
    expect(errors.filter((e) => !/glyphs/.test(e.message)).map((e) => e.message)).toEqual([]);
  });
});
