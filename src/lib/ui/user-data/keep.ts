/**
 * Keeping a planner's file on their device, when they ask for it: the converted data goes into the
 * browser's IndexedDB (never to a server, never into a link) and is shown again at the next visit.
 * Loaded after the map's first view, so it costs the start nothing.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { UserData } from '../../geo/user-data';
import type { AtlasState } from '../../state/atlas.svelte';

const KEY = 'file';
/** Bumped when UserData changes shape: older entries are then dropped rather than misread. */
const VERSION = 1;

interface KeptEntry {
  version: number;
  data: UserData;
}

let store: UseStore | undefined;
const keptStore = (): UseStore => (store ??= createStore('wujin-atlas', 'my-data'));

function isKeptEntry(value: unknown): value is KeptEntry {
  const entry = value as Partial<KeptEntry> | undefined;
  const data = entry?.data as Partial<UserData> | undefined;
  return (
    entry?.version === VERSION &&
    typeof data?.name === 'string' &&
    data.data?.type === 'FeatureCollection' &&
    Array.isArray(data.data.features) &&
    Array.isArray(data.bbox) &&
    data.bbox.length === 4
  );
}

/** Stores the file on screen (or forgets the stored one); says so when the browser refuses. */
export async function setKept(atlas: AtlasState, keep: boolean): Promise<void> {
  try {
    if (keep && atlas.planner.data)
      await set(KEY, { version: VERSION, data: atlas.planner.data }, keptStore());
    else await del(KEY, keptStore());
    atlas.planner.setKept(keep && atlas.planner.data !== null);
  } catch (e) {
    atlas.planner.setKept(false);
    const why = e instanceof Error ? e.message : String(e);
    atlas.notices.notify(
      'error',
      atlas.view.lang === 'zh'
        ? `此浏览器不允许在本机保存文件（${why}）；文件仍显示在地图上，但下次打开时不会自动出现。`
        : `This browser does not allow keeping the file on this device (${why}); it stays on the map for now but will not come back next time.`,
    );
  }
}

/** Shows the kept file again, where the camera already is. Nothing kept, or no storage: nothing happens. */
export async function restoreKept(atlas: AtlasState): Promise<void> {
  // A kiosk shows every visitor the same atlas: nothing of an earlier one's comes back.
  if (atlas.presentation.kiosk) return;
  let entry: unknown;
  try {
    entry = await get(KEY, keptStore());
  } catch {
    return; // No IndexedDB here (some private windows): there is nothing to restore.
  }
  if (entry === undefined || atlas.planner.data !== null) return;
  if (!isKeptEntry(entry)) {
    await del(KEY, keptStore()).catch(() => {});
    atlas.notices.notify(
      'warning',
      atlas.view.lang === 'zh'
        ? '本机保留的“我的数据”文件无法读取，已删除。请重新加载该文件。'
        : 'The file kept on this device under “My data” could not be read and was removed. Please load it again.',
    );
    return;
  }
  atlas.showUserData(entry.data, { fly: false });
  atlas.planner.setKept(true);
}
