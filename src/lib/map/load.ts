/**
 * The map's code — the adapter and MapLibre, the largest download of the page — arrives as a chunk
 * of its own, asked for as the page starts: the header and the panel's first words are drawn from
 * the catalogue meanwhile instead of waiting for MapLibre to arrive and run. A failed download is
 * not kept: the next call asks the network again.
 */
type MapCode = typeof import('./adapter');

let code: Promise<MapCode> | null = null;

export function loadMapCode(): Promise<MapCode> {
  code ??= import('./adapter').catch((error: unknown) => {
    code = null;
    throw error;
  });
  return code;
}
