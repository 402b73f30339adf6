/**
 * Which of the planner's features a map feature is: its layer (from its source, `user:<layer id>`)
 * and its index in the file. Small and loaded with the map: a click asks it of whatever it hits.
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { USER_INDEX_PROP } from '../geo/user-map-props';
import { USER_SOURCE_PREFIX } from './style/user-source';

/** A feature of one of the planner's layers: the layer and the feature's index in its file. */
export interface UserFeatureRef {
  layerId: string;
  index: number;
}

/** The planner's feature a map feature is, or null for anything else. */
export function userFeatureOf(
  f: Pick<MapGeoJSONFeature, 'source' | 'properties'> | undefined,
): UserFeatureRef | null {
  if (!f || !f.source.startsWith(USER_SOURCE_PREFIX)) return null;
  const index = Number(f.properties[USER_INDEX_PROP]);
  return Number.isInteger(index) ? { layerId: f.source.slice(USER_SOURCE_PREFIX.length), index } : null;
}
