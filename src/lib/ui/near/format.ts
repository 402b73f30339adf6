/** Words for near-me: distances and where each place is relative to the origin. */
import type { Lang } from '../../i18n/lang';
import type { NearHit } from '../../geo/near';
import { nameOf } from '../../i18n/lang';
import { near } from '../../i18n/messages/near';
import { statedDistance } from './stated-distance';

/** "850 m", "1.2 km", "12 km": the same in both languages. */
export function formatDistance(metres: number): string {
  const tens = Math.max(10, Math.round(metres / 10) * 10);
  if (tens < 1000) return `${tens} m`;
  const km = metres / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

/** What else bounds a near-me distance than the place's own precision. */
export interface DistanceContext {
  /** Uncertainty of the starting point in metres (a place of the report measured from). */
  originUncertaintyM?: number;
  /** The place is known only to its zone and the starting point lies in it: the zone's name. */
  sharedZone?: string;
}

/** Metres within which a place's true position lies, as far as its distance is concerned. */
export function placeUncertaintyM(place: NearHit['place']): number {
  const p = place.properties;
  return p.precision === 'surveyed' ? 0 : (p.precision_m ?? 0);
}

/**
 * "您在滆湖范围内", "距最近处 1.2 km", "1.2 km", "约 3 km", "同在武进国家高新区内". Measured from a
 * planner's feature rather than from the person, being inside is said of the starting point. A
 * distance from or to a place known only roughly is stated at that precision (stated-distance.ts).
 */
export function describeDistance(
  hit: NearHit,
  lang: Lang,
  from: 'person' | 'feature' = 'person',
  context: DistanceContext = {},
): string {
  const g = hit.place.geometry?.type ?? '';
  const name = nameOf(hit.place.properties, lang);
  const m = near[lang];
  if (hit.inside) return from === 'feature' ? m.insideFromFeature(name) : m.insideYou(name);
  if (context.sharedZone !== undefined)
    return statedDistance(
      { distanceM: hit.distanceM, uncertaintyM: 0, sharedZone: context.sharedZone },
      lang,
    );
  const d = statedDistance(
    {
      distanceM: hit.distanceM,
      uncertaintyM: placeUncertaintyM(hit.place) + (context.originUncertaintyM ?? 0),
    },
    lang,
  );
  if (g.includes('Line') || g.includes('Polygon') || g === 'GeometryCollection') return m.nearestEdge(d);
  return m.away(d);
}
