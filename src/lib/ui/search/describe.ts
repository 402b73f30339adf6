/**
 * The second line of a search result: what kind of thing it is and what state it is in, in the
 * reader's language. Pure, so the list stays a thin view.
 */
import { groupById } from '../../catalog/groups';
import { formatFigure } from '../../catalog/metrics-units';
import { statusById } from '../../catalog/status';
import type { GroupId, Metric, PlaceFeature } from '../../catalog/types';
import { nameOf, type Lang } from '../../i18n/lang';
import type { Town } from '../../search/towns';
import { messages } from '../../i18n/messages';

const TOWN_KIND: Record<string, { zh: string; en: string }> = {
  town: { zh: '镇', en: 'Town' },
  subdistrict: { zh: '街道', en: 'Subdistrict' },
  seat: { zh: '区政府驻地', en: 'District seat' },
};

export function describePlace(place: PlaceFeature, group: GroupId | undefined, lang: Lang): string {
  const p = place.properties;
  const parts = [
    group ? nameOf(groupById(group), lang) : '',
    `${nameOf(statusById(p.status), lang)} ${p.status_year}`,
  ];
  const m = messages(lang).search;
  if (p.unlocated) parts.push(m.unlocated);
  if (p.outside) parts.push(m.outside);
  return parts.filter(Boolean).join(' · ');
}

export function describeTown(town: Town, lang: Lang): string {
  const kind = TOWN_KIND[town.kind] ?? TOWN_KIND.town;
  return messages(lang).search.townLine(kind[lang]);
}

export function describeFigure(metric: Metric, lang: Lang): string {
  let value: string;
  try {
    value = metric.value === null && metric.qualifier !== 'more_than_gdp' ? '' : formatFigure(metric, lang);
  } catch {
    // A qualitative target has no number to show.
    value = '';
  }
  const m = messages(lang).search;
  const when = metric.kind === 'target' ? m.targetYear(metric.year) : m.year(metric.year);
  return [value, when].filter(Boolean).join(' · ');
}
