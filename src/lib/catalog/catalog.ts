/**
 * The typed catalogue the rest of the atlas reads: every place, indexed by id and by layer group,
 * the report's figures and the parsed report. It is only ever built from data that passed
 * validateCatalog, so its consumers trust the types and never re-check.
 */
import type { Report } from '../report/parse.ts';
import { GROUP_IDS } from './groups.ts';
import type { StopScript } from './rules/tour.ts';
import type { GroupId, Metric, PlaceCollection, PlaceFeature } from './types.ts';
import type { SpreadCache } from '../map/style/spread-cache.ts';
import type { LakeShapes } from '../geo/lake-shapes.ts';
import {
  formatValidationErrors,
  validateCatalog,
  type CatalogInput,
  type ValidateOptions,
} from './validate.ts';

export interface Catalog {
  /** All places of all groups, in file order. */
  places: PlaceFeature[];
  byId: Map<string, PlaceFeature>;
  groups: Record<GroupId, PlaceCollection>;
  metrics: Metric[];
  report: Report;
  /** The guided tour's stops as data/tour.json gives them (joined with the places in tour/stops.ts). */
  tour: StopScript[];
  /** The markers' spread the build worked out (map/style/spread-cache.ts); the map computes it when absent. */
  spread?: SpreadCache;
  /** The lakes' simplified outlines the build worked out (geo/lake-shapes.ts); without them the map names no lake and its off-map pin avoids only markers. */
  lakes?: LakeShapes;
}

/**
 * Validates the data and returns the catalogue, or throws one Error whose first line says how many
 * problems there are and whose following lines list each with its file, feature and rule.
 */
export function buildCatalog(input: CatalogInput, options: ValidateOptions = {}): Catalog {
  const { errors, report } = validateCatalog(input, options);
  if (errors.length > 0 || !report) {
    throw new Error(
      `The atlas data has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${formatValidationErrors(errors)}`,
    );
  }
  // Validation above guarantees these shapes; the casts only tell the compiler what was checked.
  const groups = Object.fromEntries(GROUP_IDS.map((g) => [g, input.layers[g] as PlaceCollection])) as Record<
    GroupId,
    PlaceCollection
  >;
  const places = GROUP_IDS.flatMap((g) => groups[g].features);
  return {
    places,
    byId: new Map(places.map((f) => [f.properties.id, f])),
    groups,
    metrics: input.metrics as Metric[],
    report,
    tour: input.tour as StopScript[],
  };
}
