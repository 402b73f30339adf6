// The counted disc's click: markers that cannot stand apart at this zoom are shown apart by zooming in.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { prefersReducedMotion } from './create-map';
import { CLUSTER_LAYER_ID } from './style/marker-clusters';

/** A click on a cluster zooms in until its markers stand apart; true when there was one. */
export function zoomIntoCluster(map: MapLibreMap, point: { x: number; y: number }): boolean {
  if (!map.getLayer(CLUSTER_LAYER_ID)) return false;
  const hit = map.queryRenderedFeatures([point.x, point.y], { layers: [CLUSTER_LAYER_ID] })[0];
  if (!hit) return false;
  const p = hit.properties as Record<string, number>;
  // Its members' bounds, but at least the next zoom step, where the cluster is laid out anew.
  const fit = map.cameraForBounds(
    [
      [p.west!, p.south!],
      [p.east!, p.north!],
    ],
    { padding: 40 },
  );
  const zoom = Math.min(14, Math.max(fit?.zoom ?? 0, Math.floor(map.getZoom()) + 1));
  map.easeTo({
    center: fit?.center ?? map.getCenter(),
    zoom,
    duration: prefersReducedMotion() ? 0 : 600,
  });
  return true;
}
