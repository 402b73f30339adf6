/**
 * Bulk matching: every place against every named feature of an official file, one row per place
 * that has a candidate, the best candidate first. The maintainer accepts or rejects each row; the
 * accepted rows become corrections, all with the same precision and source note. Pure.
 */
import type { Feature, Geometry } from 'geojson';
import type { PlaceFeature, Precision } from '../catalog/types';
import { candidatesOf, matchAll, type Suggestion } from './match';
import type { Correction } from './patch';

export interface BulkRow {
  placeId: string;
  /** Candidates, best first (at most three). */
  suggestions: Suggestion[];
  /** Which suggestion the row would use (index into suggestions). */
  chosen: number;
  accepted: boolean;
}

/** One row per place that has a candidate; none accepted yet. */
export function bulkRows(places: readonly PlaceFeature[], features: readonly Feature[]): BulkRow[] {
  return matchAll(places, candidatesOf(features)).map((row) => ({
    ...row,
    chosen: 0,
    accepted: false,
  }));
}

export interface BulkMeta {
  precision: Precision;
  precision_m: number;
  source_zh: string;
  source_en: string;
  date: string;
}

/** The corrections for the accepted rows, each from where the place is today to its chosen candidate. */
export function acceptedCorrections(
  rows: readonly BulkRow[],
  placeById: ReadonlyMap<string, PlaceFeature>,
  meta: BulkMeta,
): Correction[] {
  const out: Correction[] = [];
  for (const row of rows) {
    const place = placeById.get(row.placeId);
    const pick = row.suggestions[row.chosen];
    if (!row.accepted || !place || !pick) continue;
    const p = place.properties;
    out.push({
      id: p.id,
      old: {
        geometry: p.unlocated ? null : place.geometry,
        precision: p.precision,
        precision_m: p.precision_m,
      },
      new: { geometry: pick.geometry as Geometry, precision: meta.precision, precision_m: meta.precision_m },
      source_zh: meta.source_zh,
      source_en: meta.source_en,
      date: meta.date,
    });
  }
  return out;
}
