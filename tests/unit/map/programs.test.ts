// Every layer of a type paints with the same mix of constant, per-feature and per-feature-and-zoom
// properties, so MapLibre compiles one GPU program per type (style/programs.ts explains why).
import { describe, expect, it } from 'vitest';
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { byZoom, perFeature, withAlpha } from '../../../src/lib/map/style/programs';
import { userLayerSpecs } from '../../../src/lib/map/style/user-layers-style';
import { palette } from '../../../src/lib/map/style/palette';
import { fullStyle, styleWithStreets } from './full-style';
import { landUseStyle, plainStyle } from './user-layer-styles';

type Kind = 'constant' | 'source' | 'camera' | 'composite';

/** How MapLibre binds a paint value: u_ (uniform: constant or zoom only), a_ (per feature), z_ (per feature and zoom). */
function binding(value: unknown, spec: StylePropertySpecification): string {
  // A plain value (a number, a colour, a dash array) is a constant.
  if (value === undefined || !expression.isExpression(value)) return 'u';
  const parsed = expression.createPropertyExpression(value, 'paint', spec as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const kind = (parsed.value as { kind: Kind }).kind;
  return kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u';
}

/** The part of MapLibre's program cache key that comes from a layer's paint properties. */
function programKey(layer: LayerSpecification, prefix?: string): string {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ]!;
  const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
  return Object.entries(specs)
    .filter(([name, spec]) => {
      const type = (spec as { 'property-type'?: string })['property-type'];
      return (
        (type === 'data-driven' || type === 'cross-faded-data-driven') && (!prefix || name.startsWith(prefix))
      );
    })
    .map(([name, spec]) => `${binding(paint[name], spec)}_${name}`)
    .sort()
    .join('/');
}

function keysByType(layers: LayerSpecification[]): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  const add = (type: string, key: string) => keys.set(type, (keys.get(type) ?? new Set()).add(key));
  for (const layer of layers) {
    if (layer.type === 'symbol') {
      const layout = layer.layout ?? {};
      if ('text-field' in layout) add('symbol-text', programKey(layer, 'text-'));
      if ('icon-image' in layout) add('symbol-icon', programKey(layer, 'icon-'));
    } else add(layer.type, programKey(layer));
  }
  return keys;
}

/** Every kind of layer among `layers` has one program key, whatever its paint says. */
function expectOneProgramPerType(layers: LayerSpecification[]): void {
  const keys = keysByType(layers);
  for (const type of ['fill', 'line', 'circle', 'symbol-text', 'symbol-icon'])
    expect([...(keys.get(type) ?? [])], type).toHaveLength(1);
}

describe('one GPU program per layer type', () => {
  it.each([
    ['zh', 1],
    ['en', 2],
  ] as const)('holds for the whole style (%s, scale %i)', (lang, scale) => {
    expectOneProgramPerType(fullStyle(lang, scale).layers);
    // An anti-aliased fill draws its edge with a second program; every area has an outline layer.
    for (const layer of fullStyle(lang, scale).layers.filter((l) => l.type === 'fill'))
      expect(layer.paint?.['fill-antialias' as never], layer.id).toBe(false);
  });

  it("holds with the planner's layers drawn too, in one colour or coloured by an attribute", () => {
    const layers = [
      ...fullStyle('zh', 1).layers,
      ...userLayerSpecs('a', plainStyle()),
      ...userLayerSpecs('b', landUseStyle({ colour: palette.userDataWine, visible: false })),
    ];
    expectOneProgramPerType(layers);
  });

  it.each([
    ['zh', 1],
    ['en', 2],
  ] as const)('holds with the streets extract drawn too (%s, scale %i)', (lang, scale) => {
    expectOneProgramPerType(styleWithStreets(lang, scale).layers);
  });

  it('is a real check: a constant colour beside a per-feature one makes a second program', () => {
    const line = (color: unknown): LayerSpecification =>
      ({
        id: String(color),
        type: 'line',
        source: 's',
        paint: { 'line-color': color },
      }) as LayerSpecification;
    expect(keysByType([line('#000000'), line(['get', 'c'])]).get('line')?.size).toBe(2);
    expect(keysByType([line(perFeature('#000000')), line(['get', 'c'])]).get('line')?.size).toBe(1);
  });
});

describe('program helpers', () => {
  it('perFeature keeps the value for every feature', () => {
    const compiled = expression.createExpression(perFeature(3), 'x', {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    } as never);
    if (compiled.result !== 'success') throw new Error('does not compile');
    for (const properties of [{}, { id: 'a' }])
      expect(compiled.value.evaluate({ zoom: 9 }, { type: 'Point', properties } as never)).toBe(3);
  });

  it('byZoom interpolates its stops, and one stop means every zoom', () => {
    const spec = latest.paint_line['line-width'] as unknown as StylePropertySpecification;
    const evaluate = (value: unknown, zoom: number) => {
      const parsed = expression.createPropertyExpression(value, 'paint', spec as never);
      if (parsed.result !== 'success') throw new Error('does not compile');
      return (parsed.value as { evaluate: (g: object, f: object) => number }).evaluate(
        { zoom },
        { type: 'LineString', properties: {} },
      );
    };
    expect(evaluate(byZoom([8, 1], [12, 3]), 10)).toBeCloseTo(2);
    expect(evaluate(byZoom([0, 6]), 3)).toBe(6);
    expect(evaluate(byZoom([0, 6]), 17)).toBe(6);
  });

  it('withAlpha reads #rrggbb and refuses anything else', () => {
    expect(withAlpha('#1f78b4', 0.25)).toBe('rgba(31, 120, 180, 0.25)');
    expect(() => withAlpha('blue', 1)).toThrow(/#rrggbb/);
  });
});
