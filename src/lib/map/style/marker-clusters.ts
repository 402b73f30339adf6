/**
 * Markers set apart at every zoom of SPREAD_ZOOMS, and, at a zoom where a block of them cannot
 * stay clear for the whole zoom step (the district's forty markers on a phone at zoom 8), the
 * crowded ones drawn as one counted marker instead (geo/cluster.ts) that zooms in when clicked.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MarkerLayout } from './marker-layout';
import { perFeature } from './programs';
import { SPREAD_ZOOMS, spreadProperty } from './marker-spread';

/** The source and layer of the counted markers. */
export const CLUSTER_SOURCE_ID = 'marker-clusters';
export const CLUSTER_LAYER_ID = 'marker-clusters-count';

/** The property that says a marker is counted in a cluster at SPREAD_ZOOMS[i]. */
export function clusteredProperty(i: number): string {
  return `clustered_${i}`;
}

/**
 * The clusters as features: each holds its count and members, the whole zoom it is drawn at, its
 * members' bounds and its spread offset (`spreadIndex` gives the offset's index in that zoom's table).
 */
export function clusterFeatures(
  layout: MarkerLayout,
  spreadIndex: (i: number, offset: [number, number]) => number,
): FeatureCollection<Point> {
  const features: Feature<Point>[] = layout.clusters.flatMap((list, i) =>
    list.map(({ cluster, offset }, k) => ({
      type: 'Feature' as const,
      id: `cluster-${SPREAD_ZOOMS[i]}-${k}`,
      geometry: { type: 'Point' as const, coordinates: [cluster.lon, cluster.lat] },
      properties: {
        id: `cluster-${SPREAD_ZOOMS[i]}-${k}`,
        count: cluster.ids.length,
        // The places it stands for (ids joined by commas): the list a keyboard opens, the tests' check.
        members: cluster.ids.join(','),
        cluster_zoom: SPREAD_ZOOMS[i]!,
        west: cluster.bbox[0],
        south: cluster.bbox[1],
        east: cluster.bbox[2],
        north: cluster.bbox[3],
        [spreadProperty(i)]: spreadIndex(i, offset),
      },
    })),
  );
  return { type: 'FeatureCollection', features };
}

/**
 * The whole zoom of SPREAD_ZOOMS a tile is laid out at (MapLibre evaluates a filter at the tile's
 * whole zoom): below the first, the first; above the last, the last.
 */
export const spreadZoomStep: ExpressionSpecification = [
  'step',
  ['zoom'],
  SPREAD_ZOOMS[0]!,
  ...SPREAD_ZOOMS.slice(1).flatMap((z) => [z, z]),
] as ExpressionSpecification;

/** True for a marker counted in a cluster at the present zoom (a filter clause). */
export const countedInCluster: ExpressionSpecification = [
  'step',
  ['zoom'],
  ['has', clusteredProperty(0)],
  ...SPREAD_ZOOMS.slice(1).flatMap((z, k) => [z, ['has', clusteredProperty(k + 1)]]),
] as ExpressionSpecification;

/** The image of a cluster counting `count` markers. */
export function clusterImageId(count: number): string {
  return `cluster-${count}`;
}

/**
 * The counted markers: drawn at their zoom step, of a marker's size (the spreading made room for
 * exactly that), set apart like markers, and kept clear of by every label placed after them.
 */
export function clusterLayer(
  textScale: number,
  iconOffset: ExpressionSpecification | [number, number],
): LayerSpecification {
  return {
    id: CLUSTER_LAYER_ID,
    type: 'symbol',
    source: CLUSTER_SOURCE_ID,
    filter: ['==', ['get', 'cluster_zoom'], spreadZoomStep],
    layout: {
      'icon-image': ['concat', 'cluster-', ['to-string', ['get', 'count']]],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.75 * textScale, 14, 1.1 * textScale],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 1,
      'icon-offset': iconOffset,
    },
    // As the markers' (places.ts), so both share one GPU program.
    paint: { 'icon-opacity': perFeature(1) },
  };
}
