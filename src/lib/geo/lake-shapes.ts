/**
 * The basemap's lakes as the catalogue artifact carries them: their outlines simplified by the
 * build (lake-shapes-derive.ts), each with its bounds (GeoJSON's own `bbox` member) and only the
 * properties the page reads (`id`, `name_zh`, `name_en`). The map writes the lakes' names from them
 * and the off-map pin keeps clear of them, so the page reads geo/basemap/lakes.geojson only once,
 * as the map's source of the outlines it draws. Kept apart from the derivation so that the page's
 * code does not include Turf's simplification; the artifact's reader (catalog/artifact.ts) checks
 * their shape.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type LakeShape = Feature<Polygon | MultiPolygon> & { bbox: [number, number, number, number] };

export interface LakeShapes extends FeatureCollection<Polygon | MultiPolygon> {
  features: LakeShape[];
}
