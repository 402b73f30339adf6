// Mounting a component the way the page does: under a fresh atlas state built from the real
// catalogue, reached through context.
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import { realCatalog } from './catalog';

/** Renders `component` with `props` under `atlas` (a new one unless given) and returns the atlas. */
export function mountWithAtlas<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props = {} as Props,
  atlas: AtlasState = new AtlasState(realCatalog()),
): AtlasState {
  // The testing library's options type does not resolve for a generic component; this call is
  // exactly `render(component, { props, context })`.
  const untyped = component as unknown as Component<Record<string, unknown>>;
  render(untyped, { props, context: atlasContext(atlas) });
  return atlas;
}
