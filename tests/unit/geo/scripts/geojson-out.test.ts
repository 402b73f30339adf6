/**
 * The fixed normalisation every basemap file goes through before it is written.
 */
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { normaliseGeometry, roundCoord } from '../../../../geo/scripts/basemap/geojson-out.mjs';
import { countPositions, makeFeature } from '../../../../geo/scripts/basemap/geojson-out.mjs';
import { boxRing, path } from '../shapes';

describe('normaliseGeometry', () => {
  it('rounds to 5 decimals', () => {
    expect(roundCoord(119.123456789)).toBe(119.12346);
    expect(Object.is(roundCoord(-0.000001), 0)).toBe(true);
  });

  it('winds exteriors counter-clockwise and holes clockwise, whatever the input', () => {
    const cwExterior = path('0 0, 0 4, 4 4, 4 0, 0 0');
    const ccwHole = boxRing(1, 1, 2, 2);
    const g = normaliseGeometry({ type: 'Polygon', coordinates: [cwExterior, ccwHole] }) as Polygon;
    expect(turf.booleanClockwise(g.coordinates[0])).toBe(false);
    expect(turf.booleanClockwise(g.coordinates[1])).toBe(true);
  });

  it('closes rings and drops positions that rounding made repeats', () => {
    const g = normaliseGeometry({
      type: 'Polygon',
      coordinates: [path('0 0, 1 0, 1.000001 0.000001, 1 1, 0 1')],
    }) as Polygon;
    expect(g.coordinates[0]).toEqual(path('0 0, 1 0, 1 1, 0 1, 0 0'));
  });
});

describe('makeFeature', () => {
  it('puts the id at the top level and in the properties', () => {
    const f = makeFeature('gehu', { name_zh: '滆湖' }, { type: 'Point', coordinates: [119.8, 31.58] });
    expect(f.id).toBe('gehu');
    expect(f.properties).toEqual({ id: 'gehu', name_zh: '滆湖' });
    expect(countPositions(f.geometry)).toBe(1);
  });
});
