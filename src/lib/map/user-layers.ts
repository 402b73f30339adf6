/**
 * The planner's own layers on the map: one GeoJSON source per file, with its style layers (see
 * userLayerSpecs) between the report's places and the other overlays, the newest on top. Part of
 * the map adapter (adapter.ts). A layer's data never changes while it is on the map: a new file is
 * a new layer, and its style (colour, label, category, visibility) changes only its style layers,
 * so its data is never sent to MapLibre's worker twice. Layers given before the style has loaded
 * are added once it has. Loaded with the first file (no first view needs it).
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  USER_HIT_ROLES,
  USER_LAYER_ROLES,
  USER_SELECTED_ROLES,
  userLayerSpecs,
  userSelectedFilter,
  userSourceId,
  userStyleLayerId,
  type UserLayerStyle,
} from './style/user-layers-style';
import type { UserFeatureRef } from './user-feature-ref';
import { addLayers, PREVALIDATED } from './add-layers';
import { MapPart } from './code-slot';

/** What of MapLibre the layers use (a stub map provides the same in the unit tests). */
export type UserLayersMap = Pick<
  MapLibreMap,
  'addSource' | 'removeSource' | 'addLayer' | 'removeLayer' | 'getLayer' | 'setFilter' | 'setLayoutProperty'
>;

/** One of the planner's layers as the map draws it. */
export interface UserLayerView {
  id: string;
  /** The map's copy (a blob: URL MapLibre's worker fetches, or the features); asked for once, when added. */
  data: () => FeatureCollection | string;
  style: UserLayerStyle;
}

/** The style layer every overlay above the planner's layers starts with. */
const ABOVE_USER_LAYERS = 'near-fill';
export class UserLayersOnMap extends MapPart<UserLayersMap> {
  private views: readonly UserLayerView[] = [];
  /** What is on the map now: each layer's style as drawn, by layer id. */
  private readonly drawn = new Map<string, UserLayerStyle>();
  private selected: UserFeatureRef | null = null;

  constructor(private readonly textScale: number) {
    super();
  }

  override detach(): void {
    super.detach();
    this.drawn.clear();
  }

  /** The planner's layers, bottom to top. */
  set(views: readonly UserLayerView[]): void {
    this.views = views;
    this.draw();
  }

  /** Marks the planner's feature whose attributes are open, or none. */
  setSelected(ref: UserFeatureRef | null): void {
    const before = this.selected;
    if (before?.layerId === ref?.layerId && before?.index === ref?.index) return;
    this.selected = ref;
    if (!this.map) return;
    if (before && this.drawn.has(before.layerId)) this.applySelected(before.layerId, null);
    if (ref && this.drawn.has(ref.layerId)) this.applySelected(ref.layerId, ref.index);
  }

  /** The style layers a click may hit: the shapes of the layers shown. */
  hitLayers(): string[] {
    return [...this.drawn]
      .filter(([, style]) => style.visible)
      .flatMap(([id]) => USER_HIT_ROLES.map((role) => userStyleLayerId(role, id)));
  }

  /** Adds, restyles and removes layers until the map draws the layers given, bottom to top. */
  protected draw(): void {
    const map = this.map;
    if (!map) return;
    const wanted = new Set(this.views.map((v) => v.id));
    for (const id of [...this.drawn.keys()]) {
      if (wanted.has(id)) continue;
      this.removeStyleLayers(id);
      map.removeSource(userSourceId(id));
      this.drawn.delete(id);
    }
    // Top to bottom, so each layer knows what lies above it.
    let above = ABOVE_USER_LAYERS;
    for (const view of [...this.views].reverse()) {
      const before = this.drawn.get(view.id);
      if (!before) {
        map.addSource(userSourceId(view.id), { type: 'geojson', data: view.data() });
        this.addStyleLayers(view, above);
      } else if (sameDrawing(before, view.style)) {
        if (before.visible !== view.style.visible) this.applyVisibility(view);
      } else {
        this.removeStyleLayers(view.id);
        this.addStyleLayers(view, above);
      }
      above = userStyleLayerId(USER_LAYER_ROLES[0], view.id);
    }
  }

  private addStyleLayers(view: UserLayerView, beforeId: string): void {
    const map = this.map!;
    const index = this.selected?.layerId === view.id ? this.selected.index : null;
    const before = map.getLayer(beforeId) ? beforeId : undefined;
    addLayers(map, userLayerSpecs(view.id, view.style, this.textScale, index), before);
    this.drawn.set(view.id, view.style);
  }

  private removeStyleLayers(id: string): void {
    for (const role of USER_LAYER_ROLES) {
      const layerId = userStyleLayerId(role, id);
      if (this.map!.getLayer(layerId)) this.map!.removeLayer(layerId);
    }
  }

  private applyVisibility(view: UserLayerView): void {
    const { visible, labelled } = view.style;
    for (const role of USER_LAYER_ROLES) {
      const shown = visible && (role.startsWith('user-label') ? labelled : true);
      this.map!.setLayoutProperty(
        userStyleLayerId(role, view.id),
        'visibility',
        shown ? 'visible' : 'none',
        PREVALIDATED,
      );
    }
    this.drawn.set(view.id, view.style);
  }

  private applySelected(layerId: string, index: number | null): void {
    for (const role of USER_SELECTED_ROLES)
      this.map!.setFilter(userStyleLayerId(role, layerId), userSelectedFilter(role, index), PREVALIDATED);
  }
}

/** Whether two styles draw the same but for visibility. */
function sameDrawing(a: UserLayerStyle, b: UserLayerStyle): boolean {
  return JSON.stringify({ ...a, visible: true }) === JSON.stringify({ ...b, visible: true });
}
