/** Words for a selection by location: its radius and what it is measured from. */
import type { PlaceFeature } from '../../catalog/types';
import { nameOf, type Lang } from '../../i18n/lang';
import { within } from '../../i18n/messages/within';
import type { WithinQuery } from '../../state/slices/within.svelte';

/** "500 m", "3 km": a radius the atlas offers, the same in both languages. */
export function radiusText(radiusM: number): string {
  return radiusM < 1000 ? `${radiusM} m` : `${Number((radiusM / 1000).toFixed(1))} km`;
}

/** "武进站 3 km 范围内", "inside my drawn shape": what the selection is, in the page's language. */
export function describeWithin(
  query: WithinQuery,
  lang: Lang,
  placeById: (id: string) => PlaceFeature | undefined,
): string {
  const t = within[lang];
  const { shape } = query;
  const place = shape.placeId ? placeById(shape.placeId) : undefined;
  const closed = shape.geometry.type === 'Polygon' || shape.geometry.type === 'MultiPolygon';
  const name = place
    ? nameOf(place.properties, lang)
    : shape.origin === 'ruler'
      ? closed
        ? t.rulerShape
        : t.rulerPath
      : shape.label || (shape.origin === 'feature' ? t.myFeature : t.nearPoint);
  return query.mode === 'inside' ? t.inside(name) : t.near(radiusText(query.radiusM), name);
}
