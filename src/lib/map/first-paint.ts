/**
 * The map's first full frame, once its sources are loaded (or when waiting has gone on too long).
 * MapLibre otherwise paints a frame each time one of the atlas's fifteen sources finishes. With a
 * GPU those frames are nearly free; with software WebGL (SwiftShader: office PCs and kiosks without
 * a graphics driver, virtual machines, CI) each full frame costs 100–150 ms of CPU, taken from the
 * worker that is still cutting the other sources into tiles (docs/performance.md).
 *
 * Only MapLibre's documented API is used: the map starts with a tiny pixel ratio (`pixelRatio`, then
 * `setPixelRatio`), so the frames MapLibre paints while the sources arrive cover a few hundred
 * pixels instead of a million, and its canvas stays hidden meanwhile. Loading, tiling and placing
 * go on exactly as usual, at the real viewport in CSS pixels; once every source is in, the map
 * returns to the device's pixel ratio and paints one full frame, which is the first one shown.
 *
 * With a graphics processor (phones, most desktops) those frames cost next to nothing, and holding
 * them back only delays the first map pixels a person sees: there the map is drawn as its sources
 * arrive, as a bare MapLibre page is, and only the software renderers are held.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The longest the first full frame waits for the sources. The embedded data loads in about a second;
 * past this limit something is slow (a busy machine) and a progressive map is better than none.
 */
export const FIRST_PAINT_MAX_HOLD_MS = 3000;

/**
 * Device pixels per CSS pixel while the sources load: a 1440×900 map is drawn into 90×56 pixels.
 * Any positive value works; smaller only means less to rasterise.
 */
export const HOLD_PIXEL_RATIO = 1 / 16;

/** Renderer names of WebGL implementations that draw on the CPU (as WebGL reports them). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** True for a renderer that draws on the CPU, where every full frame is costly. */
export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERER.test(rendererName);
}

/** What Chromium and Safari say in WebGL's RENDERER: the real name is behind the debug extension. */
const MASKED_RENDERER = /^webkit webgl$/i;

/**
 * The name of the renderer behind a map canvas's WebGL context (the unmasked name where the
 * browser gives it), or '' when the canvas has no WebGL context or the browser does not say.
 * Firefox names the renderer in RENDERER itself and reports the debug extension as deprecated,
 * so the extension is asked only where RENDERER is masked.
 */
export function webglRendererName(canvas: Pick<HTMLCanvasElement, 'getContext'>): string {
  const gl = canvas.getContext('webgl2');
  if (!gl) return '';
  const plain: unknown = gl.getParameter(gl.RENDERER);
  if (typeof plain === 'string' && plain !== '' && !MASKED_RENDERER.test(plain)) return plain;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : plain;
  return typeof name === 'string' ? name : '';
}

/** When the first full frame may be painted. Pure bookkeeping: the hold supplies the clock and the load state. */
export class FirstPaintGate {
  private opened = false;

  constructor(
    private readonly startedMs: number,
    private readonly maxHoldMs = FIRST_PAINT_MAX_HOLD_MS,
  ) {}

  /** True from the first frame that may paint on; it never closes again. */
  allows(nowMs: number, sourcesLoaded: boolean): boolean {
    if (!this.opened && (sourcesLoaded || nowMs - this.startedMs >= this.maxHoldMs)) this.opened = true;
    return this.opened;
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** When the hold ends at the latest. */
  get deadlineMs(): number {
    return this.startedMs + this.maxHoldMs;
  }
}

/** What of MapLibre the hold uses (a stub map provides the same in the unit tests). */
export type HoldMap = Pick<
  MapLibreMap,
  'loaded' | 'on' | 'off' | 'once' | 'setPixelRatio' | 'getCanvas' | 'triggerRepaint'
>;

export interface FirstPaintHooks {
  /** The first full frame is on screen: `complete` unless the sources took longer than the limit. */
  onPainted: (complete: boolean) => void;
  /** The first idle after that frame: every default layer drawn at full resolution. */
  onFirstIdle: () => void;
  nowMs?: () => number;
  /** Whether the map draws on the CPU (then the frames are held); by default WebGL's renderer is asked. */
  software?: boolean;
}

/**
 * Holds the map (created with `pixelRatio: HOLD_PIXEL_RATIO`) hidden until its sources are loaded,
 * then paints it once at full resolution. With a graphics processor the map goes to full
 * resolution at once and draws as its sources arrive; the hooks are called at the same moments.
 * Returns a function that ends the hold early (the map is removed).
 */
export function holdFirstPaint(map: HoldMap, hooks: FirstPaintHooks): () => void {
  const now = hooks.nowMs ?? (() => performance.now());
  const gate = new FirstPaintGate(now());
  const canvas = map.getCanvas();
  const hide = hooks.software ?? isSoftwareRenderer(webglRendererName(canvas));
  // MapLibre's documentation of setPixelRatio: null returns to the device's pixel ratio (and
  // follows it when it changes, as with the browser's zoom); its type declares only numbers.
  const fullResolution = (): void => map.setPixelRatio(null as unknown as number);
  if (hide) canvas.style.visibility = 'hidden';
  else fullResolution();
  const check = (atMs = now()) => {
    if (gate.isOpen) return;
    const loaded = map.loaded();
    if (!gate.allows(atMs, loaded)) return;
    map.off('render', onRender);
    clearTimeout(timer);
    if (hide) fullResolution();
    map.once('render', () => {
      canvas.style.visibility = '';
      hooks.onPainted(loaded);
      map.once('idle', hooks.onFirstIdle);
    });
    map.triggerRepaint();
  };
  // MapLibre renders after each source's data arrives; after each (tiny) frame the sources are asked.
  const onRender = () => check();
  map.on('render', onRender);
  // A source that never finishes asks for no more frames: the limit must end the hold by itself.
  const timer = setTimeout(() => check(gate.deadlineMs), gate.deadlineMs - now());
  return () => {
    clearTimeout(timer);
    map.off('render', onRender);
  };
}
