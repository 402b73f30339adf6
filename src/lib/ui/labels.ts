/** Bilingual labels for the data model's enumerations, shared by every panel. */
import type { Bilingual, Lang } from '../i18n/lang';
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
  return lang === 'zh' ? `误差约 ±${text}` : `±${text}`;
}

/** "review-1.p1" → its section, "2023 review" or "2024 plan". */
export function paragraphYear(paragraphId: string): 2023 | 2024 {
  return paragraphId.startsWith('review') ? 2023 : 2024;
}
