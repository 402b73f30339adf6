// The map marks the places of a selected figure: areas and lines through feature-state 'figure',
// points by a ring around their marker (place-rings.ts).
import { describe, expect, it } from 'vitest';
import { Color, expression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import { groupLayers } from '../../../src/lib/map/style/places';
import { palette } from '../../../src/lib/map/style/palette';
import { PlaceLayers } from '../../../src/lib/map/place-layers';
import { styleImageData } from '../../../src/lib/map/style/markers';
import type { GroupId } from '../../../src/lib/catalog/types';
import { withFakeCanvas } from './fake-canvas';
import { points } from './point-features';

const emptyGroups = Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, points()])) as Record<
  GroupId,
  FeatureCollection
>;

/** The colours a ring's image outlines itself in (markers.ts ringImageData). */
function ringStrokes(kind: string): string[] {
  const { drawn } = withFakeCanvas(() => styleImageData(`ring-${kind}`, 1));
  return drawn.filter((d) => d.op === 'stroke').map((d) => d.style);
}

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
    const marks = new PlaceLayers(
      { ...emptyGroups, water: points('taihu', 'gehu') },
      LAYER_GROUPS.map((g) => g.id),
      null,
    );
    // Unmarked, a point has no ring at all.
    expect(marks.ringMarks()).toEqual([]);
    marks.setFigurePlaces(['taihu']);
    expect(marks.ringMarks()).toEqual([{ id: 'taihu', kind: 'figure' }]);
    expect(ringStrokes('figure')).toEqual([palette.figureMark]);
    // Selection still wins over the figure mark, so the selected place stays recognisable.
    marks.setSelected('taihu');
    expect(marks.ringMarks()).toEqual([{ id: 'taihu', kind: 'selected-figure' }]);
    expect(ringStrokes('selected-figure')).toEqual([palette.selectionOutline]);
    // Hover marks only what is neither selected nor marked.
    marks.setHovered('taihu');
    expect(marks.ringMarks()).toEqual([{ id: 'taihu', kind: 'selected-figure' }]);
    marks.setHovered('gehu');
    expect(marks.ringMarks()).toEqual([
      { id: 'taihu', kind: 'selected-figure' },
      { id: 'gehu', kind: 'hover' },
    ]);
    marks.setFigurePlaces([]);
    marks.setSelected(null);
    marks.setHovered(null);
    expect(marks.ringMarks()).toEqual([]);
  });

  it('ring only the places shown', () => {
    const marks = new PlaceLayers({ ...emptyGroups, water: points('taihu') }, ['industry'], null);
    marks.setFigurePlaces(['taihu']);
    expect(marks.ringMarks()).toEqual([]);
    marks.setVisibleGroups(['water']);
    expect(marks.ringMarks()).toEqual([{ id: 'taihu', kind: 'figure' }]);
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
