/**
 * Reads a file the planner chose or dropped and shows it on the map; any problem becomes a notice,
 * and the atlas's view is left as it was. The parser (with the GCJ-02/BD-09 conversion) loads on
 * first use.
 */
import { excerpt } from '../../i18n/excerpt';
import { bilingual } from '../../i18n/messages';
import type { AtlasState } from '../../state/atlas.svelte';

/** Resolves true when the file is on the map. */
export async function loadUserFile(atlas: AtlasState, file: File): Promise<boolean> {
  // The name is repeated in notices and the legend: only as a short excerpt with nothing invisible in it.
  const name = excerpt(file.name);
  try {
    const { parseUserData, MAX_USER_FILE_BYTES } = await import('../../geo/user-data');
    if (file.size > MAX_USER_FILE_BYTES) {
      const mb = MAX_USER_FILE_BYTES / 1024 / 1024;
      atlas.notices.notify(
        'error',
        bilingual((m) => m.notices.fileTooLarge(name, mb)),
      );
      return false;
    }
    const result = parseUserData(await file.text(), name, atlas.planner.crs);
    if (!result.ok) {
      atlas.notices.notify('error', result.problem);
      return false;
    }
    atlas.showUserData(result.value);
    // A planner who keeps their file on this device keeps the newest one.
    if (atlas.planner.kept) await (await import('./keep')).setKept(atlas, true);
    return true;
  } catch (e) {
    // The reason is for whoever maintains the atlas; the planner gets a plain message.
    console.error('reading a file failed:', e);
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.fileUnreadable(name)),
    );
    return false;
  }
}
