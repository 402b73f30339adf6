/**
 * The MapLibre map as the atlas opens it: its options, controls and on-demand status markers.
 * Part of the map adapter (adapter.ts).
 */
import {
  Map as MapLibreMap,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  prewarm,
  type LngLatBoundsLike,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Camera } from '../state/url';
import { CAMERA_BOUNDS, WUJIN_BBOX } from '../geo/extent';
import { HOLD_PIXEL_RATIO } from './first-paint';
import { drawStyleImagesOnDemand, MAP_DRAWING_OPTIONS } from './drawing-options';

setWorkerUrl(workerUrl);
// Start MapLibre's worker while the catalogue is still loading, not when the map is created:
// the worker's download and start-up then overlap the data fetch instead of following it.
if (typeof window !== 'undefined') prewarm();

/**
 * A map narrower than this folds its attribution to the ⓘ button: a phone, or a tablet beside the
 * side panel. The map's own width, not the window's (the page's phone layout is ui/scale.ts).
 */
const ATTRIBUTION_FOLD_BELOW_PX = 720;

/** The camera's bounds (../geo/extent.ts): they contain everything a link or a planner's file may point at. */
const MAX_BOUNDS: LngLatBoundsLike = CAMERA_BOUNDS;

/** The district as the opening view frames it. */
const DISTRICT_BOUNDS: LngLatBoundsLike = [
  [WUJIN_BBOX[0], WUJIN_BBOX[1]],
  [WUJIN_BBOX[2], WUJIN_BBOX[3]],
];
/** The opening view's margin round the district on every side, in CSS pixels. */
const DISTRICT_FIT_PADDING_PX = 24;

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  camera: Camera;
  /** Frame the whole district instead of `camera`. */
  fitDistrict: boolean;
}

/** Creates the map; throws at once when the browser cannot make a WebGL 2 context. */
export function createMap({ container, style, camera, fitDistrict }: CreateMapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    center: [camera.lon, camera.lat],
    zoom: camera.zoom,
    ...(fitDistrict
      ? { bounds: DISTRICT_BOUNDS, fitBoundsOptions: { padding: DISTRICT_FIT_PADDING_PX } }
      : {}),
    minZoom: 7,
    maxZoom: 18,
    maxBounds: MAX_BOUNDS,
    attributionControl: false,
    ...MAP_DRAWING_OPTIONS,
    dragRotate: false,
    pitchWithRotate: false,
    // With a software renderer, frames are drawn tiny and not shown until the sources are in (first-paint.ts).
    pixelRatio: HOLD_PIXEL_RATIO,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  if (fitDistrict) keepDistrictClearOfControls(map);
  // Status markers are drawn on demand, the first time a layer asks for one.
  drawStyleImagesOnDemand(map);
  return map;
}

/**
 * On a narrow map (a phone) the district fills the width, and its north-east, where 横山桥镇 and
 * 横林镇 are named, lies under the zoom buttons: MapLibre places labels without knowing what is laid
 * over the map. The opening view then keeps the buttons' width clear on the right. Before the first
 * frame, so nothing is seen to move; a wide map, whose district is framed by its height, is left as it is.
 */
function keepDistrictClearOfControls(map: MapLibreMap): void {
  const container = map.getContainer();
  const controls = container.querySelector('.maplibregl-ctrl-top-right');
  const width = container.clientWidth;
  if (!controls || width === 0) return;
  const coveredPx = container.getBoundingClientRect().right - controls.getBoundingClientRect().left;
  const eastPx = map.project([WUJIN_BBOX[2], WUJIN_BBOX[3]]).x;
  if (coveredPx <= 0 || eastPx <= width - coveredPx - DISTRICT_FIT_PADDING_PX) return;
  const pad = DISTRICT_FIT_PADDING_PX;
  map.fitBounds(DISTRICT_BOUNDS, {
    padding: { top: pad, bottom: pad, left: pad, right: coveredPx + pad },
    duration: 0,
  });
}

/** On a narrow map the attribution folds to its ⓘ button so it does not cover the map (called on load). */
export function foldAttributionIfNarrow(map: MapLibreMap): void {
  const container = map.getContainer();
  if (container.clientWidth >= ATTRIBUTION_FOLD_BELOW_PX) return;
  container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
}

/**
 * Eases the camera to contain a bounding box [west, south, east, north]. `inset`: pixels along
 * each edge hidden by something on top of the map (the tour's caption); the box keeps clear of them.
 */
export function fitBox(
  map: MapLibreMap,
  bbox: [number, number, number, number],
  maxZoom: number,
  inset?: { top: number; right: number; bottom: number; left: number },
): void {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  // The container may have changed size a moment ago (the tour hides the side panel) before the
  // resize observer told the map: fit to the size it has now.
  const canvas = map.getCanvas();
  if (canvas.clientWidth !== width || canvas.clientHeight !== height) map.resize();
  const pad = Math.min(80, Math.round(Math.min(width, height) / 6));
  const padding = { top: pad, right: pad, bottom: pad, left: pad };
  // An inset that leaves too little map is ignored: MapLibre cannot fit a box into nothing.
  const minFreePx = 160;
  if (
    inset &&
    width - inset.left - inset.right - 2 * pad >= minFreePx &&
    height - inset.top - inset.bottom - 2 * pad >= minFreePx
  ) {
    padding.top += inset.top;
    padding.right += inset.right;
    padding.bottom += inset.bottom;
    padding.left += inset.left;
  }
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding, maxZoom, duration: prefersReducedMotion() ? 0 : 900 },
  );
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
