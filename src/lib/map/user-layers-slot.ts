/**
 * Where the map adapter keeps the planner's layers until their code has come: user-layers.ts
 * loads with the first file (no first view needs it); until then the last layers and selection
 * asked for wait here, and are given to it, with the map once the style has loaded.
 */
import type { UserFeatureRef } from './user-feature-ref';
import type { UserLayersMap, UserLayersOnMap, UserLayerView } from './user-layers';

export class UserLayersSlot {
  private layers: UserLayersOnMap | null = null;
  private code: Promise<void> | null = null;
  private views: readonly UserLayerView[] = [];
  private selected: UserFeatureRef | null = null;
  private map: UserLayersMap | null = null;

  constructor(
    private readonly textScale: number,
    private readonly onError: (message: string) => void,
  ) {}

  attach(map: UserLayersMap): void {
    this.map = map;
    this.layers?.attach(map);
  }

  detach(): void {
    this.map = null;
    this.layers?.detach();
  }

  set(views: readonly UserLayerView[]): void {
    this.views = views;
    if (this.layers) this.layers.set(views);
    else if (views.length > 0) this.load();
  }

  setSelected(ref: UserFeatureRef | null): void {
    this.selected = ref;
    this.layers?.setSelected(ref);
  }

  /** The style layers a click may hit (none before the code has come: nothing is drawn then). */
  hitLayers(): string[] {
    return this.layers?.hitLayers() ?? [];
  }

  private load(): void {
    this.code ??= import('./user-layers')
      .then(({ UserLayersOnMap }) => {
        const layers = new UserLayersOnMap(this.textScale);
        this.layers = layers;
        layers.setSelected(this.selected);
        layers.set(this.views);
        if (this.map) layers.attach(this.map);
      })
      .catch((error: unknown) => {
        this.code = null;
        this.onError(`user layers: ${String(error)}`);
      });
  }
}
