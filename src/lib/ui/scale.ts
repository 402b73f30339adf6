/**
 * Type size for large screens. The map canvas is never scaled with CSS (blurry, breaks hit
 * testing); instead panels scale their type and the map scales its symbols and labels.
 */
/** Every scale uiScaleFor can answer (the build prepares the markers' spread for each). */
export const UI_TEXT_SCALES: readonly number[] = [1, 1.5, 2];

export function uiScaleFor(viewportWidthPx: number): number {
  if (viewportWidthPx >= 3000) return 2;
  if (viewportWidthPx >= 2200) return 1.5;
  return 1;
}

/** At this viewport width and below, the layout is a phone's (the CSS uses the same 720px). */
export const PHONE_MAX_WIDTH_PX = 720;
