// Report places as the map's sources hold them, reduced to what the place-layer tests read: an id,
// at the same point for all (where they lie does not matter to filters, states or rings).
import type { FeatureCollection } from 'geojson';

export const points = (...ids: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: ids.map((id) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [120, 31.5] },
    properties: { id },
  })),
});
