/**
 * Where each marker is drawn at every zoom of SPREAD_ZOOMS: set apart from the markers it would
 * touch, or counted in a cluster where a block cannot keep them apart for the whole zoom step
 * (geo/cluster.ts). Worked out by the build (spread-cache.ts) and, for corrected places, by the page.
 */
import { spreadOrCluster, type MarkerCluster } from '../../geo/cluster.ts';
import type { SpreadPoint } from '../../geo/spread.ts';
import { markerIconSize, markerRoomPx, SPREAD_ZOOMS } from './marker-spread.ts';

export interface MarkerLayout {
  /** Per marker id, one offset per zoom of SPREAD_ZOOMS ([0, 0] where it stands alone or is counted). */
  offsets: Map<string, [number, number][]>;
  /** Per marker id, the indices of SPREAD_ZOOMS at which it is counted in a cluster. */
  clustered: Map<string, number[]>;
  /** Per index of SPREAD_ZOOMS, the clusters drawn there and their offsets. */
  clusters: { cluster: MarkerCluster; offset: [number, number] }[][];
}

export function layOutMarkers(points: readonly SpreadPoint[], textScale: number): MarkerLayout {
  const offsets = new Map<string, [number, number][]>(points.map((p) => [p.id, []]));
  const clustered = new Map<string, number[]>();
  const clusters: MarkerLayout['clusters'] = [];
  SPREAD_ZOOMS.forEach((zoom, i) => {
    const at = spreadOrCluster(
      points,
      zoom,
      (z) => markerRoomPx(z, textScale),
      (z) => markerIconSize(z, textScale),
    );
    const counted = new Set(at.clusters.flatMap((c) => c.ids));
    for (const p of points) {
      offsets.get(p.id)!.push(counted.has(p.id) ? [0, 0] : at.offsets.get(p.id)!);
      if (counted.has(p.id)) clustered.set(p.id, [...(clustered.get(p.id) ?? []), i]);
    }
    clusters.push(at.clusters.map((cluster, k) => ({ cluster, offset: at.clusterOffsets[k]! })));
  });
  return { offsets, clustered, clusters };
}
