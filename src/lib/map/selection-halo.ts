/**
 * The halo of the chosen place, made when a place is chosen and again when the camera stops: the
 * place's stated precision as a circle cut to the district outline (geo/basemap/district.geojson,
 * fetched once) and capped at 40 % of the screen's shorter side at the zoom the map shows, so a
 * place known to ±5 km never covers the view. Loaded with the first choice of a place.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { haloShape, maxHaloRadiusM } from '../geo/halo';
import { haloColors } from './style/overlays';

/** What a halo is made from: the place's point, its precision and its layer's colour. */
export interface HaloPlace {
  lon: number;
  lat: number;
  radiusM: number;
  color: string;
}

let district: Promise<Polygon | MultiPolygon | null> | null = null;

/** The district's outline (feature `wujin`); null when it cannot be had, and the halo is then not cut. */
function districtOutline(url: string): Promise<Polygon | MultiPolygon | null> {
  district ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
    .then((fc) => {
      const g = fc?.features.find((f) => f.properties?.id === 'wujin')?.geometry;
      return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : null;
    })
    .catch(() => null);
  return district;
}

export async function haloFeatures(
  place: HaloPlace,
  districtUrl: string,
  view: { zoom: number; widthPx: number; heightPx: number },
): Promise<FeatureCollection> {
  const clip = await districtOutline(districtUrl);
  const cap = maxHaloRadiusM(view.zoom, place.lat, Math.min(view.widthPx, view.heightPx));
  const shape = haloShape([place.lon, place.lat], place.radiusM, clip, cap);
  return {
    type: 'FeatureCollection',
    features: shape ? [{ ...shape, properties: haloColors(place.color) }] : [],
  };
}
