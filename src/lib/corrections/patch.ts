/**
 * A correction patch: the one file a maintainer hands over after correcting positions in the
 * atlas (correction mode, `#edit=1`), and that `npm run geo:apply` writes into geo/layers. Per
 * place id it carries the geometry and precision before and after, the source of the new
 * position in Chinese and English, and the date. Pure: building and reading a patch never throws.
 */
import * as v from 'valibot';
import type { Geometry, Position } from 'geojson';
import type { Precision } from '../catalog/types';

export const PATCH_FORMAT = 'wujin-atlas-corrections';
export const PATCH_VERSION = 1;
/** Stored coordinates keep 5 decimals (≈ 1 m), as every layer file does. */
export const PATCH_DECIMALS = 5;

export const PRECISION_CLASSES = ['surveyed', 'approximate', 'area', 'schematic'] as const;

/** Where a place is, and how well that is known. */
export interface PlacedState {
  geometry: Geometry | null;
  precision: Precision;
  precision_m: number;
}

/** One place's correction, as written into a patch. */
export interface PatchEntry {
  old: PlacedState;
  new: PlacedState & { geometry: Geometry };
  /** Where the new position comes from, in Chinese (shown in the Chinese interface). */
  source_zh: string;
  source_en: string;
  /** When the source was consulted or the correction made, `YYYY-MM-DD`. */
  date: string;
}

export interface CorrectionPatch {
  format: typeof PATCH_FORMAT;
  version: typeof PATCH_VERSION;
  /** Place id → its correction; one entry per place (a later correction of the same place replaces it). */
  features: Record<string, PatchEntry>;
}

/** A correction as the atlas keeps it before export: the entry and the place it belongs to. */
export interface Correction extends PatchEntry {
  id: string;
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(600));
const Position = v.pipe(v.array(v.pipe(v.number(), v.finite())), v.minLength(2), v.maxLength(3));
const Geometry = v.variant('type', [
  v.object({ type: v.literal('Point'), coordinates: Position }),
  v.object({ type: v.literal('MultiPoint'), coordinates: v.array(Position) }),
  v.object({ type: v.literal('LineString'), coordinates: v.array(Position) }),
  v.object({ type: v.literal('MultiLineString'), coordinates: v.array(v.array(Position)) }),
  v.object({ type: v.literal('Polygon'), coordinates: v.array(v.array(Position)) }),
  v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(v.array(Position))) }),
]);
const Placed = {
  precision: v.picklist(PRECISION_CLASSES),
  precision_m: v.pipe(v.number(), v.finite(), v.minValue(0)),
};
const EntrySchema = v.object({
  old: v.object({ geometry: v.nullable(Geometry), ...Placed }),
  new: v.object({ geometry: Geometry, ...Placed }),
  source_zh: v.pipe(text, v.regex(/\p{Script=Han}/u, 'must be written in Chinese')),
  source_en: text,
  date: v.pipe(v.string(), v.regex(DATE, 'must be a date YYYY-MM-DD')),
});
const PatchSchema = v.object({
  format: v.literal(PATCH_FORMAT),
  version: v.literal(PATCH_VERSION),
  features: v.pipe(
    v.record(v.pipe(v.string(), v.regex(SLUG, 'must be a place id')), EntrySchema),
    v.check((r) => Object.keys(r).length > 0, 'the patch corrects no place'),
  ),
});

/** Rounds every coordinate of a geometry to `decimals` places (a new geometry; the input is kept). */
export function roundGeometry<G extends Geometry>(geometry: G, decimals = PATCH_DECIMALS): G {
  const f = 10 ** decimals;
  const r = (n: number): number => Math.round(n * f) / f || 0;
  const walk = (c: unknown): unknown => (typeof c === 'number' ? r(c) : Array.isArray(c) ? c.map(walk) : c);
  if (geometry.type === 'GeometryCollection')
    return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) };
  return { type: geometry.type, coordinates: walk(geometry.coordinates) as Position[] } as G;
}

/** Today as `YYYY-MM-DD` in the reader's own calendar day. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The patch file for a list of corrections, in the order they were made, coordinates rounded. */
export function buildPatch(corrections: readonly Correction[]): CorrectionPatch {
  const features: Record<string, PatchEntry> = {};
  for (const c of corrections) {
    features[c.id] = {
      old: { ...c.old, geometry: c.old.geometry ? roundGeometry(c.old.geometry) : null },
      new: { ...c.new, geometry: roundGeometry(c.new.geometry) },
      source_zh: c.source_zh.trim(),
      source_en: c.source_en.trim(),
      date: c.date,
    };
  }
  return { format: PATCH_FORMAT, version: PATCH_VERSION, features };
}

/** The patch as a file's text: two-space JSON, one place after another, ending in a newline. */
export function patchText(patch: CorrectionPatch): string {
  return `${JSON.stringify(patch, null, 2)}\n`;
}

export type ParsedPatch = { ok: true; patch: CorrectionPatch } | { ok: false; problems: string[] };

/** Reads a patch file's JSON; every problem is named with where it is, nothing is thrown. */
export function parsePatch(json: unknown): ParsedPatch {
  const result = v.safeParse(PatchSchema, json);
  if (!result.success) {
    return {
      ok: false,
      problems: result.issues.map((issue) => {
        const path = v.getDotPath(issue);
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  const bad = Object.entries(result.output.features)
    .filter(([, e]) => !isIsoDate(e.date))
    .map(([id, e]) => `features.${id}.date: ${e.date} is not a calendar date`);
  if (bad.length > 0) return { ok: false, problems: bad };
  return { ok: true, patch: result.output as CorrectionPatch };
}
