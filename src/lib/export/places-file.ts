/**
 * The listed places as a file in the format a planner chose: CSV (UTF-8 with the byte-order mark
 * Excel needs), GeoJSON, KML or a zipped Shapefile, each with a distance column when the places
 * were selected by distance. Each format's writer loads only when that format is chosen.
 */
import type { PlaceFeature } from '../catalog/types';
import { placesFileName } from './places-data';
import type { RecordContext } from './places-records';

export type PlacesFormat = 'csv' | 'geojson' | 'kml' | 'shp';

/** The formats offered, in the order they are listed, with the name a planner knows them by. */
export const PLACES_FORMATS: readonly { format: PlacesFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'geojson', label: 'GeoJSON' },
  { format: 'kml', label: 'KML' },
  { format: 'shp', label: 'Shapefile' },
];

export interface PlacesFile {
  blob: Blob;
  name: string;
}

/** `kind`: the whole list, near me's, or a selection by location (it names the file). */
export async function placesFile(
  format: PlacesFormat,
  places: readonly PlaceFeature[],
  ctx: RecordContext,
  kind: 'places' | 'near' | 'selection',
  distancesM?: ReadonlyMap<string, number>,
): Promise<PlacesFile> {
  const date = new Date();
  switch (format) {
    case 'csv': {
      const { placesCsv } = await import('./places-data');
      return {
        blob: new Blob([placesCsv(places, ctx, distancesM)], { type: 'text/csv;charset=utf-8' }),
        name: placesFileName(date, 'csv', kind),
      };
    }
    case 'geojson': {
      const { placesGeoJson } = await import('./places-data');
      return {
        blob: new Blob([placesGeoJson(places, ctx, distancesM)], { type: 'application/geo+json' }),
        name: placesFileName(date, 'geojson', kind),
      };
    }
    case 'kml': {
      const { placesKml } = await import('./places-kml');
      return {
        blob: new Blob([placesKml(places, ctx, distancesM)], {
          type: 'application/vnd.google-earth.kml+xml',
        }),
        name: placesFileName(date, 'kml', kind),
      };
    }
    case 'shp': {
      const { placesShapefile } = await import('./places-shapefile');
      const name = placesFileName(date, 'zip', kind);
      const bytes = placesShapefile(places, ctx, name.replace(/\.zip$/, ''), distancesM);
      return { blob: new Blob([bytes as BlobPart], { type: 'application/zip' }), name };
    }
  }
}
