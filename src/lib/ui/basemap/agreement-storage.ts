/**
 * The visitor's agreement to online basemaps, kept on this device (localStorage) so that a link
 * naming a basemap they agreed to once applies without asking again, until they withdraw it in
 * the basemap menu. What is read back is checked: anything but a short list of the atlas's own
 * online basemaps (an older format, a meddling script, a full disk's half write) counts as no
 * agreement, and is removed.
 */
import { BASEMAP_KINDS, type OnlineBasemapKind } from '../../map/style/online';
import type { BasemapAgreementStore } from '../../state/slices/basemap-agreement';

const AGREED_KEY = 'wujin-atlas.basemap-agreed';

const ONLINE = new Set<string>(BASEMAP_KINDS.filter((k) => k !== 'embedded'));

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored text as a list of online basemaps, or null when it is not exactly that. */
export function parseAgreed(text: string): OnlineBasemapKind[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length > ONLINE.size) return null;
  if (!value.every((k): k is OnlineBasemapKind => typeof k === 'string' && ONLINE.has(k))) return null;
  return [...new Set(value)];
}

/** The online basemaps agreed to on this device; none when storage is missing or holds anything else. */
export function loadAgreedBasemaps(): OnlineBasemapKind[] {
  let text: string | null;
  try {
    text = storage()?.getItem(AGREED_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === null) return [];
  const agreed = parseAgreed(text);
  if (agreed === null) saveAgreedBasemaps([]);
  return agreed ?? [];
}

/** Keeps the list on this device; an empty list removes the entry. */
export function saveAgreedBasemaps(kinds: readonly OnlineBasemapKind[]): void {
  try {
    const s = storage();
    if (kinds.length === 0) s?.removeItem(AGREED_KEY);
    else s?.setItem(AGREED_KEY, JSON.stringify(kinds));
  } catch {
    // Storage full or refused: the agreement lasts as long as the page.
  }
}

/** The device's store, for the basemap slice. */
export const deviceBasemapAgreement: BasemapAgreementStore = {
  load: loadAgreedBasemaps,
  save: saveAgreedBasemaps,
};
