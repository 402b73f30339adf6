/**
 * The listed places as data a planner can open elsewhere: CSV for spreadsheets (with the byte-order
 * mark Excel needs to read Chinese) and GeoJSON for GIS. Pure: the caller saves the text.
 */
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { groupById } from '../catalog/groups';
import { statusById } from '../catalog/status';
import type { GroupId, PlaceFeature } from '../catalog/types';
import { nameOf, sourceOf, type Lang } from '../i18n/lang';
import { categoryLabel, PRECISION_LABEL } from '../ui/labels';
import { localIsoDate } from './file-name';

export interface PlaceDataContext {
  groupOf: (id: string) => GroupId;
  /** The town's or 街道's name in the given language, when the place has one. */
  townName: (id: string, lang: Lang) => string | undefined;
  lang: Lang;
}

const HEADERS: Record<Lang, string[]> = {
  zh: [
    '编号',
    '名称',
    '英文名称',
    '主题',
    '类别',
    '进展',
    '年份',
    '镇/街道',
    '经度',
    '纬度',
    '位置精度',
    '误差（米）',
    '报告原文',
    '几何来源',
  ],
  en: [
    'id',
    'name_zh',
    'name_en',
    'theme',
    'category',
    'status',
    'year',
    'town',
    'lon',
    'lat',
    'precision',
    'precision_m',
    'report_quote',
    'geometry_source',
  ],
};

/** A point that lies on the place (its own position for a point): where a spreadsheet can pin it. */
export function representativePoint(place: PlaceFeature): [number, number] | null {
  const g = place.geometry;
  if (!g || place.properties.unlocated) return null;
  const [lon, lat] =
    g.type === 'Point'
      ? g.coordinates
      : pointOnFeature(place as Parameters<typeof pointOnFeature>[0]).geometry.coordinates;
  return [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
}

function distanceCell(distanceM: number | undefined): number | undefined {
  return distanceM === undefined ? undefined : Math.round(distanceM);
}

/** RFC 4180 quoting; a cell that a spreadsheet would read as a formula is kept as text. */
function cell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The last column of a selection by distance: metres from where it was measured. */
const DISTANCE_HEADER: Record<Lang, string> = { zh: '距离（米）', en: 'distance_m' };

/**
 * The places as CSV; with `distancesM` (a selection by distance), a last column gives each place's
 * distance in whole metres.
 */
export function placesCsv(
  places: readonly PlaceFeature[],
  ctx: PlaceDataContext,
  distancesM?: ReadonlyMap<string, number>,
): string {
  const { lang } = ctx;
  const rows = places.map((place) => {
    const p = place.properties;
    const point = representativePoint(place);
    return [
      p.id,
      p.name_zh,
      p.name_en,
      nameOf(groupById(ctx.groupOf(p.id)), lang),
      categoryLabel(p.category, lang),
      nameOf(statusById(p.status), lang),
      p.status_year,
      p.town ? ctx.townName(p.town, lang) : undefined,
      point?.[0],
      point?.[1],
      PRECISION_LABEL[p.precision][lang],
      p.precision_m,
      p.report.map((r) => r.quote).join(' / '),
      sourceOf(p, lang),
      ...(distancesM ? [distanceCell(distancesM.get(p.id))] : []),
    ]
      .map(cell)
      .join(',');
  });
  const headers = distancesM ? [...HEADERS[lang], DISTANCE_HEADER[lang]] : HEADERS[lang];
  return `\uFEFF${[headers.join(','), ...rows].join('\r\n')}\r\n`;
}

/** What a GIS user reads in the attribute table, in the language of the page that saved the file. */
export interface ReaderFields {
  /** `zh` or `en`: the language of the fields below. */
  label_lang: Lang;
  theme_label: string;
  category_label: string;
  status_label: string;
  precision_label: string;
  /** How the position was obtained, in words (never a file of the atlas's repository). */
  source_label: string;
}

/** Category, status, precision and source of a place in the reader's language. */
export function readerFields(place: PlaceFeature, group: GroupId, lang: Lang): ReaderFields {
  const p = place.properties;
  return {
    label_lang: lang,
    theme_label: nameOf(groupById(group), lang),
    category_label: categoryLabel(p.category, lang),
    status_label: nameOf(statusById(p.status), lang),
    precision_label: PRECISION_LABEL[p.precision][lang],
    source_label: sourceOf(p, lang),
  };
}

/**
 * The places as they are in the catalogue, with their theme and, for people reading the attribute
 * table, category, status, precision and source in the page's language: a layer for any GIS
 * (WGS84, RFC 7946).
 */
export function placesGeoJson(
  places: readonly PlaceFeature[],
  ctx: Pick<PlaceDataContext, 'groupOf' | 'lang'>,
  distancesM?: ReadonlyMap<string, number>,
): string {
  const features: Feature<Geometry | null>[] = places.map((place) => {
    const group = ctx.groupOf(place.properties.id);
    const distance = distancesM ? { distance_m: distanceCell(distancesM.get(place.properties.id)) } : {};
    return {
      type: 'Feature',
      id: place.properties.id,
      geometry: place.geometry,
      properties: { ...place.properties, group, ...readerFields(place, group, ctx.lang), ...distance },
    };
  });
  const collection: FeatureCollection<Geometry | null> = { type: 'FeatureCollection', features };
  return `${JSON.stringify(collection, null, 1)}\n`;
}

/**
 * `wujin-atlas-2024-places-<YYYY-MM-DD>.csv`; near me's list is `…-near-…`, a selection by
 * location `…-selection-…`.
 */
export function placesFileName(
  date: Date,
  ext: string,
  kind: 'places' | 'near' | 'selection' = 'places',
): string {
  return `wujin-atlas-2024-${kind}-${localIsoDate(date)}.${ext}`;
}
