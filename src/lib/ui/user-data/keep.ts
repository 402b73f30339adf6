/**
 * Keeping a planner's layers on their device, when they ask for it: each kept layer's converted
 * data goes into the browser's IndexedDB (never to a server, never into a link), with how it is
 * drawn in an entry of its own (so a change of colour does not write the data again), and every
 * kept layer is shown again at the next visit, in the order they were kept.
 * What comes back from storage is checked exactly like a new file (the store may be damaged, or
 * written by another version or by something else on this origin): it goes through the same
 * parser, and an entry that fails is dropped with a notice. Loaded after the map's first view, so
 * it costs the start nothing.
 */
import { createStore, del, delMany, entries, set, type UseStore } from 'idb-keyval';
import type { UserData } from '../../geo/user-data';
import { excerpt } from '../../i18n/excerpt';
import { bilingual } from '../../i18n/messages';
import type { AtlasState } from '../../state/atlas.svelte';
import type { UserLayerOptions } from '../../state/slices/planner.svelte';

/** The one file kept before the atlas had layers: shown again as a layer, then stored as one. */
const LEGACY_KEY = 'file';
/** A kept layer's data (a KeptEntry), and how it is drawn (a KeptStyle), by layer id. */
const DATA_PREFIX = 'layer:';
const STYLE_PREFIX = 'layer-style:';
/** Bumped when UserData changes shape: older entries are then dropped rather than misread. */
const VERSION = 1;

interface KeptEntry {
  version: number;
  data: UserData;
  /** When it was kept (ms since 1970): layers come back in this order. */
  keptAtMs?: number;
}

/** How a kept layer is drawn; anything missing or unknown is drawn as a new layer would be. */
interface KeptStyle {
  colour?: unknown;
  labelField?: unknown;
  categoryField?: unknown;
  visible?: unknown;
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

/** Stores a layer on this device (or forgets it); says so when the browser refuses. */
export async function setKept(atlas: AtlasState, layerId: string, keep: boolean): Promise<void> {
  const layer = atlas.planner.layer(layerId);
  try {
    if (keep && layer) {
      await set(
        DATA_PREFIX + layerId,
        { version: VERSION, data: layer.data, keptAtMs: Date.now() } satisfies KeptEntry,
        keptStore(),
      );
      await keepStyle(atlas, layerId, true);
    } else await delMany([DATA_PREFIX + layerId, STYLE_PREFIX + layerId], keptStore());
    atlas.planner.setKept(layerId, keep && layer !== undefined);
  } catch {
    // The browser's reason (quota, private window) means nothing to a planner.
    atlas.planner.setKept(layerId, false);
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.keepRefused),
    );
  }
}

/**
 * Stores how a kept layer is drawn (after the planner changed it); nothing for a layer not kept.
 * A refusal here leaves the data kept, drawn as before.
 */
export async function keepStyle(atlas: AtlasState, layerId: string, force = false): Promise<void> {
  const layer = atlas.planner.layer(layerId);
  if (!layer || !(layer.kept || force)) return;
  const style: KeptStyle = {
    colour: layer.colour,
    labelField: layer.labelField,
    categoryField: layer.categoryField,
    visible: layer.visible,
  };
  await set(STYLE_PREFIX + layerId, style, keptStore()).catch(() => {});
}

/** A layer's kept style as options for the slice, which checks each against the layer. */
function styleOptions(value: unknown): UserLayerOptions {
  if (!value || typeof value !== 'object') return {};
  const style = value as KeptStyle;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    colour: text(style.colour) as UserLayerOptions['colour'],
    labelField: text(style.labelField),
    categoryField: text(style.categoryField),
    visible: typeof style.visible === 'boolean' ? style.visible : undefined,
  };
}

/** How a restore ended, given with the `atlas:user-data-restored` mark. */
export type RestoreOutcome = 'kiosk' | 'none' | 'dropped' | 'restored';

/**
 * Shows the kept layers again, where the camera already is. Nothing kept, or no storage: nothing happens. Marks `atlas:user-data-restored` when
 * it has decided, so whoever needs to know that nothing will come back (a test, a tool) can wait
 * for the mark instead of a timer.
 */
export async function restoreKept(atlas: AtlasState): Promise<RestoreOutcome> {
  const outcome = await restore(atlas);
  performance.mark('atlas:user-data-restored', { detail: outcome });
  return outcome;
}

async function restore(atlas: AtlasState): Promise<RestoreOutcome> {
  // A kiosk shows every visitor the same atlas: nothing of an earlier one's comes back.
  if (atlas.presentation.kiosk) return 'kiosk';
  let stored: [IDBValidKey, unknown][];
  try {
    stored = await entries(keptStore());
  } catch {
    return 'none'; // No IndexedDB here (some private windows): there is nothing to restore.
  }
  const styles = new Map(
    stored.flatMap(([key, value]) =>
      typeof key === 'string' && key.startsWith(STYLE_PREFIX)
        ? [[key.slice(STYLE_PREFIX.length), value]]
        : [],
    ),
  );
  const kept: { key: string; id: string | null; value: unknown }[] = [];
  for (const [key, value] of stored) {
    if (key === LEGACY_KEY) kept.push({ key, id: null, value });
    else if (typeof key === 'string' && key.startsWith(DATA_PREFIX))
      kept.push({ key, id: key.slice(DATA_PREFIX.length), value });
  }
  kept.sort((a, b) => keptAt(a.value) - keptAt(b.value));
  if (kept.length === 0) return 'none';
  let dropped = false;
  let restored = false;
  for (const { key, id, value } of kept) {
    const data = await validatedEntry(value);
    if (!data) {
      dropped = true;
      await delMany(id === null ? [key] : [key, STYLE_PREFIX + id], keptStore()).catch(() => {});
      continue;
    }
    const layerId = atlas.showUserData(data, {
      fly: false,
      ...(id === null ? {} : { id, ...styleOptions(styles.get(id)) }),
    });
    restored = true;
    if (id === null) {
      // The file kept before layers: stored again as a layer, under the layer's id.
      await del(LEGACY_KEY, keptStore()).catch(() => {});
      await setKept(atlas, layerId, true);
    } else atlas.planner.setKept(layerId, true);
  }
  if (dropped)
    atlas.notices.notify(
      'warning',
      bilingual((m) => m.notices.keptUnreadable),
    );
  return restored ? 'restored' : 'dropped';
}

function keptAt(value: unknown): number {
  const at = (value as Partial<KeptEntry> | null)?.keptAtMs;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}
