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
  if (p.unlocated) parts.push(lang === 'zh' ? '未标注位置' : 'not on the map');
  if (p.outside) parts.push(lang === 'zh' ? '在武进区外' : 'outside Wujin');
  return parts.filter(Boolean).join(' · ');
}

export function describeTown(town: Town, lang: Lang): string {
  const kind = TOWN_KIND[town.kind] ?? TOWN_KIND.town;
  return lang === 'zh' ? `${kind.zh} · 在地图上标出` : `${kind.en} · marked on the map`;
}

export function describeFigure(metric: Metric, lang: Lang): string {
  let value: string;
  try {
    value = metric.value === null && metric.qualifier !== 'more_than_gdp' ? '' : formatFigure(metric, lang);
  } catch {
    // A qualitative target has no number to show.
    value = '';
  }
  const when =
    metric.kind === 'target'
      ? lang === 'zh'
        ? `${metric.year}年目标`
        : `${metric.year} target`
      : lang === 'zh'
        ? `${metric.year}年`
        : `${metric.year}`;
  return [value, when].filter(Boolean).join(' · ');
}
