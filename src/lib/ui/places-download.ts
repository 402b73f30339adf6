/**
 * What the place lists' downloads share (the list of places and near me's answer): the names a
 * file needs, and a failure told to the visitor as a notice rather than lost in the console.
 */
import type { RecordContext } from '../export/places-records';
import { nameOf, type Lang } from '../i18n/lang';
import { bilingual } from '../i18n/messages';
import type { Town } from '../search/towns';
import type { AtlasState } from '../state/atlas.svelte';

/** Names for a places file: each place's group, a town's name, in the page's language. */
export function placesFileContext(atlas: AtlasState, towns: readonly Town[], lang: Lang): RecordContext {
  return {
    lang,
    groupOf: (id) => atlas.groupOf.get(id)!,
    townName: (id, l) => {
      const town = towns.find((t) => t.id === id);
      return town ? nameOf(town, l) : undefined;
    },
  };
}

/** Runs a download (its code loads on first use); if anything fails, the visitor is told. */
export async function downloadOrNotify(atlas: AtlasState, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch {
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.downloadFailed),
    );
  }
}
