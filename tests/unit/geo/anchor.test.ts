// The point that stands for a shape follows Turf's pointOnFeature, the oracle here: for every
// place of the catalogue and for shapes where the centre of the bounds falls off the shape.
import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../../src/lib/geo/anchor';
import { boxRing, feature, lineString, polygon } from './shapes';

const LAYERS = ['industry', 'innovation', 'livelihood', 'transport', 'urban', 'water'];

const geometries: [string, Geometry][] = LAYERS.flatMap((layer) => {
  const fc = JSON.parse(readFileSync(`geo/layers/${layer}.geojson`, 'utf8')) as FeatureCollection;
  return fc.features.flatMap((f) =>
    f.geometry ? [[String(f.properties?.id), f.geometry] as [string, Geometry]] : [],
  );
});

const turfAnchor = (g: Geometry): number[] => pointOnFeature(feature(g)).geometry.coordinates;

describe('anchorOf', () => {
  it("agrees with Turf's pointOnFeature for every located place", () => {
    expect(geometries.length).toBeGreaterThan(50);
    expect(geometries.some(([, g]) => g.type === 'Polygon' || g.type === 'MultiPolygon')).toBe(true);
    for (const [id, g] of geometries) expect(anchorOf(g), id).toEqual(turfAnchor(g));
  });

  it('takes the nearest vertex when the centre of the bounds is off the shape', () => {
    // An L: the box's centre (1, 1) lies in the missing quarter.
    const ell = polygon([0, 0], [2, 0], [2, 0.5], [0.5, 0.5], [0.5, 2], [0, 2], [0, 0]);
    // A ring with a hole round the centre.
    const ring = {
      type: 'Polygon' as const,
      coordinates: [boxRing(0, 0, 4, 4), boxRing(1, 1, 3, 3).reverse()],
    };
    const bent = lineString([0, 0], [1, 2], [2, 0]);
    for (const g of [ell, ring, bent, polygon(...boxRing(0, 0, 2, 2))])
      expect(anchorOf(g)).toEqual(turfAnchor(g));
    expect(anchorOf(feature(ell))).toEqual(turfAnchor(ell));
  });
});
