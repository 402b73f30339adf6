/**
 * What the page shows at the top level: its language, the camera, which side panel is open, and
 * whether the map could be drawn. The camera is written only by the map (when it stops moving)
 * and by a link; the rest by the page's controls.
 */
import type { Lang } from '../../i18n/lang';
import type { Camera, PanelId } from '../url';

/** The district seen whole on a laptop screen. */
export const DEFAULT_CAMERA: Camera = { zoom: 9.6, lat: 31.66, lon: 119.97 };
export const DEFAULT_PANEL: PanelId = 'overview';

export class ViewState {
  #lang = $state<Lang>('zh');
  #camera = $state.raw<Camera>(DEFAULT_CAMERA);
  #cameraFromLink = false;
  #panel = $state<PanelId | null>(DEFAULT_PANEL);
  #mapAvailable = $state(false);
  #mapSettled = $state(false);
  #exporting = $state(false);

  get lang(): Lang {
    return this.#lang;
  }
  get camera(): Camera {
    return this.#camera;
  }
  /** True when a link named a camera; otherwise the map opens framed on the district. */
  get cameraFromLink(): boolean {
    return this.#cameraFromLink;
  }
  /** The side panel shown; null when none is open (phones). */
  get panel(): PanelId | null {
    return this.#panel;
  }
  /** True while the map is on screen (WebGL worked). Exports need it. */
  get mapAvailable(): boolean {
    return this.#mapAvailable;
  }
  /** The map has drawn its first full view, or cannot draw at all: the panels' contents come then. */
  get mapSettled(): boolean {
    return this.#mapSettled;
  }
  /** True from an export request until its image is saved (or failed). */
  get exporting(): boolean {
    return this.#exporting;
  }

  setLang(lang: Lang): void {
    this.#lang = lang;
  }

  /** The camera where the map came to rest (the map reports it after every move). */
  cameraMoved(camera: Camera): void {
    this.#camera = camera;
  }

  /** A link put the camera here; the map opens (or jumps) there rather than framing the district. */
  cameraFromUrl(camera: Camera): void {
    this.#camera = camera;
    this.#cameraFromLink = true;
  }

  openPanel(panel: PanelId | null): void {
    this.#panel = panel;
  }

  mapShown(available: boolean): void {
    this.#mapAvailable = available;
  }

  /** The first full view is drawn (or the map cannot draw): a one-way switch. */
  mapHasSettled(): void {
    this.#mapSettled = true;
  }

  /** Starts an export; false when one is already being made. */
  beginExport(): boolean {
    if (this.#exporting) return false;
    this.#exporting = true;
    return true;
  }

  exportFinished(): void {
    this.#exporting = false;
  }
}
