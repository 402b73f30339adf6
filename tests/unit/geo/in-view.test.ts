import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { featuresInView, meetsView } from '../../../src/lib/geo/in-view';
import { boxRing, lineString, path, polygon } from './shapes';

const f = (geometry: Geometry | null): Feature<Geometry | null> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

describe('features in a view', () => {
  const view: [number, number, number, number] = [119.8, 31.6, 120.0, 31.8];
  it('takes points inside, lines crossing, and areas covering the view', () => {
    expect(meetsView(f({ type: 'Point', coordinates: [119.9, 31.7] }), view)).toBe(true);
    expect(meetsView(f({ type: 'Point', coordinates: [120.1, 31.7] }), view)).toBe(false);
    expect(meetsView(f(lineString(...path('119.7 31.7, 120.1 31.7'))), view)).toBe(true);
    expect(meetsView(f(polygon(...boxRing(119.5, 31.5, 120.5, 32))), view)).toBe(true);
    expect(meetsView(f(null), view)).toBe(false);
  });

  it('leaves out a diagonal line whose box overlaps the view but which passes beside it', () => {
    // From south-west of the view's south-east corner to north-east of it: its box covers the corner.
    const line = f(lineString(...path('119.95 31.5, 120.2 31.65')));
    expect(meetsView(line, view)).toBe(false);
    expect(featuresInView([line, f({ type: 'Point', coordinates: [119.9, 31.7] })], view)).toHaveLength(1);
  });
});
