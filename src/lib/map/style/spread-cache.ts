/**
 * The markers' spread (geo/spread.ts) worked out once, by the build, for the catalogue as shipped:
 * laying out 13 zoom levels of blocks costs a phone's slow CPU a few hundred milliseconds before
 * the first frame, and the answer depends only on the markers' positions and the type scale. The
 * page uses the stored offsets when its markers are exactly the ones they were computed for, and
 * computes them itself otherwise (corrected places, a catalogue served by the dev server).
 */
import type { FeatureCollection } from 'geojson';
import { LAYER_GROUPS } from '../../catalog/groups.ts';
import type { GroupId, PlaceFeature } from '../../catalog/types.ts';
import type { SpreadPoint } from '../../geo/spread.ts';
import { clusterOf } from '../../geo/cluster.ts';
import { SPREAD_ZOOMS } from './marker-spread.ts';
import { layOutMarkers, type MarkerLayout } from './marker-layout.ts';

/** Offsets by type scale, then by place id: [dx, dy] per zoom of SPREAD_ZOOMS, flattened. */
export interface SpreadCache {
  /** The markers the offsets belong to (spreadKey), so stale offsets are never used. */
  key: string;
  scales: Record<string, Record<string, number[]>>;
  /** By type scale, the clusters drawn where markers cannot stand apart (marker-layout.ts). */
  clusters: Record<string, StoredCluster[]>;
}

/**
 * A cluster as stored, in numbers to stay small: the index of its zoom in SPREAD_ZOOMS, its offset
 * [dx, dy], then its members as indices into the markers' ids sorted (the key fixes that list);
 * its centre and bounds follow from the members.
 */
export type StoredCluster = number[];

/** The markers' ids in the order stored clusters index them. */
function sortedIds(points: readonly SpreadPoint[]): string[] {
  return points.map((p) => p.id).sort();
}

/** The markers drawn as points of their own (not zone members, not area labels, not off the map). */
export function isSpreadMarker(f: FeatureCollection['features'][number]): boolean {
  const p = f.properties ?? {};
  return f.geometry.type === 'Point' && !p.label_point && !p.zone_member && !p.off_map;
}

/** Whether a place of a group is shown on the map now (its group on, through the filters). */
export type ShownPlace = (id: string, group: GroupId) => boolean;

/** The markers to spread: every one, or those `shown`. */
export function spreadPoints(places: Record<GroupId, FeatureCollection>, shown?: ShownPlace): SpreadPoint[] {
  const points: SpreadPoint[] = [];
  for (const g of LAYER_GROUPS) {
    for (const f of places[g.id].features) {
      if (!isSpreadMarker(f) || f.geometry.type !== 'Point') continue;
      if (shown && !shown(String(f.id), g.id)) continue;
      const [lon, lat] = f.geometry.coordinates;
      points.push({ id: String(f.id), lon: lon!, lat: lat! });
    }
  }
  return points;
}

/**
 * The same markers straight from the catalogue's places, for the build (which does not make the
 * map's features): a located point of its own, not a zone's member and not outside the map, as
 * map/features.ts draws it. Should the two ever disagree, the keys differ and the page computes.
 */
export function catalogueSpreadPoints(places: readonly PlaceFeature[]): SpreadPoint[] {
  return places.flatMap((place) => {
    const p = place.properties;
    if (place.geometry?.type !== 'Point' || p.unlocated || p.outside || p.zone !== undefined) return [];
    const [lon, lat] = place.geometry.coordinates;
    return [{ id: p.id, lon: lon!, lat: lat! }];
  });
}

/** Identifies a set of markers exactly (ids and coordinates as the map gets them, in any order). */
export function spreadKey(points: readonly SpreadPoint[]): string {
  return points
    .map((p) => `${p.id}@${p.lon},${p.lat}`)
    .sort()
    .join(';');
}

/** The offsets of these markers at this type scale (one [dx, dy] per zoom of SPREAD_ZOOMS) and the clusters. */
export function computeSpread(points: readonly SpreadPoint[], textScale: number): MarkerLayout {
  return layOutMarkers(points, textScale);
}

/** The cache the build stores with the catalogue, for each type scale the page can choose. */
export function precomputeSpread(points: readonly SpreadPoint[], textScales: readonly number[]): SpreadCache {
  const scales: SpreadCache['scales'] = {};
  const clusters: SpreadCache['clusters'] = {};
  for (const scale of textScales) {
    const byId: Record<string, number[]> = {};
    const layout = computeSpread(points, scale);
    const index = new Map(sortedIds(points).map((id, i) => [id, i]));
    clusters[String(scale)] = layout.clusters.flatMap((list, zoom) =>
      list.map(({ cluster, offset }) => [
        zoom,
        Math.round(offset[0] * 10) / 10 + 0,
        Math.round(offset[1] * 10) / 10 + 0,
        ...cluster.ids.map((id) => index.get(id)!),
      ]),
    );
    for (const [id, list] of layout.offsets) {
      // Tenths of a pixel, as the style's offset tables keep them (atlas-style.ts).
      const flat = list.flat().map((v) => Math.round(v * 10) / 10 + 0);
      if (flat.some((v) => v !== 0)) byId[id] = flat;
    }
    scales[String(scale)] = byId;
  }
  return { key: spreadKey(points), scales, clusters };
}

/**
 * The offsets for these markers at this scale: from the cache when it was made for exactly these
 * markers and this scale, else computed here.
 */
export function spreadFor(
  points: readonly SpreadPoint[],
  textScale: number,
  cache?: SpreadCache,
): MarkerLayout {
  const stored = cache?.scales[String(textScale)];
  const storedClusters = cache?.clusters[String(textScale)];
  if (!stored || !storedClusters || cache.key !== spreadKey(points)) return computeSpread(points, textScale);
  const still: [number, number][] = SPREAD_ZOOMS.map(() => [0, 0]);
  const offsets = new Map(
    points.map((p) => {
      const flat = stored[p.id];
      if (!flat) return [p.id, still];
      return [p.id, SPREAD_ZOOMS.map((_, i): [number, number] => [flat[2 * i]!, flat[2 * i + 1]!])];
    }),
  );
  const clustered = new Map<string, number[]>();
  const clusters: MarkerLayout['clusters'] = SPREAD_ZOOMS.map(() => []);
  const byId = new Map(points.map((p) => [p.id, p]));
  const ids = sortedIds(points);
  for (const [zoom, dx, dy, ...indices] of storedClusters) {
    const members = indices.map((i) => byId.get(ids[i]!)).filter((p) => p !== undefined);
    if (members.length < 2) continue;
    clusters[zoom!]?.push({ cluster: clusterOf(members), offset: [dx!, dy!] });
    for (const p of members) clustered.set(p.id, [...(clustered.get(p.id) ?? []), zoom!]);
  }
  return { offsets, clustered, clusters };
}

/** A stored cache's shape, checked cheaply when the page reads the catalogue (artifact.ts). */
export function isSpreadCache(value: unknown): value is SpreadCache {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.key !== 'string' || typeof v.scales !== 'object' || v.scales === null) return false;
  if (typeof v.clusters !== 'object' || v.clusters === null) return false;
  const clustersOk = Object.values(v.clusters).every(
    (list) =>
      Array.isArray(list) &&
      list.every(
        (c) =>
          Array.isArray(c) &&
          c.length >= 5 &&
          c.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
          Number.isInteger(c[0]) &&
          c[0] >= 0 &&
          c[0] < SPREAD_ZOOMS.length &&
          c.slice(3).every((n: number) => Number.isInteger(n) && n >= 0),
      ),
  );
  if (!clustersOk) return false;
  return Object.values(v.scales).every((byId) => {
    if (typeof byId !== 'object' || byId === null) return false;
    return Object.values(byId).every(
      (flat) =>
        Array.isArray(flat) &&
        flat.length === 2 * SPREAD_ZOOMS.length &&
        flat.every((n) => typeof n === 'number' && Number.isFinite(n)),
    );
  });
}
