/**
 * Reads the files a planner chose or dropped and shows them on the map; any problem becomes a
 * notice, and the atlas's view is left as it was. The readers load on first use.
 */
import { excerpt } from '../../i18n/excerpt';
import { bilingual } from '../../i18n/messages';
import type { AtlasState } from '../../state/atlas.svelte';

/** Resolves true when at least one of the files is on the map. */
export async function loadUserFiles(atlas: AtlasState, files: readonly File[]): Promise<boolean> {
  if (files.length === 0) return false;
  let shown = false;
  try {
    const { readFiles } = await import('../../import/read');
    const read = await Promise.all(
      files.map(async (f) => ({ name: excerpt(f.name), bytes: await f.arrayBuffer() })),
    );
    for (const result of await readFiles(read, atlas.planner.crs)) {
      if (!result.ok) {
        atlas.notices.notify('error', result.problem);
        continue;
      }
      atlas.showUserData(result.value);
      for (const notice of result.value.notices ?? []) atlas.notices.notify('warning', notice);
      shown = true;
    }
  } catch (e) {
    // The reason is for whoever maintains the atlas; the planner gets a plain message.
    console.error('reading a file failed:', e);
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.fileUnreadable(excerpt(files[0].name))),
    );
    return false;
  }
  // A planner who keeps their file on this device keeps the newest one.
  if (shown && atlas.planner.kept) await (await import('./keep')).setKept(atlas, true);
  return shown;
}

/** One file (kept for callers that have one). */
export function loadUserFile(atlas: AtlasState, file: File): Promise<boolean> {
  return loadUserFiles(atlas, [file]);
}
