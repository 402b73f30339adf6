// The real catalogue and the context the place exports are given by the page: each place's group,
// and a town's name in either language.
import type { Lang } from '../../../src/lib/i18n/lang';
import { groupIndex } from '../../../src/lib/state/filters';
import { loadRealCatalogue } from '../search/real-catalogue';

export const { catalog, towns } = loadRealCatalogue();
export const groupOf = groupIndex(catalog.groups);

/** What the exports are told about the page, in `lang`. */
export const ctx = (lang: Lang) => ({
  lang,
  groupOf: (id: string) => groupOf.get(id)!,
  townName: (id: string, l: Lang) => {
    const t = towns.find((town) => town.id === id);
    return t ? (l === 'zh' ? t.name_zh : t.name_en) : undefined;
  },
});
