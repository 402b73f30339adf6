/**
 * What a click or the pointer is on, and where a picked point lands. Part of the map adapter
 * (adapter.ts): the smallest thing under the pointer wins, a picked point snaps to a marker or a
 * shape's edge within SNAP_PX, and picks reach the state in the order they were clicked.
 */
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { GroupId } from '../catalog/types';
import { interactiveLayerIds } from './style/places';

/** What of MapLibre picking uses (a stub map provides the same in the unit tests). */
export type PickingMap = Pick<MapLibreMap, 'getLayer' | 'queryRenderedFeatures' | 'project'>;

/** A click or pointer position: in CSS pixels on the map, and where that is. */
export interface MapPoint {
  point: { x: number; y: number };
  lngLat: { lng: number; lat: number };
}

/** How close (in CSS pixels) a picked point must be to a marker or an edge to land on it. */
export const SNAP_PX = 12;
/** Half the side of the box a click looks in: small markers and thin lines are easy to hit with a finger. */
const HIT_PAD_PX = 8;

type SnapCode = typeof import('../geo/snap');

/**
 * Points over lines over areas, and smaller areas over larger ones. The planner's own areas carry
 * no size and so come before the report's (which are zones of km²).
 */
export function pickRank(f: Pick<MapGeoJSONFeature, 'geometry' | 'properties'>): number {
  if (f.geometry.type === 'Point') return 0;
  if (f.geometry.type.includes('Line')) return 1;
  return 2 + Number(f.properties.area_km2 ?? 0);
}

export class Picker {
  /** Where each point place is, exactly as the catalogue has it: picks snap to these. */
  private readonly pointOf = new Map<string, [number, number]>();
  /** Each line or area place's whole geometry: picks near its line or edge snap onto it. */
  private readonly shapeOf = new Map<string, Geometry>();
  /** Snapping to edges: its code loads when picking is first turned on (no first view needs it). */
  private snapCode: Promise<SnapCode> | null = null;
  /** The last pick on its way to the state (see pick). */
  private picks: Promise<void> = Promise.resolve();

  constructor(
    private readonly map: PickingMap,
    places: Iterable<{ id: string; geometry: Geometry }>,
    /** The groups shown now: only their layers answer. */
    private readonly groups: () => readonly GroupId[],
    private readonly loadSnapCode: () => Promise<SnapCode> = () => import('../geo/snap'),
    /** The planner's own layers answer clicks too: their shapes, not their labels (as for the report's places). */
    private readonly userHitLayers: () => string[] = () => [],
  ) {
    for (const { id, geometry } of places) {
      if (geometry.type === 'Point') {
        const [lon, lat] = geometry.coordinates;
        this.pointOf.set(id, [lon, lat]);
      } else {
        this.shapeOf.set(id, geometry);
      }
    }
  }

  /** Starts loading the snapping code (picking was turned on). */
  prepare(): void {
    this.loadSnap().catch(() => (this.snapCode = null));
  }

  /** The feature a click or the pointer is on: the smallest thing in a small box around it. */
  featureAt(e: MapPoint): MapGeoJSONFeature | undefined {
    const { x, y } = e.point;
    const layers = [
      ...this.presentLayers(this.groups().flatMap((g) => interactiveLayerIds(g))),
      ...this.presentLayers(this.userHitLayers()),
    ];
    const hits = this.map.queryRenderedFeatures(
      [
        [x - HIT_PAD_PX, y - HIT_PAD_PX],
        [x + HIT_PAD_PX, y + HIT_PAD_PX],
      ],
      { layers },
    );
    return hits.sort((a, b) => pickRank(a) - pickRank(b))[0];
  }

  /**
   * Reports a picked point through `onPick` once it has snapped. Picks reach the state in the
   * order they were clicked, whichever needed to wait; one that fails (or whose handler throws)
   * is reported through `onError` and the ones after it still arrive.
   */
  pick(
    e: MapPoint,
    onPick: (lon: number, lat: number) => void,
    onError: (message: string) => void,
  ): Promise<void> {
    const snapped = this.snapAt(e);
    this.picks = this.picks
      .then(() => snapped)
      .then(([lon, lat]) => onPick(lon, lat))
      .catch((error: unknown) => onError(String(error)));
    return this.picks;
  }

  /**
   * A picked point lands on a place's or town's marker when the click is within SNAP_PX of it:
   * measuring from 武进站 then starts exactly at 武进站 (at the catalogue's coordinates for a place).
   * Away from markers it lands on a line place or an area's edge within SNAP_PX (the metro line,
   * a park's boundary), at the nearest point of the whole shape, not of the tile's copy of it.
   */
  async snapAt(e: MapPoint): Promise<[number, number]> {
    const map = this.map;
    const { x, y } = e.point;
    const groups = this.groups();
    const box: [PointLike, PointLike] = [
      [x - SNAP_PX, y - SNAP_PX],
      [x + SNAP_PX, y + SNAP_PX],
    ];
    let best: { lonLat: [number, number]; distancePx: number } | null = null;
    const markerLayers = this.presentLayers([...groups.map((g) => `${g}-point`), 'towns-dot']);
    for (const f of map.queryRenderedFeatures(box, { layers: markerLayers })) {
      if (f.geometry.type !== 'Point') continue;
      const [lon, lat] = this.pointOf.get(String(f.properties.id)) ?? f.geometry.coordinates;
      const p = map.project([lon, lat]);
      const distancePx = Math.hypot(p.x - x, p.y - y);
      if (distancePx <= SNAP_PX && (!best || distancePx < best.distancePx))
        best = { lonLat: [lon, lat], distancePx };
    }
    const clicked: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    if (best) return best.lonLat;
    // The candidates are read now, from the map as it was clicked; the code that finds the
    // nearest point may still be arriving (it loads when picking is turned on).
    const edgeLayers = this.presentLayers(
      groups.flatMap((g) => [
        `${g}-line`,
        `${g}-line-planned`,
        `${g}-area-outline`,
        `${g}-area-outline-vague`,
      ]),
    );
    const ids = new Set(
      map.queryRenderedFeatures(box, { layers: edgeLayers }).map((f) => String(f.properties.id)),
    );
    const shapes = [...ids].flatMap((id) => this.shapeOf.get(id) ?? []);
    if (shapes.length === 0) return clicked;
    try {
      const hit = (await this.loadSnap()).nearestOnEdges(clicked, shapes);
      if (!hit) return clicked;
      // Both projected now, so a camera that moved meanwhile does not change the distance.
      const a = map.project(hit.lonLat);
      const b = map.project(clicked);
      return Math.hypot(a.x - b.x, a.y - b.y) <= SNAP_PX ? hit.lonLat : clicked;
    } catch {
      // The snapping code could not be fetched (offline after an update): the click as it was.
      return clicked;
    }
  }

  private loadSnap(): Promise<SnapCode> {
    return (this.snapCode ??= this.loadSnapCode());
  }

  private presentLayers(ids: string[]): string[] {
    return ids.filter((id) => this.map.getLayer(id) !== undefined);
  }
}
