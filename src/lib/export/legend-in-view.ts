/**
 * What an export's legend names: only what its map shows. Groups and statuses with a place whose
 * own geometry meets the view, and each of the planner's visible layers with a feature in it.
 * Used by the screen image (the view as drawn) and the print (the frame drawn again at its size).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GroupId, PlaceFeature, Status } from '../catalog/types';
import type { BBox } from '../geo/bounds';
import { featuresInView } from '../geo/in-view';
import type { ExportFacts, ExportUserLayer } from './content';

/** The places that pass the filters, each with its group. */
export type ExportPlaces = readonly { place: PlaceFeature; group: GroupId }[];

/** One of the planner's visible layers, with its features. */
export interface ExportUserLayerData extends ExportUserLayer {
  features: FeatureCollection;
}

/** The legend's groups, statuses and planner's layers for the map view `bounds`. */
export function legendInView(
  groups: readonly GroupId[],
  places: ExportPlaces,
  userLayers: readonly ExportUserLayerData[],
  bounds: BBox,
): Pick<ExportFacts, 'groups' | 'statuses' | 'userLayers'> {
  const shown = featuresInView(
    places.map(({ place, group }) => ({ ...place, group })),
    bounds,
  );
  const statuses: Status[] = [...new Set(shown.map((p) => p.properties.status))];
  return {
    groups: groups.filter((g) => shown.some((p) => p.group === g)),
    statuses,
    userLayers: userLayers
      .filter((l) => featuresInView(l.features.features as Feature<Geometry | null>[], bounds).length > 0)
      .map(({ name, colour }) => ({ name, colour })),
  };
}
