/**
 * What every rule of the data gate shares: the shape of a slug id, a non-blank text, and the
 * schema problems as one readable line.
 */
import * as v from 'valibot';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const text = v.pipe(v.string(), v.trim(), v.minLength(1));

export function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
