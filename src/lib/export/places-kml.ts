/**
 * The listed places as KML for Google Earth and 奥维互动地图: each a Placemark named in the page's
 * language, with its record (both names, theme, status, distance …) as ExtendedData.
 */
import { toKML } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature } from '../catalog/types';
import { nameOf } from '../i18n/lang';
import { placeRecord, type RecordContext } from './places-records';

export function placesKml(
  places: readonly PlaceFeature[],
  ctx: RecordContext,
  distancesM?: ReadonlyMap<string, number>,
): string {
  const features: Feature<Geometry | null>[] = places.map((place) => ({
    type: 'Feature',
    geometry: place.geometry,
    properties: { name: nameOf(place.properties, ctx.lang), ...placeRecord(place, ctx, distancesM) },
  }));
  const collection: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
  return toKML(collection);
}
