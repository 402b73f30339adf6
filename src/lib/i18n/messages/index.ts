/**
 * The messages catalogue: every text the page shows, in Chinese and English. Each area of the
 * page has its own module (both languages side by side, checked against each other by type);
 * this file composes them, one line per area. Components read `messages(lang).<area>.<key>`; no
 * component or state module switches on the language itself.
 *
 * Areas whose code loads only when used keep their messages out of this first-load catalogue and
 * are imported by that code directly, in the same form (`overview[lang].title`), so they load with
 * it: import.ts (reading planners' files, in the file reader's worker and its lazily loaded panel),
 * corrections-mode.ts, exporting.ts (exports, loaded with the layers panel and the export's code), overview.ts, reader.ts, place-list.ts and near.ts (panels loaded when
 * opened), within.ts (selections by location, with their buttons), details.ts (a place's card),
 * tour.ts (the presentation). A unit test walks every module of this folder, composed here or not.
 */
import type { Bilingual, Lang } from '../lang';
import { basemap } from './basemap';
import { common } from './common';
import { corrections } from './corrections';
import { filters } from './filters';
import { labels } from './labels';
import { legend } from './legend';
import { load } from './load';
import { measure } from './measure';
import { notices } from './notices';
import { offline } from './offline';
import { panels } from './panels';
import { search } from './search';
import { share } from './share';
import { shell } from './shell';
import { tiandituKey } from './tianditu-key';
import { units } from './units';
import { updates } from './updates';
import { zones } from './zones';

const catalogue = {
  basemap,
  common,
  corrections,
  filters,
  labels,
  legend,
  load,
  measure,
  notices,
  offline,
  panels,
  search,
  share,
  shell,
  tiandituKey,
  units,
  updates,
  zones,
} as const;

export type Messages = { readonly [A in keyof typeof catalogue]: (typeof catalogue)[A]['zh'] };

function pick(lang: Lang): Messages {
  const out: Record<string, unknown> = {};
  for (const [area, pair] of Object.entries(catalogue)) out[area] = pair[lang];
  return out as Messages;
}

const byLang: Record<Lang, Messages> = { zh: pick('zh'), en: pick('en') };

/** Every message in one language. */
export function messages(lang: Lang): Messages {
  return byLang[lang];
}

/**
 * A message in both languages, for what is kept and shown later in whatever language the page is
 * in then (a notice): `bilingual((m) => m.notices.basemapFailed)`.
 */
export function bilingual(pick: (m: Messages) => string): Bilingual {
  return { zh: pick(byLang.zh), en: pick(byLang.en) };
}
