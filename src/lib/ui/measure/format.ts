/** Words for measurements, in the units Chinese planning documents use (公顷, 亩, 平方公里). */
import type { Lang } from '../../i18n/lang';
import { messages } from '../../i18n/messages';

const M2_PER_HA = 10_000;
const M2_PER_KM2 = 1_000_000;
/** 1 亩 = 10000/15 m². */
const M2_PER_MU = 10_000 / 15;

function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function decimals(n: number, places: number): string {
  return n.toFixed(places).replace(/\.?0+$/, '');
}

/** "845 m", "2.35 km", "12.4 km": metres to the metre under 1 km. */
export function formatLength(metres: number): string {
  if (metres < 1000) return `${Math.round(metres)} m`;
  const km = metres / 1000;
  return `${km < 10 ? km.toFixed(2) : km.toFixed(1)} km`;
}

/**
 * "3.42 平方公里（342 公顷）", "56.3 公顷（845 亩）", "8,450 平方米（12.7 亩）";
 * in English "3.42 km² (342 ha)", "56.3 ha", "8,450 m²".
 */
export function formatArea(m2: number, lang: Lang): string {
  const t = messages(lang).measure;
  const ha = m2 / M2_PER_HA;
  const mu = m2 / M2_PER_MU;
  if (m2 >= M2_PER_KM2) {
    const km2 = decimals(m2 / M2_PER_KM2, m2 >= 100 * M2_PER_KM2 ? 1 : 2);
    return t.areaKm2(km2, grouped(ha));
  }
  if (m2 >= M2_PER_HA) {
    const h = decimals(ha, 1);
    return t.areaHa(h, grouped(mu));
  }
  return t.areaM2(grouped(m2), decimals(mu, 1));
}
