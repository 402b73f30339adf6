// Box geometry for the layout tests, written here rather than taken from the layout code.
import type { Box } from '../../../src/lib/export/layout';

/** True when `inner` lies wholly on the sheet `outer`. */
export function inside(inner: Box, outer: { widthPx: number; heightPx: number }): boolean {
  return (
    inner.x >= 0 &&
    inner.y >= 0 &&
    inner.x + inner.width <= outer.widthPx &&
    inner.y + inner.height <= outer.heightPx
  );
}

/** True when the two boxes share some area (touching edges do not overlap). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
