/**
 * Applies a correction patch to the six place layers: each corrected place gets its new geometry
 * and precision, the source of its position, and a record of the correction (`corrections`), so
 * the details can say where the position now comes from and what it was before. Pure: the files
 * are read and written by scripts/geo-apply.mjs, which also runs the catalogue gate on the result.
 */
import { distance, rewind } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { anchorOf } from '../geo/anchor';
import type { GroupId, PlaceCorrection, PlaceFeature, Precision } from '../catalog/types';
import { roundGeometry, type CorrectionPatch, type PatchEntry } from './patch';

export interface AppliedChange {
  id: string;
  group: GroupId;
  name_zh: string;
  before: { geometry: Geometry | null; precision: Precision; precision_m: number };
  after: { geometry: Geometry; precision: Precision; precision_m: number };
  /** How far the place's representative point moved, in metres; null when it had no position. */
  movedM: number | null;
  entry: PatchEntry;
}

export interface ApplyResult {
  /** The layers with the corrections made (new objects; the input is left as it was). */
  layers: Record<GroupId, FeatureCollection>;
  changes: AppliedChange[];
  /** Why the patch cannot be applied as it is; when not empty, nothing should be written. */
  problems: string[];
}

export interface ApplyOptions {
  /**
   * Apply even when a place's geometry is no longer what the patch says it was (someone changed
   * it after the patch was made). Off by default: the newer position would be lost unseen.
   */
  force?: boolean;
}

/** Same geometry once both are rounded to the stored precision. */
function sameGeometry(a: Geometry | null, b: Geometry | null): boolean {
  if (a === null || b === null) return a === b;
  return JSON.stringify(roundGeometry(a)) === JSON.stringify(roundGeometry(b));
}

/** RFC 7946 winding (exterior rings counter-clockwise), as the catalogue gate demands. */
function wound(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    return rewind(geometry) as Geometry;
  }
  return geometry;
}

/** Applies every entry of the patch; each problem names the place it belongs to. */
export function applyPatch(
  layers: Record<GroupId, FeatureCollection>,
  patch: CorrectionPatch,
  { force = false }: ApplyOptions = {},
): ApplyResult {
  const out = structuredClone(layers);
  const problems: string[] = [];
  const changes: AppliedChange[] = [];
  const where = new Map<string, { group: GroupId; feature: PlaceFeature }>();
  for (const [group, fc] of Object.entries(out) as [GroupId, FeatureCollection][]) {
    for (const f of fc.features as PlaceFeature[]) where.set(f.properties.id, { group, feature: f });
  }
  for (const [id, entry] of Object.entries(patch.features)) {
    const found = where.get(id);
    if (!found) {
      problems.push(`${id}: no place with this id in geo/layers`);
      continue;
    }
    const { group, feature } = found;
    const p = feature.properties;
    const before = { geometry: feature.geometry, precision: p.precision, precision_m: p.precision_m };
    if (!force && !sameGeometry(before.geometry, entry.old.geometry)) {
      problems.push(
        `${id}: its geometry has changed since the patch was made; make the correction again, or apply with --force`,
      );
      continue;
    }
    const geometry = roundGeometry(wound(entry.new.geometry));
    const record: PlaceCorrection = {
      date: entry.date,
      source_zh: entry.source_zh,
      source_en: entry.source_en,
      from_precision: p.unlocated ? 'unlocated' : p.precision,
    };
    feature.geometry = geometry;
    p.precision = entry.new.precision;
    p.precision_m = entry.new.precision_m;
    p.source = entry.source_en;
    p.source_zh = entry.source_zh;
    delete p.unlocated;
    p.corrections = [...(p.corrections ?? []), record];
    const movedM = before.geometry
      ? Math.round(distance(anchorOf(before.geometry), anchorOf(geometry), { units: 'meters' }))
      : null;
    changes.push({
      id,
      group,
      name_zh: p.name_zh,
      before,
      after: { geometry, precision: p.precision, precision_m: p.precision_m },
      movedM,
      entry,
    });
  }
  return { layers: out, changes, problems };
}

function describeGeometry(g: Geometry | null): string {
  if (g === null) return 'no position';
  switch (g.type) {
    case 'Point':
      return `Point [${g.coordinates.join(', ')}]`;
    case 'LineString':
    case 'MultiPoint':
      return `${g.type}, ${g.coordinates.length} positions`;
    case 'MultiLineString':
    case 'Polygon':
      return `${g.type}, ${g.coordinates.flat().length} positions`;
    case 'MultiPolygon':
      return `MultiPolygon, ${g.coordinates.flat(2).length} positions`;
    default:
      return g.type;
  }
}

/** A readable account of the changes, one block per place, for the terminal. */
export function formatChanges(changes: readonly AppliedChange[]): string {
  return changes
    .map((c) => {
      const moved = c.movedM === null ? 'newly located' : `moved ${c.movedM} m`;
      return [
        `${c.id} (${c.name_zh}) in geo/layers/${c.group}.geojson: ${moved}`,
        `  - ${describeGeometry(c.before.geometry)}; ${c.before.precision} ±${c.before.precision_m} m`,
        `  + ${describeGeometry(c.after.geometry)}; ${c.after.precision} ±${c.after.precision_m} m`,
        `  source: ${c.entry.source_en} / ${c.entry.source_zh} (${c.entry.date})`,
      ].join('\n');
    })
    .join('\n');
}
