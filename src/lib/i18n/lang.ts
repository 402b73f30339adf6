/**
 * Chinese first, English complete. Every text the atlas shows is a pair, so a missing
 * translation is a type error rather than a blank on screen.
 */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

/** Picks the text for the current language. */
export function tx(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A place's or group's name in the current language. */
export function nameOf(item: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? item.name_zh : item.name_en || item.name_zh;
}
