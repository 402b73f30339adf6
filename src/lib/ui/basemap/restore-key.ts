/**
 * A Tianditu key and review number stored earlier (token-storage.ts) apply before the map first
 * asks for tiles. Kept apart from the dialog that asks for a key, which loads only when one is needed.
 */
import type { AtlasState } from '../../state/atlas.svelte';
import { setTiandituKey } from '../../state/slices/tianditu-key.svelte';
import { loadReviewNumber, loadTiandituToken } from './token-storage';

export function restoreStoredTiandituKey(atlas: Pick<AtlasState, 'basemap'>): void {
  const storedReview = loadReviewNumber();
  if (storedReview) atlas.basemap.setReviewNumber(storedReview);
  const storedToken = loadTiandituToken();
  if (storedToken && !atlas.basemap.hasTiandituKey) setTiandituKey(storedToken);
}
