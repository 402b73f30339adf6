/**
 * The planner's layers as the map adapter draws them, and the colours of a layer styled by an
 * attribute (the legend lists the same). A layer's categories are counted once per file and
 * attribute, not at every change of another layer.
 */
import type { FeatureCollection } from 'geojson';
import { MAX_LABELLED_FEATURES, userCategories, userMapFeatures } from '../../geo/user-features';
import type { UserLayerView } from '../../map/user-layers';
import { palette, type PaletteToken } from '../../map/style/palette';
import type { UserLayer } from '../../state/slices/planner.svelte';

export interface CategoryLegend {
  field: string;
  /** Each value as the map holds it, with its colour and how many features have it. */
  values: { value: string; colour: string; count: number }[];
  /** Features with another value, or none, and their colour. */
  otherCount: number;
  otherColour: string;
}

/** The colours of a layer styled by an attribute, value by value; further values share userCategoryOther. */
const CATEGORY_COLOURS = [
  'userCategory1',
  'userCategory2',
  'userCategory3',
  'userCategory4',
  'userCategory5',
  'userCategory6',
  'userCategory7',
  'userCategory8',
] as const satisfies readonly PaletteToken[];

const counted = new WeakMap<FeatureCollection, Map<string, ReturnType<typeof userCategories>>>();

/** The colours of a layer styled by an attribute, or null when it is drawn in one colour. */
export function categoryLegend(layer: UserLayer): CategoryLegend | null {
  const field = layer.categoryField;
  if (field === null) return null;
  const data = layer.data.data;
  let byField = counted.get(data);
  if (!byField) counted.set(data, (byField = new Map()));
  let categories = byField.get(field);
  if (!categories) byField.set(field, (categories = userCategories(data, field)));
  return {
    field,
    values: categories.values.map((v, i) => ({ ...v, colour: palette[CATEGORY_COLOURS[i]] })),
    otherCount: categories.otherCount,
    otherColour: palette.userCategoryOther,
  };
}

/** The planner's layers for the map adapter, bottom to top. */
export function userLayerViews(layers: readonly UserLayer[]): UserLayerView[] {
  return layers.map((layer) => {
    const legend = categoryLegend(layer);
    return {
      id: layer.id,
      data: () => layer.mapUrl ?? userMapFeatures(layer.data.data),
      style: {
        colour: palette[layer.colour],
        categories: legend && {
          field: legend.field,
          colours: legend.values.map((v) => [v.value, v.colour] as [string, string]),
          other: legend.otherColour,
        },
        labelField: layer.labelField,
        labelled: layer.data.data.features.length <= MAX_LABELLED_FEATURES,
        visible: layer.visible,
      },
    };
  });
}
