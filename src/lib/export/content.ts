/**
 * What an exported map image says, in the current language: title, a line on what is shown,
 * the legend entries, the attribution (with the schematic-boundary note and, when tiles are
 * on, the online basemap's attribution and review number), the date and the link.
 */
import { LAYER_GROUPS } from '../catalog/groups';
import { STATUSES, type StatusMarker } from '../catalog/status';
import type { GroupId, Status } from '../catalog/types';
import { nameOf, type Lang } from '../i18n/lang';
import { messages } from '../i18n/messages';
import { exporting } from '../i18n/messages/exporting';
import { onlineAttributionText, type BasemapKind } from '../map/style/online';
import { palette } from '../map/style/palette';
import type { FilterYear } from '../state/url';
import { formatArea, formatLength } from '../ui/measure/format';
import { exportFileName, localIsoDate } from './file-name';

export interface ExportFacts {
  lang: Lang;
  /** Visible groups, in catalogue order or not. */
  groups: readonly GroupId[];
  /** Statuses shown; null for all. */
  statuses: readonly Status[] | null;
  visibleCount: number;
  totalCount: number;
  year: FilterYear | null;
  /** The selected place's name, if any. */
  selectedName: string | null;
  /** The basemap the map shows (not merely asked for). */
  basemap: BasemapKind;
  /** The streets from the offline OpenStreetMap extract are drawn. */
  streets?: boolean;
  reviewNumber: string;
  /** The link that reopens this view. */
  link: string;
  date: Date;
  /** The planner's visible layers, each named in the legend in its own colour. */
  userLayers?: readonly ExportUserLayer[];
  /** The ruler's figures, when a measurement is on the map. */
  measurement?: { lengthM: number; areaM2: number | null } | null;
}

/** One of the planner's layers as the legend names it: its file's name and its colour (a palette value). */
export interface ExportUserLayer {
  name: string;
  colour: string;
}

export interface ExportContent {
  title: string;
  subtitle: string;
  legendHeading: string;
  groups: { name: string; color: string }[];
  statuses: { name: string; marker: StatusMarker }[];
  precisionNote: string;
  attribution: string;
  dateText: string;
  linkText: string;
  fileName: string;
}

export function exportContent(f: ExportFacts): ExportContent {
  const t = exporting[f.lang];
  const groups: { name: string; color: string }[] = LAYER_GROUPS.filter((g) => f.groups.includes(g.id)).map(
    (g) => ({
      name: nameOf(g, f.lang),
      color: palette[g.color],
    }),
  );
  for (const layer of f.userLayers ?? []) groups.push({ name: t.myData(layer.name), color: layer.colour });
  const statuses = STATUSES.filter((s) => f.statuses === null || f.statuses.includes(s.id)).map((s) => ({
    name: nameOf(s, f.lang),
    marker: s.marker,
  }));
  const parts = [t.shown(f.visibleCount, f.totalCount)];
  if (f.year) parts.push(f.year === 2023 ? t.year2023 : t.year2024);
  if (f.selectedName) parts.push(t.selected(f.selectedName));
  const m = f.measurement;
  if (m && m.lengthM > 0) {
    const length = formatLength(m.lengthM);
    parts.push(
      m.areaM2 === null ? t.measuredLength(length) : t.measuredArea(formatArea(m.areaM2, f.lang), length),
    );
  }
  const basemap = f.basemap === 'embedded' ? null : onlineAttributionText(f.basemap, f.reviewNumber)[f.lang];
  const streets = f.streets && f.basemap === 'embedded' ? messages(f.lang).basemap.streetsAttribution : null;
  const attribution = [basemap, streets, t.embeddedAttribution].filter(Boolean).join(t.separator);
  const day = localIsoDate(f.date);
  return {
    title: t.defaultTitle,
    subtitle: parts.join(t.listSeparator),
    legendHeading: t.legend,
    groups,
    statuses,
    precisionNote: t.precisionNote,
    attribution,
    dateText: t.made(day),
    linkText: t.link(f.link),
    fileName: exportFileName(f.date),
  };
}
