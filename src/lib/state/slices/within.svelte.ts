/**
 * The planner's selection of the report's places by where they lie: "within X km of" a shape (one
 * of the report's places, the ruler's path or shape, one of the planner's features, near me's
 * point) or "inside my polygon". It drives the place list and every download. The answer is kept
 * with its question: it is computed by code that loads only when a selection is made
 * (ui/within/select.ts, with geo/within.ts), so the first page load carries neither, and a question
 * is answered once, not on every read.
 */
import type { Geometry } from 'geojson';
import type { WithinHit } from '../../geo/within';

/** Where the shape measured from comes from, for the words that name it. */
export type WithinOrigin = 'place' | 'ruler' | 'feature' | 'near';

export interface WithinShape {
  geometry: Geometry;
  origin: WithinOrigin;
  /** The report's place measured from (origin 'place'): named in the list, left out of it. */
  placeId?: string;
  /** The name of the planner's feature or near me's starting point, as the user saw it. */
  label?: string;
  /** Metres within which the shape's true position lies (a place known only roughly); 0 if exact. */
  uncertaintyM: number;
}

export type WithinQuery =
  { mode: 'distance'; radiusM: number; shape: WithinShape } | { mode: 'inside'; shape: WithinShape };

/** A question and its answer: the selected places, nearest first, each with its distance. */
export interface WithinSelection {
  query: WithinQuery;
  hits: readonly WithinHit[];
}

export class WithinState {
  #selection = $state.raw<WithinSelection | null>(null);

  /** The question and the selected places (nearest first), or null when every place is listed. */
  get selection(): WithinSelection | null {
    return this.#selection;
  }

  /** Keeps a question with its answer (ui/within/select.ts asks and answers). */
  set(selection: WithinSelection): void {
    this.#selection = selection;
  }

  clear(): void {
    this.#selection = null;
  }
}
