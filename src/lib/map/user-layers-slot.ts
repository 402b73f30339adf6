/**
 * Where the map adapter keeps the planner's layers until their code has come: user-layers.ts
 * loads with the first file (no first view needs it); until then the last layers and selection
 * asked for wait here, and are given to it, with the map once the style has loaded.
 */
import { CodeSlot } from './code-slot';
import type { UserFeatureRef } from './user-feature-ref';
import type { UserLayersMap, UserLayersOnMap, UserLayerView } from './user-layers';

export class UserLayersSlot extends CodeSlot<UserLayersMap, UserLayersOnMap> {
  private views: readonly UserLayerView[] = [];
  private selected: UserFeatureRef | null = null;

  constructor(textScale: number, onError: (message: string) => void) {
    super(
      async () => new (await import('./user-layers')).UserLayersOnMap(textScale),
      (message) => onError(`user layers: ${message}`),
    );
  }

  set(views: readonly UserLayerView[]): void {
    this.views = views;
    if (this.loaded) this.loaded.set(views);
    else if (views.length > 0)
      this.use((layers) => {
        layers.setSelected(this.selected);
        layers.set(this.views);
      });
  }

  setSelected(ref: UserFeatureRef | null): void {
    this.selected = ref;
    this.loaded?.setSelected(ref);
  }

  /** The style layers a click may hit (none before the code has come: nothing is drawn then). */
  hitLayers(): string[] {
    return this.loaded?.hitLayers() ?? [];
  }
}
