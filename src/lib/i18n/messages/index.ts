/**
 * The messages catalogue: every text the page shows, in Chinese and English. Each area of the
 * page has its own module (both languages side by side, checked against each other by type);
 * this file composes them. Components read `messages(lang).<area>.<key>`; no component or state
 * module switches on the language itself.
 */
import type { Lang } from '../lang';
import { common } from './common';

const catalogue = { common } as const;

export type Messages = { readonly [A in keyof typeof catalogue]: (typeof catalogue)[A]['zh'] };

const byLang: Record<Lang, Messages> = {
  zh: { common: common.zh },
  en: { common: common.en },
};

/** Every message in one language. */
export function messages(lang: Lang): Messages {
  return byLang[lang];
}
