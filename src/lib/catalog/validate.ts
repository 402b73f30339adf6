/**
 * The one gate every data file passes before the atlas trusts it: the six place layers, the
 * figures, the guided tour and the report text are checked together, and every problem found is reported with its
 * file, feature and rule, not just the first. Pure (no Node or DOM APIs), so the same rules run in
 * the unit tests, in a build check and in the browser when the atlas loads its data.
 */
import * as v from 'valibot';
import { DATA_REGION } from '../geo/extent.ts';
import { parseReport, type Report } from '../report/parse.ts';
import { GROUP_IDS } from './groups.ts';
import { SLUG, issuesText, text } from './rules/common.ts';
import { metricProblems } from './rules/metrics.ts';
import { tourProblems } from './rules/tour.ts';
import { GeometrySchema, bboxOf, bboxWithin, bboxesIntersect, geometryProblems } from './rules/geometry.ts';
import { STATUS_IDS } from './status.ts';
import type { GroupId, Precision } from './types.ts';

export interface ValidationError {
  /** Repository path of the file at fault, e.g. `geo/layers/water.geojson`. */
  file: string;
  /** Feature or metric id, when the problem belongs to one. */
  feature?: string;
  /** Short stable rule id, e.g. `winding`, `quote-not-in-report`. */
  rule: string;
  message: string;
}

export interface CatalogInput {
  /** Parsed JSON of geo/layers/<group>.geojson, one entry per group. */
  layers: Record<GroupId, unknown>;
  /** Parsed JSON of data/metrics.json: an array of metrics. */
  metrics: unknown;
  /** The report text exactly as stored. */
  reportText: string;
  /** Ids of geo/basemap/towns.geojson; when given, every feature's `town` must be one of them. */
  basemapTownIds?: string[];
  /**
   * Parsed JSON of data/metrics-excluded.json. When given (the build's gate always gives it), the
   * figures are tied to the report text number by number (rules/figures.ts).
   */
  excluded?: unknown;
  /** Parsed JSON of data/tour.json: the guided tour's stops (rules/tour.ts). */
  tour: unknown;
}

export interface ValidateOptions {
  /**
   * Look for self-intersecting lines and rings (default true). The build and the tests always do;
   * the page that loads the same files skips it: it compares every pair of segments (about 40 ms of
   * each start-up), and a crossing shape is drawn as it is rather than breaking anything.
   */
  selfIntersections?: boolean;
}

export const LAYER_PATH = (group: GroupId): string => `geo/layers/${group}.geojson`;
export { METRICS_PATH } from './rules/metrics.ts';
export const REPORT_PATH = 'data/report/wujin-2024-government-work-report.txt';

/** The map's region [west, south, east, north] (../geo/extent.ts): every place lies inside or is marked outside. */
export const REGION_BBOX = DATA_REGION;

/** Largest error radius each precision class may claim (design/geodata.md); schematic has none. */
export const PRECISION_LIMIT_M: Record<Precision, number> = {
  surveyed: 200,
  approximate: 1500,
  area: 5000,
  schematic: Number.POSITIVE_INFINITY,
};

const PRECISIONS = ['surveyed', 'approximate', 'area', 'schematic'] as const;
/** A file path of this repository (`geo/scripts/x.mjs`, `geo/basemap/lakes.geojson`): meaningless to a reader. */
const REPOSITORY_PATH = /\b(?:geo|src|data|scripts|tests)\/[\w./-]+|\b[\w-]+\.(?:mjs|ts|geojson)\b/;
/** A note a reader sees: says where a fact comes from in words, never by a path in this repository. */
const readerText = v.pipe(
  text,
  v.check((s) => !REPOSITORY_PATH.test(s), 'must be written for readers, without repository paths'),
);

const ReportRefSchema = v.strictObject({ paragraph: text, quote: text });

/** The report was delivered in January 2024: what happened next is dated from then on. */
export const UPDATES_FROM_DATE = '2024-01-01';
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A dated public fact from after the report; never a statement that something did not happen. */
const PlaceUpdateSchema = v.strictObject({
  date: v.pipe(
    v.string(),
    v.regex(ISO_DATE, 'must be a date YYYY-MM-DD'),
    v.minValue(UPDATES_FROM_DATE, `must not be before the report (${UPDATES_FROM_DATE})`),
  ),
  status: v.picklist(STATUS_IDS),
  note_zh: v.pipe(readerText, v.regex(/\p{Script=Han}/u, 'must be written in Chinese')),
  note_en: readerText,
  source_url: v.pipe(
    v.string(),
    v.url('must be a URL'),
    v.regex(/^https?:\/\//, 'must be an http(s) address'),
  ),
});

const PlacePropertiesSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(SLUG, 'must be a lower-case slug')),
  name_zh: text,
  name_en: text,
  aliases: v.array(text),
  category: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case word')),
  status: v.picklist(STATUS_IDS),
  status_year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  summary_en: text,
  report: v.pipe(v.array(ReportRefSchema), v.minLength(1, 'needs at least one report reference')),
  precision: v.picklist(PRECISIONS),
  precision_m: v.pipe(v.number(), v.minValue(0)),
  source: readerText,
  source_zh: v.pipe(readerText, v.regex(/\p{Script=Han}/u, 'must be written in Chinese')),
  town: v.optional(v.pipe(v.string(), v.regex(SLUG, 'must be a town id'))),
  zone: v.optional(v.pipe(v.string(), v.regex(SLUG, 'must be a place id'))),
  outside: v.optional(v.boolean()),
  unlocated: v.optional(v.boolean()),
  corrections: v.optional(
    v.array(
      v.strictObject({
        date: v.pipe(v.string(), v.isoDate('must be a date YYYY-MM-DD')),
        source_zh: v.pipe(text, v.regex(/\p{Script=Han}/u, 'must be written in Chinese')),
        source_en: text,
        from_precision: v.picklist([...PRECISIONS, 'unlocated']),
      }),
    ),
  ),
  updates: v.optional(
    v.pipe(
      v.array(PlaceUpdateSchema),
      v.minLength(1, 'leave updates out rather than empty'),
      v.check(
        (list) => list.every((u, i) => i === 0 || list[i - 1].date <= u.date),
        'must be in date order, oldest first',
      ),
    ),
  ),
});

const FeatureSchema = v.strictObject({
  type: v.literal('Feature'),
  id: v.optional(v.union([v.string(), v.number()])),
  properties: v.unknown(),
  geometry: v.nullable(GeometrySchema),
  bbox: v.optional(v.array(v.number())),
});

const CollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(v.unknown()),
});

type PlaceProps = v.InferOutput<typeof PlacePropertiesSchema>;

/**
 * Validates the whole data catalogue. Returns every problem found (an empty list means valid);
 * never throws on bad input, so one malformed file cannot hide the problems of the others.
 */
export function validateCatalog(
  input: CatalogInput,
  { selfIntersections = true }: ValidateOptions = {},
): { errors: ValidationError[]; report: Report | null } {
  const errors: ValidationError[] = [];
  const fail = (file: string, feature: string | undefined, rule: string, message: string) =>
    errors.push(feature === undefined ? { file, rule, message } : { file, feature, rule, message });

  let report: Report | null = null;
  try {
    report = parseReport(input.reportText);
  } catch (e) {
    fail(REPORT_PATH, undefined, 'report-parse', e instanceof Error ? e.message : String(e));
  }
  const towns = input.basemapTownIds ? new Set(input.basemapTownIds) : null;

  /** Where each place id was first seen, for duplicate detection across files. */
  const placeFiles = new Map<string, string>();
  /** Each place's geometry type, and the places that name a zone: checked once every file is read. */
  const placeShapes = new Map<string, string | null>();
  const zoneRefs: { file: string; id: string; zone: string; precision: string; shape: string | null }[] = [];

  const checkRefs = (file: string, id: string, refs: { paragraph: string; quote: string }[]) => {
    if (!report) return;
    for (const { paragraph, quote } of refs) {
      const para = report.paragraphs.get(paragraph);
      if (!para) {
        fail(file, id, 'unknown-paragraph', `report paragraph "${paragraph}" does not exist`);
      } else if (!para.text.includes(quote)) {
        fail(
          file,
          id,
          'quote-not-in-report',
          `quote "${quote}" is not in paragraph ${paragraph} (after normaliseText)`,
        );
      }
    }
  };

  for (const group of GROUP_IDS) {
    const file = LAYER_PATH(group);
    const raw = input.layers[group];
    if (raw === undefined) {
      fail(file, undefined, 'missing-file', 'no data for this layer group');
      continue;
    }
    const collection = v.safeParse(CollectionSchema, raw);
    if (!collection.success) {
      fail(
        file,
        undefined,
        'feature-collection',
        `not a GeoJSON FeatureCollection: ${issuesText(collection.issues)}`,
      );
      continue;
    }
    collection.output.features.forEach((rawFeature, index) => {
      const label = (rawFeature as { properties?: { id?: unknown } } | null)?.properties?.id;
      const name = typeof label === 'string' ? label : `#${index}`;
      const feature = v.safeParse(FeatureSchema, rawFeature);
      if (!feature.success) {
        fail(file, name, 'feature-structure', `not a valid GeoJSON Feature: ${issuesText(feature.issues)}`);
        return;
      }
      const props = v.safeParse(PlacePropertiesSchema, feature.output.properties);
      if (!props.success) {
        fail(
          file,
          name,
          'properties',
          `properties do not match PlaceProperties: ${issuesText(props.issues)}`,
        );
        return;
      }
      const p: PlaceProps = props.output;
      const geometry = feature.output.geometry;
      placeShapes.set(p.id, geometry?.type ?? null);
      if (p.zone !== undefined)
        zoneRefs.push({
          file,
          id: p.id,
          zone: p.zone,
          precision: p.precision,
          shape: geometry?.type ?? null,
        });

      if (feature.output.id !== p.id) {
        fail(file, p.id, 'feature-id', `feature.id (${String(feature.output.id)}) must equal properties.id`);
      }
      const seenIn = placeFiles.get(p.id);
      if (seenIn) fail(file, p.id, 'duplicate-id', `id "${p.id}" is already used in ${seenIn}`);
      else placeFiles.set(p.id, file);

      if (p.precision_m > PRECISION_LIMIT_M[p.precision]) {
        fail(
          file,
          p.id,
          'precision-range',
          `precision "${p.precision}" allows at most ${PRECISION_LIMIT_M[p.precision]} m, not ${p.precision_m} m`,
        );
      }
      if (towns && p.town !== undefined && !towns.has(p.town)) {
        fail(file, p.id, 'unknown-town', `town "${p.town}" is not in geo/basemap/towns.geojson`);
      }
      checkRefs(file, p.id, p.report);

      if (p.unlocated && geometry !== null) {
        fail(file, p.id, 'unlocated-geometry', 'an unlocated place must have geometry null');
      }
      if (geometry === null) {
        if (!p.unlocated && !p.outside) {
          fail(
            file,
            p.id,
            'unlocated-geometry',
            'geometry is null but the place is not marked unlocated (or outside)',
          );
        }
        return;
      }
      for (const [rule, message] of geometryProblems(geometry, selfIntersections))
        fail(file, p.id, rule, message);
      if (errors.some((e) => e.file === file && e.feature === p.id && e.rule === 'coordinates')) return;
      const bbox = bboxOf(geometry);
      if (p.outside) {
        if (bboxWithin(bbox, REGION_BBOX)) {
          fail(file, p.id, 'outside-flag', 'marked outside but its geometry lies inside the map region');
        }
      } else if (!bboxesIntersect(bbox, REGION_BBOX)) {
        fail(
          file,
          p.id,
          'outside-region',
          `geometry [${bbox.map((n) => n.toFixed(3)).join(', ')}] is outside the region ${REGION_BBOX.join(', ')}; mark it outside: true if that is right`,
        );
      }
    });
  }

  // A zone member is a place known only to its zone: an `area` point (or unlocated) of a zone drawn as an area.
  for (const ref of zoneRefs) {
    const zoneShape = placeShapes.get(ref.zone);
    if (zoneShape === undefined) {
      fail(ref.file, ref.id, 'unknown-zone', `zone "${ref.zone}" is not a place of the catalogue`);
    } else if (zoneShape !== 'Polygon' && zoneShape !== 'MultiPolygon') {
      fail(
        ref.file,
        ref.id,
        'zone-shape',
        `zone "${ref.zone}" must be drawn as an area, not ${String(zoneShape)}`,
      );
    }
    if (ref.zone === ref.id) fail(ref.file, ref.id, 'zone-self', 'a place cannot be a member of itself');
    if (ref.precision !== 'area')
      fail(
        ref.file,
        ref.id,
        'zone-precision',
        `a zone member is known to its zone only: precision "area", not "${ref.precision}"`,
      );
    if (ref.shape !== null && ref.shape !== 'Point')
      fail(
        ref.file,
        ref.id,
        'zone-member-shape',
        `a zone member is a point (or unlocated), not ${ref.shape}`,
      );
  }

  errors.push(...metricProblems(input.metrics, report, placeFiles, input.excluded));
  const metricIds = new Set(
    (Array.isArray(input.metrics) ? input.metrics : []).flatMap((m: unknown) =>
      typeof (m as { id?: unknown } | null)?.id === 'string' ? [(m as { id: string }).id] : [],
    ),
  );
  errors.push(...tourProblems(input.tour, report, metricIds));

  return { errors, report };
}

/** One line per error, for exceptions and test output. */
export function formatValidationErrors(errors: readonly ValidationError[]): string {
  return errors
    .map((e) => `${e.file}${e.feature === undefined ? '' : ` [${e.feature}]`} (${e.rule}): ${e.message}`)
    .join('\n');
}
