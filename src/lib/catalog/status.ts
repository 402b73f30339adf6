/**
 * Project status: labels and the marker each status is drawn with. The same marker spec draws the
 * map's icons and the legend's swatches, so the two cannot drift apart.
 */
import type { Status } from './types.ts';

export interface StatusMarker {
  /** Fill: the group's colour, or white (an open ring reads as "not built yet"). */
  fill: 'group' | 'white';
  /** Ring width as a share of the marker radius. */
  ringWidth: number;
  /** A dot in the centre (under construction: started but not finished). */
  centreDot: boolean;
  /** Dashed ring: planned, not started. */
  dashed: boolean;
}

export interface StatusDef {
  id: Status;
  name_zh: string;
  name_en: string;
  marker: StatusMarker;
}

/** A marker of `fill` with a ring `ringWidth` of its radius, plain unless it has a centre dot or a dashed ring. */
const marker = (
  fill: StatusMarker['fill'],
  ringWidth: number,
  mark: 'centreDot' | 'dashed' | null = null,
): StatusMarker => ({ fill, ringWidth, centreDot: mark === 'centreDot', dashed: mark === 'dashed' });

export const STATUSES: readonly StatusDef[] = [
  { id: 'completed', name_zh: '已建成/投用', name_en: 'Completed', marker: marker('group', 0.22) },
  {
    id: 'under_construction',
    name_zh: '在建/推进中',
    name_en: 'Under construction',
    marker: marker('white', 0.3, 'centreDot'),
  },
  { id: 'planned', name_zh: '计划/前期', name_en: 'Planned', marker: marker('white', 0.24, 'dashed') },
  { id: 'ongoing', name_zh: '持续推进', name_en: 'Ongoing', marker: marker('group', 0.22, 'centreDot') },
  { id: 'signed', name_zh: '已签约', name_en: 'Signed', marker: marker('white', 0.3) },
  { id: 'recognised', name_zh: '获评/认定', name_en: 'Recognised', marker: marker('group', 0.22, 'dashed') },
];

export const STATUS_IDS: readonly Status[] = STATUSES.map((s) => s.id);

export function isStatus(value: string): value is Status {
  return (STATUS_IDS as readonly string[]).includes(value);
}

export function statusById(id: Status): StatusDef {
  const def = STATUSES.find((s) => s.id === id);
  if (!def) throw new Error(`Unknown status ${id}`);
  return def;
}
