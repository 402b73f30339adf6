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

/**
 * The map's own text (its labels, the legend, the scale bar) against the panels' scale. A big
 * screen is read from across a room, beside the tour's caption: at 3840 px the map's text is sized
 * like a laptop's relative to the screen's width (2.75 × 11 px ≈ 30 px, two thirds of the
 * caption's 44 px body text), not only doubled like the panels'.
 */
const MAP_TEXT_SCALES: Readonly<Record<number, number>> = { 1: 1, 1.5: 1.75, 2: 2.75 };

/** The scale of the map's labels, legend and scale bar at a panels' scale from uiScaleFor. */
export function mapTextScaleFor(uiScale: number): number {
  return MAP_TEXT_SCALES[uiScale] ?? uiScale;
}

/** At this viewport width and below, the layout is a phone's (the CSS uses the same 720px). */
export const PHONE_MAX_WIDTH_PX = 720;
