/**
 * A distance said no finer than its ends are known. From or to a place located only to ±5 km, "680 m"
 * claims a precision nobody has: it becomes "约 1 km", "约 5 km 以内", or, when the place is known
 * only to a zone the other end lies in, "同在武进国家高新区内".
 */
import type { Lang } from '../../i18n/lang';
import { messages } from '../../i18n/messages';
import { formatDistance } from './format';

/** Up to this uncertainty an end counts as exactly known: the distance is given to 10 m as before. */
export const EXACT_WITHIN_M = 200;

export interface DistanceKnowledge {
  /** The measured distance between the two positions the atlas has, in metres. */
  distanceM: number;
  /** How far the true distance may differ: the sum of both ends' uncertainty radii, in metres. */
  uncertaintyM: number;
  /** The uncertain end is known only to this zone, and the other end lies inside it: the zone's name. */
  sharedZone?: string;
}

/** The rounding step for a distance of the given uncertainty: 100 m, 500 m or 1 km. */
export function roundingStepM(uncertaintyM: number): number {
  if (uncertaintyM < 1000) return 100;
  if (uncertaintyM < 3000) return 500;
  return 1000;
}

/** "500 m", "1.5 km", "12 km": a length already rounded to its step. */
function lengthText(metres: number): string {
  return metres < 1000 ? `${metres} m` : `${Number((metres / 1000).toFixed(1))} km`;
}

/** The distance as the atlas may honestly state it, in the page's language. */
export function statedDistance(
  { distanceM, uncertaintyM, sharedZone }: DistanceKnowledge,
  lang: Lang,
): string {
  const t = messages(lang).zones;
  if (sharedZone !== undefined) return t.insideZone(sharedZone);
  if (uncertaintyM <= EXACT_WITHIN_M) return formatDistance(distanceM);
  const step = roundingStepM(uncertaintyM);
  // Nearer than the uncertainty itself: the place may be right here, or that far.
  if (distanceM <= uncertaintyM) return t.within(lengthText(Math.ceil(uncertaintyM / step) * step));
  return t.about(lengthText(Math.max(step, Math.round(distanceM / step) * step)));
}
