/**
 * Keeping a planner's file on their device, when they ask for it: the converted data goes into the
 * browser's IndexedDB (never to a server, never into a link) and is shown again at the next visit.
 * What comes back from storage is checked exactly like a new file (the store may be damaged, or
 * written by another version or by something else on this origin): it goes through the same
 * parser, and an entry that fails is dropped with a notice. Loaded after the map's first view, so
 * it costs the start nothing.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { UserData } from '../../geo/user-data';
import { excerpt } from '../../i18n/excerpt';
import { bilingual } from '../../i18n/messages';
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

/** What a stored file's conversion may say (UserData.convertedFrom); anything else is not kept. */
const CONVERTED_FROM = /^(EPSG:\d{4,5}|GCJ02|BD09)$/;

/**
 * The stored entry as the map may show it, validated by the same parser as a new file (its data
 * is WGS84 already), or null when the entry is not one the atlas wrote or its features fail.
 * Never throws: a cyclic or absurdly deep entry fails in the serialising, which is caught.
 */
export async function validatedEntry(value: unknown): Promise<UserData | null> {
  const entry = value as Partial<KeptEntry> | null | undefined;
  if (!entry || typeof entry !== 'object' || entry.version !== VERSION) return null;
  const kept = entry.data as Partial<UserData> | null | undefined;
  if (!kept || typeof kept !== 'object' || typeof kept.name !== 'string') return null;
  try {
    const { parseUserData } = await import('../../geo/user-data');
    const result = parseUserData(JSON.stringify(kept.data), excerpt(kept.name), 'WGS84');
    if (!result.ok) return null;
    const from = kept.convertedFrom;
    return {
      ...result.value,
      convertedFrom: typeof from === 'string' && CONVERTED_FROM.test(from) ? from : null,
    };
  } catch {
    return null;
  }
}

/** Stores the file on screen (or forgets the stored one); says so when the browser refuses. */
export async function setKept(atlas: AtlasState, keep: boolean): Promise<void> {
  try {
    if (keep && atlas.planner.data)
      await set(KEY, { version: VERSION, data: atlas.planner.data }, keptStore());
    else await del(KEY, keptStore());
    atlas.planner.setKept(keep && atlas.planner.data !== null);
  } catch {
    // The browser's reason (quota, private window) means nothing to a planner.
    atlas.planner.setKept(false);
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.keepRefused),
    );
  }
}

/** How a restore ended, given with the `atlas:user-data-restored` mark. */
export type RestoreOutcome = 'kiosk' | 'none' | 'superseded' | 'dropped' | 'restored';

/**
 * Shows the kept file again, where the camera already is. Nothing kept, or no storage: nothing
 * happens. Marks `atlas:user-data-restored` when it has decided, so whoever needs to know that
 * nothing will come back (a test, a tool) can wait for the mark instead of a timer.
 */
export async function restoreKept(atlas: AtlasState): Promise<RestoreOutcome> {
  const outcome = await restore(atlas);
  performance.mark('atlas:user-data-restored', { detail: outcome });
  return outcome;
}

async function restore(atlas: AtlasState): Promise<RestoreOutcome> {
  // A kiosk shows every visitor the same atlas: nothing of an earlier one's comes back.
  if (atlas.presentation.kiosk) return 'kiosk';
  let entry: unknown;
  try {
    entry = await get(KEY, keptStore());
  } catch {
    return 'none'; // No IndexedDB here (some private windows): there is nothing to restore.
  }
  if (entry === undefined) return 'none';
  if (atlas.planner.data !== null) return 'superseded';
  const data = await validatedEntry(entry);
  // A file loaded while the entry was checked is the one the planner wants now.
  if (atlas.planner.data !== null) return 'superseded';
  if (!data) {
    await del(KEY, keptStore()).catch(() => {});
    atlas.notices.notify(
      'warning',
      bilingual((m) => m.notices.keptUnreadable),
    );
    return 'dropped';
  }
  atlas.showUserData(data, { fly: false });
  atlas.planner.setKept(true);
  return 'restored';
}
