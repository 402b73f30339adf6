/**
 * The Tianditu key (tk), typed by the user and kept in browser storage. It lives here, in this
 * module's closure, and nowhere in the atlas's state: no object reachable from a global holds it.
 * Only the basemap slice (whether there is a key) and the map (the tiles' URLs) read it.
 */
let key = $state<string | null>(null);

/** The key, or null when the user has given none. */
export function tiandituKey(): string | null {
  return key;
}

/** Sets (or, with null or blank, forgets) the key; the caller keeps it in browser storage. */
export function setTiandituKey(value: string | null): void {
  key = value?.trim() || null;
}
