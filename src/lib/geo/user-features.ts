/**
 * The planner's own features as the atlas shows them: a name to label each one with, its size
 * (length or area) and its attributes as rows, and the thin copy the map draws. Pure functions;
 * the file itself is read by user-data.ts.
 */
import { area, bbox as turfBbox, length } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJsonProperties } from 'geojson';

export { USER_ATTR_PREFIX, USER_INDEX_PROP, USER_LABEL_PROP } from './user-map-props';
import { USER_ATTR_PREFIX, USER_INDEX_PROP, USER_LABEL_PROP } from './user-map-props';

/** Attribute names that usually hold a feature's name, most likely first (compared without case). */
const NAME_KEYS = [
  'name',
  'name_zh',
  '名称',
  '项目名称',
  '地名',
  'title',
  '标题',
  'label',
  'mc',
  'xmmc',
  'text',
];
/** Longer names are shortened on the map (the card shows them whole). */
const MAX_LABEL_CHARS = 24;

/** The feature's name from its attributes, or null when it has none. */
export function userFeatureName(properties: GeoJsonProperties): string | null {
  if (!properties) return null;
  const byLowerKey = new Map(Object.keys(properties).map((k) => [k.toLowerCase(), k]));
  for (const candidate of NAME_KEYS) {
    const key = byLowerKey.get(candidate);
    if (key === undefined) continue;
    const value = properties[key];
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text === 'string' && text.trim() !== '') return text.trim();
  }
  return null;
}

function mapLabel(name: string | null): string | null {
  if (name === null || name === '') return null;
  const chars = Array.from(name);
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join('')}…` : name;
}

/**
 * Above this many features a file's names are not drawn on the map: tens of thousands of names
 * cannot be read at any zoom, and their glyphs overflow MapLibre's per-tile limit. Each name is
 * still in the feature's card.
 */
export const MAX_LABELLED_FEATURES = 5000;

/**
 * An attribute's value as the map holds it (for a label or a category): text, at most
 * MAX_LABEL_CHARS characters, or null when empty.
 */
export function userMapValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return mapLabel(typeof value === 'string' ? value.trim() : String(value));
}

/** What the map draws: the same geometries with an index, a label and each attribute as short text. */
export function userMapFeatures(data: FeatureCollection): FeatureCollection {
  const labelled = data.features.length <= MAX_LABELLED_FEATURES;
  return {
    type: 'FeatureCollection',
    features: data.features.map((f, i) => {
      const properties: Record<string, string | number | null> = {};
      for (const [key, value] of Object.entries(f.properties ?? {})) {
        const text = userMapValue(value);
        if (text !== null) properties[USER_ATTR_PREFIX + key] = text;
      }
      properties[USER_INDEX_PROP] = i;
      properties[USER_LABEL_PROP] = labelled ? mapLabel(userFeatureName(f.properties)) : null;
      return { type: 'Feature', geometry: f.geometry, properties };
    }),
  };
}

/** A feature's name as the table and the card give it: its label attribute's value, or the name the atlas finds. */
export function userFeatureLabel(properties: GeoJsonProperties, labelField: string | null): string | null {
  if (labelField === null) return userFeatureName(properties);
  const value = properties?.[labelField];
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value.trim() || null : String(value);
}

/** How many values of an attribute get a colour of their own; the rest share one. */
export const MAX_CATEGORIES = 8;

/**
 * The values of an attribute a layer is coloured by, most frequent first (ties in the order of
 * the text), as the map holds them; past MAX_CATEGORIES, how many features the other values have.
 */
export function userCategories(
  data: FeatureCollection,
  field: string,
): { values: { value: string; count: number }[]; otherCount: number } {
  const counts = new Map<string, number>();
  let none = 0;
  for (const f of data.features) {
    const value = userMapValue(f.properties?.[field]);
    if (value === null) none++;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const sorted = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([value, count]) => ({ value, count }));
  const values = sorted.slice(0, MAX_CATEGORIES);
  const otherCount = none + sorted.slice(MAX_CATEGORIES).reduce((sum, v) => sum + v.count, 0);
  return { values, otherCount };
}

export type UserGeometryKind = 'point' | 'line' | 'area';

export interface UserFeatureSize {
  kind: UserGeometryKind;
  /** Length of a line, or the perimeter of an area (geodesic); null for points. */
  lengthM: number | null;
  areaM2: number | null;
  bbox: [number, number, number, number];
}

export function userFeatureSize(feature: Feature): UserFeatureSize {
  const type = feature.geometry.type;
  const kind: UserGeometryKind = type.endsWith('Polygon')
    ? 'area'
    : type.endsWith('LineString')
      ? 'line'
      : 'point';
  const b = turfBbox(feature);
  return {
    kind,
    // Turf's length of a polygon walks its rings: the perimeter, holes included.
    lengthM: kind === 'point' ? null : length(feature, { units: 'meters' }),
    areaM2: kind === 'area' ? area(feature) : null,
    bbox: [b[0], b[1], b[2], b[3]],
  };
}

/** Longer values are cut here; a planner wanting them whole has the file. */
const MAX_VALUE_CHARS = 300;

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The attributes as [name, value] text rows, in the file's order, at most `max` of them. */
export function userPropertyRows(
  properties: GeoJsonProperties,
  max = 40,
): { rows: [string, string][]; more: number } {
  const entries = Object.entries(properties ?? {});
  return {
    rows: entries.slice(0, max).map(([key, value]) => [key, valueText(value)]),
    more: Math.max(0, entries.length - max),
  };
}
