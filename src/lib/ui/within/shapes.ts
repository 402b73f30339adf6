/** The shapes a selection by location is measured from, as the selection slice keeps them. */
import type { Feature } from 'geojson';
import type { PlaceFeature } from '../../catalog/types';
import type { WithinShape } from '../../state/slices/within.svelte';
import type { Measurement } from '../../state/slices/tools.svelte';

/** One of the report's places, with how roughly it is located (0 for a surveyed one). */
export function placeShape(place: PlaceFeature): WithinShape | null {
  const p = place.properties;
  if (!place.geometry || p.unlocated) return null;
  return {
    geometry: place.geometry,
    origin: 'place',
    placeId: p.id,
    uncertaintyM: p.precision === 'surveyed' ? 0 : (p.precision_m ?? 0),
  };
}

/** One of the planner's features, named as its card names it. */
export function featureShape(feature: Feature, label: string): WithinShape | null {
  if (!feature.geometry) return null;
  return { geometry: feature.geometry, origin: 'feature', label, uncertaintyM: 0 };
}

/** The ruler's path, or its closed shape (an area from three points on). */
export function rulerShape(m: Measurement | null): WithinShape | null {
  const points = m?.points.map(([lon, lat]) => [lon, lat]) ?? [];
  if (points.length === 0) return null;
  if (m?.closed && points.length >= 3)
    return {
      geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] },
      origin: 'ruler',
      uncertaintyM: 0,
    };
  return {
    geometry:
      points.length === 1
        ? { type: 'Point', coordinates: points[0] }
        : { type: 'LineString', coordinates: points },
    origin: 'ruler',
    uncertaintyM: 0,
  };
}

/** What a card offers to select around: a place, one of the planner's features, the ruler's points. */
export type WithinSource =
  { place: PlaceFeature } | { feature: Feature; label: string } | { measurement: Measurement | null };

export function shapeOf(source: WithinSource): WithinShape | null {
  if ('place' in source) return placeShape(source.place);
  if ('feature' in source) return featureShape(source.feature, source.label);
  return rulerShape(source.measurement);
}
