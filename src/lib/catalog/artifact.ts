/**
 * The catalogue as the build hands it to the page: one JSON file with the six place layers, the
 * figures, the parsed report, the guided tour, the basemap's towns and its lakes' simplified
 * outlines, written only after the data gate passed (vite-plugin-validate.ts). The page fetches
 * this one file and assembles the catalogue from it without re-running the gate: on a phone's slow
 * CPU the schema, geometry and quote checks cost hundreds of milliseconds before the first frame,
 * and they have already run on these very bytes. What the page still checks is cheap: that the
 * file is this atlas's catalogue, whole.
 */
import type { FeatureCollection } from 'geojson';
import type { Report, ReportSection } from '../report/parse.ts';
import type { Catalog } from './catalog.ts';
import { GROUP_IDS } from './groups.ts';
import type { StopScript } from './rules/tour.ts';
import type { GroupId, Metric, PlaceCollection } from './types.ts';
import {
  catalogueSpreadPoints,
  isSpreadCache,
  precomputeSpread,
  type SpreadCache,
} from '../map/style/spread-cache.ts';
import { UI_TEXT_SCALES } from '../ui/scale.ts';
import type { LakeShapes } from '../geo/lake-shapes.ts';
import { lakeShapes } from '../geo/lake-shapes-derive.ts';

/** Bumped whenever the artifact's shape changes, so a page never reads a file it does not understand. */
export const ARTIFACT_FORMAT = 5;

export interface CatalogueArtifact {
  format: typeof ARTIFACT_FORMAT;
  layers: Record<GroupId, PlaceCollection>;
  metrics: Metric[];
  report: { title: string; sections: ReportSection[] };
  /** geo/basemap/towns.geojson, for search, the list and near me (fetched once, with the rest). */
  towns: FeatureCollection;
  tour: StopScript[];
  /** The markers' spread for every type scale, worked out here rather than on a phone before its first frame. */
  spread: SpreadCache;
  /** The lakes' simplified outlines, so the page reads geo/basemap/lakes.geojson only as the map's source. */
  lakes: LakeShapes;
}

/** The artifact for a catalogue that passed the gate, with the towns it was checked against. */
export function toArtifact(
  catalog: Catalog,
  towns: FeatureCollection,
  lakes: FeatureCollection,
): CatalogueArtifact {
  return {
    format: ARTIFACT_FORMAT,
    layers: catalog.groups,
    metrics: catalog.metrics,
    report: { title: catalog.report.title, sections: catalog.report.sections },
    towns,
    tour: catalog.tour,
    spread: precomputeSpread(catalogueSpreadPoints(catalog.places), UI_TEXT_SCALES),
    lakes: lakeShapes(lakes),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCollection(value: unknown): boolean {
  return isObject(value) && value.type === 'FeatureCollection' && Array.isArray(value.features);
}

/** The lakes' outlines as lakeShapes() writes them: areas, each with its four-number bounds. */
function isLakeShapes(value: unknown): value is LakeShapes {
  return (
    isCollection(value) &&
    (value as { features: unknown[] }).features.every(
      (f) =>
        isObject(f) &&
        Array.isArray(f.bbox) &&
        f.bbox.length === 4 &&
        isObject(f.geometry) &&
        (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
    )
  );
}

/**
 * The catalogue from the artifact's parsed JSON, or the reason it is not a whole artifact of this
 * format (a truncated download, a file from another version, something else at that address).
 */
export function fromArtifact(
  json: unknown,
): { ok: true; catalog: Catalog; towns: FeatureCollection } | { ok: false; reason: string } {
  if (!isObject(json)) return { ok: false, reason: 'not an object' };
  if (json.format !== ARTIFACT_FORMAT) return { ok: false, reason: `format ${String(json.format)}` };
  const layers = json.layers;
  if (!isObject(layers)) return { ok: false, reason: 'no layers' };
  const missing = GROUP_IDS.filter((g) => !isCollection(layers[g]));
  if (missing.length > 0) return { ok: false, reason: `layers missing: ${missing.join(', ')}` };
  if (!Array.isArray(json.metrics)) return { ok: false, reason: 'no figures' };
  const report = json.report;
  if (!isObject(report) || typeof report.title !== 'string' || !Array.isArray(report.sections))
    return { ok: false, reason: 'no report' };
  if (!isCollection(json.towns)) return { ok: false, reason: 'no towns' };
  if (!Array.isArray(json.tour)) return { ok: false, reason: 'no tour' };
  if (!isSpreadCache(json.spread)) return { ok: false, reason: 'no spread' };
  if (!isLakeShapes(json.lakes)) return { ok: false, reason: 'no lakes' };

  const groups = layers as Record<GroupId, PlaceCollection>;
  const places = GROUP_IDS.flatMap((g) => groups[g].features);
  const sections = report.sections as ReportSection[];
  const parsed: Report = {
    title: report.title,
    sections,
    paragraphs: new Map(sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p] as const))),
  };
  return {
    ok: true,
    catalog: {
      places,
      byId: new Map(places.map((f) => [f.properties.id, f])),
      groups,
      metrics: json.metrics as Metric[],
      report: parsed,
      tour: json.tour as StopScript[],
      spread: json.spread,
      lakes: json.lakes,
    },
    towns: json.towns as FeatureCollection,
  };
}
