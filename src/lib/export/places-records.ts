/**
 * The listed places as flat records with short ASCII field names, for the formats whose tables
 * want them (a Shapefile's .dbf allows 10 characters per name; KML's ExtendedData): names in both
 * languages, the labels in the page's language, and the distance when selected by distance.
 */
import type { GroupId, PlaceFeature } from '../catalog/types';
import type { Lang } from '../i18n/lang';
import { readerFields, representativePoint } from './places-data';

export interface PlaceRecord {
  id: string;
  name_zh: string;
  name_en: string;
  theme: string;
  category: string;
  status: string;
  year: number;
  town: string;
  lon: number | '';
  lat: number | '';
  precision: string;
  prec_m: number;
  source: string;
  /** Whole metres from what the selection was measured from (only in a selection by distance). */
  distance_m?: number;
}

export interface RecordContext {
  groupOf: (id: string) => GroupId;
  townName: (id: string, lang: Lang) => string | undefined;
  lang: Lang;
}

export function placeRecord(
  place: PlaceFeature,
  ctx: RecordContext,
  distancesM?: ReadonlyMap<string, number>,
): PlaceRecord {
  const p = place.properties;
  const labels = readerFields(place, ctx.groupOf(p.id), ctx.lang);
  const point = representativePoint(place);
  const distanceM = distancesM?.get(p.id);
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    theme: labels.theme_label,
    category: labels.category_label,
    status: labels.status_label,
    year: p.status_year,
    town: (p.town && ctx.townName(p.town, ctx.lang)) || '',
    lon: point?.[0] ?? '',
    lat: point?.[1] ?? '',
    precision: labels.precision_label,
    prec_m: p.precision_m,
    source: labels.source_label,
    ...(distancesM ? { distance_m: distanceM === undefined ? 0 : Math.round(distanceM) } : {}),
  };
}
