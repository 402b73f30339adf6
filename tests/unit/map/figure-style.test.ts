// The map marks the places of a selected figure through feature-state 'figure'.
import { describe, expect, it } from 'vitest';
import { Color, expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import { groupLayers } from '../../../src/lib/map/style/places';
import { palette } from '../../../src/lib/map/style/palette';

/** Evaluates one paint property of a layer for a feature with the given feature-state. */
function paintValue(
  layer: LayerSpecification,
  property: string,
  state: Record<string, boolean>,
  type: string,
) {
  const value = (layer.paint as Record<string, unknown>)[property];
  const spec = {
    type,
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] },
  } as unknown as StylePropertySpecification;
  const compiled = expression.createExpression(value, property, spec);
  if (compiled.result !== 'success') throw new Error(`${layer.id} ${property} does not compile`);
  return compiled.value.evaluate(
    { zoom: 12 },
    { type: 'Point', properties: { status: 'completed' } } as never,
    state,
  );
}

describe('places tied to the selected figure', () => {
  const layers = groupLayers(LAYER_GROUPS[0], 'zh');
  const layer = (role: string) => layers.find((l) => l.id === `${LAYER_GROUPS[0].id}-${role}`)!;

  it('ring points in the figure colour, and only when marked', () => {
    const ring = layer('point-highlight');
    // Unmarked, the ring is fully transparent: it is not drawn at all.
    expect((paintValue(ring, 'circle-stroke-color', {}, 'color') as Color).a).toBe(0);
    expect(paintValue(ring, 'circle-stroke-color', { figure: true }, 'color')).toEqual(
      Color.parse(palette.figureMark),
    );
    // Selection still wins over the figure mark, so the selected place stays recognisable.
    expect(paintValue(ring, 'circle-stroke-color', { figure: true, selected: true }, 'color')).toEqual(
      Color.parse(palette.selectionOutline),
    );
  });

  it('outline areas in the figure colour and fill them more strongly', () => {
    const outline = layer('area-outline');
    const plain = paintValue(outline, 'line-width', {}, 'number') as number;
    expect(paintValue(outline, 'line-width', { figure: true }, 'number')).toBeGreaterThan(plain);
    const fill = layer('area-fill');
    // Transparency is carried by the colour's alpha (one GPU program per layer type, style/programs.ts).
    expect((paintValue(fill, 'fill-color', { figure: true }, 'color') as Color).a).toBeGreaterThan(
      (paintValue(fill, 'fill-color', {}, 'color') as Color).a,
    );
    expect(JSON.stringify(outline.paint)).toContain(palette.figureMark);
  });

  it('casing lines in the figure colour', () => {
    expect(JSON.stringify(layer('line-casing').paint)).toContain(palette.figureMark);
  });
});
