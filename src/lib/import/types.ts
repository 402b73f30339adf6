/** What the readers of planners' files hand on: layers not yet checked, or a reason in both languages. */
import type { Bilingual } from '../i18n/lang';
import type { RawLayer } from '../geo/user-data';

/** One file as chosen: its name and its bytes. */
export interface ImportFile {
  name: string;
  bytes: ArrayBuffer;
}

export type Reading = { ok: true; layers: RawLayer[] } | { ok: false; problem: Bilingual };
