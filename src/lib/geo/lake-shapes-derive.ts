/**
 * What the page needs of the basemap's lakes besides drawing them, worked out by the build (Node)
 * from geo/basemap/lakes.geojson, so that the page fetches and parses that file once (as the map's
 * source of the outlines) instead of three times: the outlines simplified by about 200 m
 * (AREA_TOLERANCE_DEG), with their bounds.
 * - The map writes each lake's name from them (a source cut into one tile, so that a name is not
 *   repeated at every tile's edge); MapLibre places it at the outline's pole of inaccessibility in
 *   that tile, which the simplification moves by about a pixel.
 * - The off-map pin keeps clear of them. The outlines themselves are `approximate` (GSHHG, ≈1 km);
 *   the simplified ones keep each lake's water area to within 1 % (tests/unit/geo/lake-shapes.test.ts)
 *   in a sixth of the file's size.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bbox, simplify } from '@turf/turf';
import type { LakeShape, LakeShapes } from './lake-shapes.ts';

/** About 200 m at the district's latitude: below the outlines' own precision (≈1 km). */
export const AREA_TOLERANCE_DEG = 0.002;
/** Coordinates are kept to 1e-5° (about a metre): finer digits only make the file larger. */
const round = (p: Position): Position => p.map((v) => Math.round(v * 1e5) / 1e5);

/** The properties the map's lake names read (labelField) and its filters test (`id`). */
const KEPT_PROPERTIES = ['id', 'name_zh', 'name_en'] as const;

function isArea(f: Feature): f is Feature<Polygon | MultiPolygon> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/** The lakes' polygons simplified, with their bounds and the properties the page reads (other geometries are left out). */
export function lakeShapes(lakes: FeatureCollection): LakeShapes {
  const features = lakes.features.filter(isArea).map((f): LakeShape => {
    const simple = simplify(f, { tolerance: AREA_TOLERANCE_DEG, highQuality: true }).geometry;
    const geometry: Polygon | MultiPolygon =
      simple.type === 'Polygon'
        ? { type: 'Polygon', coordinates: simple.coordinates.map((r) => r.map(round)) }
        : { type: 'MultiPolygon', coordinates: simple.coordinates.map((p) => p.map((r) => r.map(round))) };
    const properties = Object.fromEntries(
      KEPT_PROPERTIES.filter((k) => f.properties?.[k] !== undefined).map((k) => [k, f.properties![k]]),
    );
    return { type: 'Feature', bbox: bbox(geometry) as LakeShape['bbox'], properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
