/**
 * Reads a file the planner chose or dropped and shows it on the map; any problem becomes a notice,
 * and the atlas's view is left as it was. The parser (with the GCJ-02/BD-09 conversion) loads on
 * first use.
 */
import type { AtlasState } from '../../state/atlas.svelte';

/** Resolves true when the file is on the map. */
export async function loadUserFile(atlas: AtlasState, file: File): Promise<boolean> {
  const say = (zh: string, en: string) => atlas.notices.notify('error', atlas.view.lang === 'zh' ? zh : en);
  try {
    const { parseUserData, MAX_USER_FILE_BYTES } = await import('../../geo/user-data');
    if (file.size > MAX_USER_FILE_BYTES) {
      const mb = MAX_USER_FILE_BYTES / 1024 / 1024;
      say(
        `“${file.name}”超过 ${mb} MB，无法加载。`,
        `“${file.name}” is larger than ${mb} MB and cannot be loaded.`,
      );
      return false;
    }
    const result = parseUserData(await file.text(), file.name, atlas.planner.crs);
    if (!result.ok) {
      say(result.problem.zh, result.problem.en);
      return false;
    }
    atlas.showUserData(result.value);
    // A planner who keeps their file on this device keeps the newest one.
    if (atlas.planner.kept) await (await import('./keep')).setKept(atlas, true);
    return true;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    say(`“${file.name}”无法读取（${why}）。`, `“${file.name}” could not be read (${why}).`);
    return false;
  }
}
