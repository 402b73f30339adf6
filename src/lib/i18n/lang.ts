/**
 * Chinese first, English complete. Every text the atlas shows is a pair, so a missing
 * translation is a type error rather than a blank on screen.
 */
export type Lang = 'zh' | 'en';

/** The languages the atlas speaks, in the order the language switch offers them. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Whether a value read from outside (a link) is one of the atlas's languages. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The page's language unless a link or the visitor chooses English; a link leaves it out. */
export const DEFAULT_LANG: Lang = 'zh';

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

/** The other language: the one a name's second line and the language switch show. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The page's or an element's `lang` attribute for a language (BCP 47). */
export function htmlLang(lang: Lang): 'zh-CN' | 'en' {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** A figure's label in the current language. */
export function labelOf(item: { label_zh: string; label_en: string }, lang: Lang): string {
  return lang === 'zh' ? item.label_zh : item.label_en || item.label_zh;
}

/** Where a place's geometry comes from, in the current language. */
export function sourceOf(item: { source_zh: string; source: string }, lang: Lang): string {
  return lang === 'zh' ? item.source_zh : item.source;
}

/**
 * A place's summary for this reader, or null: English readers get the English summary, while
 * Chinese readers read the report's own sentence, quoted just below it.
 */
export function summaryOf(item: { summary_en: string }, lang: Lang): string | null {
  return lang === 'en' && item.summary_en ? item.summary_en : null;
}
