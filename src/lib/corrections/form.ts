/**
 * The details a correction needs besides its geometry (precision, radius, source in Chinese and
 * English, date), their defaults, and what is missing before it can be recorded. Pure.
 */
import type { Precision } from '../catalog/types';
import { isIsoDate } from './patch';

/** The largest radius each class allows (README: surveyed ≤ 200 m, approximate ≤ 1.5 km, area ≤ 5 km). */
export const DEFAULT_RADIUS_M: Record<Precision, number> = {
  surveyed: 200,
  approximate: 1500,
  area: 5000,
  schematic: 1000,
};

export interface CorrectionForm {
  precision: Precision;
  precision_m: number;
  source_zh: string;
  source_en: string;
  date: string;
}

/** What still stops a correction from being recorded, as message keys; empty when it can be. */
export type FormProblem = 'needGeometry' | 'needSourceZh' | 'needSourceEn' | 'needDate' | 'needRadius';

export function formProblems(form: CorrectionForm, hasGeometry: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!hasGeometry) problems.push('needGeometry');
  if (!Number.isFinite(form.precision_m) || form.precision_m < 0) problems.push('needRadius');
  // The details show the Chinese note to Chinese readers: it must be Chinese, not a copy of the English.
  if (!/\p{Script=Han}/u.test(form.source_zh)) problems.push('needSourceZh');
  if (form.source_en.trim() === '') problems.push('needSourceEn');
  if (!isIsoDate(form.date)) problems.push('needDate');
  return problems;
}

/** `wujin-atlas-corrections-<YYYY-MM-DD>.json`: the day of the export. */
export function patchFileName(date: string): string {
  return `wujin-atlas-corrections-${date}.json`;
}
