/**
 * What drawing the optional streets archive needs, loaded the first time the streets are drawn:
 * the `pmtiles` reader (registered with MapLibre as the `pmtiles://` protocol) and the streets'
 * layer definitions. A build without an archive never downloads either.
 */
import { addProtocol } from 'maplibre-gl';

export type StreetsStyle = typeof import('./style/streets');

let loading: Promise<StreetsStyle> | null = null;

/** Registers the `pmtiles://` protocol once and returns the streets' style functions. */
export function loadStreets(): Promise<StreetsStyle> {
  loading ??= Promise.all([import('pmtiles'), import('./style/streets')]).then(([{ Protocol }, style]) => {
    addProtocol('pmtiles', new Protocol().tile);
    return style;
  });
  loading.catch(() => (loading = null));
  return loading;
}
