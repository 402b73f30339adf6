/**
 * What the map marks for a selection by location: every selected report place drawn on its own
 * (its own geometry, with its id) and, when the selection was made from one of the planner's features, that feature.
 * Loaded with the first selection, like the code that makes it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { SelectionHighlightKind } from '../../map/style/selection-highlight-style';
import type { WithinSelection } from '../../state/slices/within.svelte';

/** The selection's places and features for the map's mark; none when nothing is selected. */
export function selectionHighlightFeatures(selection: WithinSelection | null): FeatureCollection {
  const features: Feature[] = [];
  if (selection) {
    for (const { place } of selection.hits) {
      // A place known only to its zone has no marker of its own (its zone's label counts it): a
      // ring there would mark an empty spot at a made-up position.
      if (place.geometry && place.properties.zone === undefined)
        features.push(marked(place.properties.id, 'place', place.geometry));
    }
    const shape = selection.query.shape;
    if (shape.origin === 'feature') features.push(marked(shape.label ?? '', 'feature', shape.geometry));
  }
  return { type: 'FeatureCollection', features };
}

function marked(id: string, kind: SelectionHighlightKind, geometry: Geometry): Feature {
  return { type: 'Feature', geometry, properties: { id, kind } };
}
