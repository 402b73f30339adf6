/**
 * Measuring on the map, as pure functions: the geodesic length of the points a planner clicks,
 * and, when the shape is closed, its area and perimeter. Metres and square metres throughout.
 */
import { area, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { LonLat } from './near';

export interface Measurement {
  /** Along the clicked points in order (a closed shape adds the closing side: its perimeter). */
  lengthM: number;
  /** The closed shape's area; null while it is open or has fewer than three points. */
  areaM2: number | null;
}

/** A closed shape needs three corners; with fewer it is measured as a line. */
export function isClosable(points: readonly LonLat[]): boolean {
  return points.length >= 3;
}

function ring(points: readonly LonLat[]): LonLat[] {
  return [...points, points[0]];
}

export function measure(points: readonly LonLat[], closed: boolean): Measurement {
  const asArea = closed && isClosable(points);
  const path = asArea ? ring(points) : [...points];
  const lengthM =
    path.length < 2
      ? 0
      : length({ type: 'LineString', coordinates: path } as unknown as Feature<LineString>, {
          units: 'meters',
        });
  const areaM2 = asArea ? area({ type: 'Polygon', coordinates: [path] } as Polygon) : null;
  return { lengthM, areaM2 };
}

/** What the map draws: the points, the path through them and, when closed, the shape. */
export function measureFeatures(points: readonly LonLat[], closed: boolean): FeatureCollection {
  const asArea = closed && isClosable(points);
  const features: Feature[] = [];
  if (asArea) {
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [ring(points)] },
    });
  } else if (points.length >= 2) {
    features.push({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [...points] },
    });
  }
  points.forEach((p, i) =>
    features.push({ type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: p } }),
  );
  return { type: 'FeatureCollection', features };
}
