/** Removing one of the planner's layers: forgotten on this device first, then taken off the map. */
import type { AtlasState } from '../../state/atlas.svelte';
import { setKept } from './keep';

export async function removeLayer(atlas: AtlasState, layerId: string): Promise<void> {
  // Once it is gone from the screen it is gone: a kept copy would bring it back at the next visit.
  if (atlas.planner.layer(layerId)?.kept) await setKept(atlas, layerId, false);
  atlas.planner.remove(layerId);
}
