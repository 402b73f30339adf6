/** Bilingual labels for the data model's enumerations, shared by every panel. */
import type { Bilingual, Lang } from '../i18n/lang';
import { messages } from '../i18n/messages';
import type { Precision } from '../catalog/types';

export const PRECISION_LABEL: Record<Precision, Bilingual> = {
  surveyed: { zh: '位置准确', en: 'Surveyed position' },
  approximate: { zh: '位置示意', en: 'Approximate location' },
  area: { zh: '仅知所在片区', en: 'Only the area is known' },
  schematic: { zh: '示意线位', en: 'Schematic alignment' },
};

/** "±1.5 km" / "±150 m". */
export function formatRadius(metres: number, lang: Lang): string {
  if (metres <= 0) return '';
  const text = metres >= 1000 ? `${Number((metres / 1000).toFixed(1))} km` : `${Math.round(metres)} m`;
  return messages(lang).labels.radius(text);
}

/** "review-1.p1" → the year its part of the report speaks of. */
export function paragraphYear(paragraphId: string): 2023 | 2024 {
  return paragraphId.startsWith('review') ? 2023 : 2024;
}

/** "review-1.p1" → the part of the report it is in: "2023年工作回顾" / "2023 review", or the 2024 plan. */
export function partLabel(paragraphId: string, lang: Lang): string {
  const t = messages(lang).labels;
  return paragraphYear(paragraphId) === 2023 ? t.partReview : t.partPlan;
}

/** Names of the catalogue's place categories; an unknown category is shown as written. */
const CATEGORY_LABEL: Record<string, Bilingual> = {
  lake: { zh: '湖泊', en: 'Lake' },
  lake_zone: { zh: '湖区', en: 'Lake zone' },
  dredging: { zh: '清淤工程', en: 'Dredging' },
  water_remediation: { zh: '水环境整治', en: 'Water remediation' },
  wetland_restoration: { zh: '生态修复', en: 'Ecological restoration' },
  river: { zh: '河道', en: 'River' },
  water_plant: { zh: '水厂/污水处理', en: 'Water or wastewater plant' },
  ecological_corridor: { zh: '生态廊道', en: 'Ecological corridor' },
  industrial_park: { zh: '产业园', en: 'Industrial park' },
  factory: { zh: '企业/工厂', en: 'Company or plant' },
  laboratory: { zh: '实验室', en: 'Laboratory' },
  association: { zh: '机构', en: 'Organisation' },
  research_centre: { zh: '研发中心', en: 'Research centre' },
  development_zone: { zh: '园区', en: 'Development zone' },
  railway: { zh: '铁路', en: 'Railway' },
  station: { zh: '车站', en: 'Station' },
  metro: { zh: '地铁', en: 'Metro line' },
  metro_station: { zh: '地铁站', en: 'Metro station' },
  road: { zh: '道路', en: 'Road' },
  research_institute: { zh: '研究院', en: 'Research institute' },
  university: { zh: '高校', en: 'University' },
  innovation_park: { zh: '创新载体', en: 'Innovation park' },
  innovation_centre: { zh: '创新中心', en: 'Innovation centre' },
  school: { zh: '学校', en: 'School' },
  hospital: { zh: '医院', en: 'Hospital' },
  library: { zh: '图书馆', en: 'Library' },
  tourism: { zh: '文旅', en: 'Tourism' },
  heritage: { zh: '文化遗产', en: 'Heritage site' },
  public_service: { zh: '公共服务', en: 'Public service' },
  event: { zh: '活动', en: 'Event' },
  planning_zone: { zh: '规划片区', en: 'Planning zone' },
  building: { zh: '建筑', en: 'Building' },
  district: { zh: '功能片区', en: 'District' },
  village: { zh: '村庄', en: 'Village' },
  agricultural_park: { zh: '农业园区', en: 'Agricultural park' },
};

export function categoryLabel(category: string, lang: Lang): string {
  return CATEGORY_LABEL[category]?.[lang] ?? category.replace(/_/g, ' ');
}
