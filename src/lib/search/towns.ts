/**
 * Wujin's towns and 街道 as search and near-me need them: id, names and one point. Read from the
 * basemap layer geo/basemap/towns.geojson; features that are not usable points are skipped, not
 * fatal, because the basemap is context and the atlas works without it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface Town {
  id: string;
  name_zh: string;
  name_en: string;
  /** `town` (镇), `subdistrict` (街道) or `seat` (the district government). */
  kind: string;
  lon: number;
  lat: number;
}

/** A point for any geometry: the point itself, or the middle of its bounding box. */
function anchorOf(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  if (geometry.type === 'Point')
    return geometry.coordinates.length >= 2 ? [geometry.coordinates[0], geometry.coordinates[1]] : null;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (geometry.type === 'GeometryCollection')
    geometry.geometries.forEach((g) => visit('coordinates' in g ? g.coordinates : []));
  else visit(geometry.coordinates);
  return Number.isFinite(w) ? [(w + e) / 2, (s + n) / 2] : null;
}

/** The towns of a towns.geojson collection, in file order. */
export function parseTowns(collection: unknown): Town[] {
  const features = (collection as FeatureCollection | null)?.features;
  if (!Array.isArray(features)) return [];
  const towns: Town[] = [];
  for (const f of features as Feature[]) {
    const props = (f?.properties ?? {}) as Record<string, unknown>;
    const id = typeof props.id === 'string' ? props.id : typeof f?.id === 'string' ? f.id : null;
    const nameZh = typeof props.name_zh === 'string' ? props.name_zh : null;
    const anchor = anchorOf(f?.geometry ?? null);
    if (!id || !nameZh || !anchor) continue;
    const nameEn = typeof props.name_en === 'string' && props.name_en ? props.name_en : nameZh;
    const kind = typeof props.kind === 'string' ? props.kind : 'town';
    towns.push({ id, name_zh: nameZh, name_en: nameEn, kind, lon: anchor[0], lat: anchor[1] });
  }
  return towns;
}

const loading = new Map<string, Promise<Town[]>>();

/** Towns already parsed (from the catalogue artifact) are served for their file's URL. */
export function primeTowns(url: string, towns: Town[]): void {
  loading.set(url, Promise.resolve(towns));
}

/**
 * Fetches the towns once (the map has usually fetched the same file already, so it comes from the
 * cache). A failure yields an empty list: search and near-me then simply offer no towns.
 */
export function loadTowns(url: string): Promise<Town[]> {
  let pending = loading.get(url);
  if (!pending) {
    pending = fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then(parseTowns)
      .catch(() => []);
    loading.set(url, pending);
  }
  return pending;
}
