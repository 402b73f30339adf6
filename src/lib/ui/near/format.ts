/** Words for near-me: distances and where each place is relative to the origin. */
import type { Lang } from '../../i18n/lang';
import type { NearHit } from '../../geo/near';
import { nameOf } from '../../i18n/lang';
import { messages } from '../../i18n/messages';

/** "850 m", "1.2 km", "12 km": the same in both languages. */
export function formatDistance(metres: number): string {
  const tens = Math.max(10, Math.round(metres / 10) * 10);
  if (tens < 1000) return `${tens} m`;
  const km = metres / 1000;
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

/**
 * "您在滆湖范围内", "距最近处 1.2 km", "1.2 km". Measured from a planner's feature rather than from
 * the person, being inside is said of the starting point.
 */
export function describeDistance(hit: NearHit, lang: Lang, from: 'person' | 'feature' = 'person'): string {
  const g = hit.place.geometry?.type ?? '';
  const name = nameOf(hit.place.properties, lang);
  const m = messages(lang).near;
  if (hit.inside) return from === 'feature' ? m.insideFromFeature(name) : m.insideYou(name);
  const d = formatDistance(hit.distanceM);
  if (g.includes('Line') || g.includes('Polygon') || g === 'GeometryCollection') return m.nearestEdge(d);
  return m.away(d);
}
