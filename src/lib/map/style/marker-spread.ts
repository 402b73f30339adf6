/**
 * Markers that would touch are set apart (geo/spread.ts): the zooms at which their offsets are
 * laid out, the room a marker needs, and the icon-offset expression that reads each marker's
 * offset from a per-zoom table.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { MARKER_SIZE_PX } from './markers.ts';

/** Whole zoom levels at which markers that would touch are spread apart (see geo/spread.ts): MapLibre evaluates icon-offset at a tile's whole zoom. */
export const SPREAD_ZOOMS: readonly number[] = Array.from({ length: 13 }, (_, i) => 6 + i);

/** The property holding a marker's spread offset at SPREAD_ZOOMS[i]. */
export function spreadProperty(i: number): string {
  return `spread_${i}`;
}

/** A marker's icon-size at a zoom (as `markerSize` in groupLayers interpolates it). */
export function markerIconSize(zoom: number, textScale: number): number {
  const t = Math.min(1, Math.max(0, (zoom - 8) / 6));
  return textScale * (0.75 + 0.35 * t);
}

/** The screen room a marker needs at a zoom: its drawn diameter with a margin. */
export function markerRoomPx(zoom: number, textScale: number): number {
  return MARKER_SIZE_PX * markerIconSize(zoom, textScale) * 1.15 + 2;
}

/**
 * icon-offset that spreads markers which would touch. A feature holds, per zoom of SPREAD_ZOOMS,
 * the index of its offset in that zoom's table (`tables[i]`, whose entry 0 is [0, 0]): numbers,
 * because MapLibre hands an array-valued property to some of its main-thread evaluations (a
 * click's query) as a JSON string, and no expression can build an array from two numbers.
 */
export function spreadOffsetExpression(
  tables: readonly (readonly [number, number][])[],
): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...SPREAD_ZOOMS.flatMap((zoom, i) => {
      const table = tables[i] ?? [];
      return [
        zoom,
        table.length <= 1
          ? ['literal', [0, 0]]
          : [
              'array',
              'number',
              2,
              ['at', ['to-number', ['coalesce', ['get', spreadProperty(i)], 0]], ['literal', table]],
            ],
      ];
    }),
  ] as ExpressionSpecification;
}
