/**
 * Draws the map for a print at the print's own resolution, on a second MapLibre map that the
 * visitor never sees: the same style as on screen (basemap, visible layers, filters, the planner's
 * data, the measurement), fitted to the print frame, with labels and markers at 300/96 device
 * pixels per CSS pixel. Nothing is scaled up. When the graphics card cannot draw the frame in one
 * canvas (its texture, renderbuffer or viewport limit), the frame is drawn in pieces that are
 * stitched together; symbols near a seam are then placed for each piece on its own.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from '../geo/bounds';
import { fitScreenView, frameBounds, printPieces, type PrintCamera } from '../export/print-camera';
import { drawStyleImagesOnDemand, MAP_DRAWING_OPTIONS } from './drawing-options';

/** Longest wait for one piece to finish loading and drawing; a print of a large frame is slow in software. */
const PIECE_WAIT_MS = 60_000;
/** A piece no larger than this even where the card allows more: the memory a context needs grows with it. */
const MAX_PIECE_PX = 8192;

export interface PrintRenderRequest {
  /** The frame in device pixels; whole CSS pixels times `pixelRatio`. */
  widthPx: number;
  heightPx: number;
  pixelRatio: number;
}

export interface PrintRender {
  canvas: HTMLCanvasElement;
  camera: PrintCamera;
  /** What the frame shows, in degrees. */
  bounds: BBox;
  /** How many pieces the frame was drawn in (1 when the card could take it whole). */
  pieces: number;
}

/** The largest canvas side, in device pixels, that this browser's WebGL can draw into. */
function drawableLimitPx(): number {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  if (!gl) throw new Error('WebGL unavailable');
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    dims[0],
    dims[1],
    MAX_PIECE_PX,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return limit;
}

function waitForIdle(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PIECE_WAIT_MS);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

/** Renders the view of `source` into a frame of the requested size. */
export async function renderForPrint(source: MapLibreMap, request: PrintRenderRequest): Promise<PrintRender> {
  const ratio = request.pixelRatio;
  const frameCss = {
    width: Math.round(request.widthPx / ratio),
    height: Math.round(request.heightPx / ratio),
  };
  const screen = source.getCanvas();
  const centre = source.getCenter();
  const camera = fitScreenView(
    { lon: centre.lng, lat: centre.lat, zoom: source.getZoom() },
    { width: screen.clientWidth || 1, height: screen.clientHeight || 1 },
    frameCss,
  );
  const limitPx = drawableLimitPx();
  // Pieces in whole steps of 8 CSS pixels, so that each is a whole number of device pixels.
  const maxPieceCss = Math.max(8, Math.floor(limitPx / ratio / 8) * 8);
  const pieces = printPieces(camera, frameCss, maxPieceCss);

  const out = document.createElement('canvas');
  out.width = request.widthPx;
  out.height = request.heightPx;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${pieces[0].widthCss}px`,
    height: `${pieces[0].heightCss}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  let map: MapLibreMap | null = null;
  try {
    map = new MapLibreMap({
      container,
      style: source.getStyle(),
      center: [pieces[0].lon, pieces[0].lat],
      zoom: camera.zoom,
      pixelRatio: ratio,
      maxCanvasSize: [limitPx, limitPx],
      interactive: false,
      attributionControl: false,
      renderWorldCopies: false,
      maxZoom: 24,
      ...MAP_DRAWING_OPTIONS,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    const printMap = map;
    // The status markers, drawn at the print's resolution rather than the screen's.
    drawStyleImagesOnDemand(printMap, () => ratio);
    await new Promise<void>((resolve) => printMap.once('load', () => resolve()));
    for (const piece of pieces) {
      container.style.width = `${piece.widthCss}px`;
      container.style.height = `${piece.heightCss}px`;
      printMap.resize();
      printMap.jumpTo({ center: [piece.lon, piece.lat], zoom: camera.zoom });
      await waitForIdle(printMap);
      const canvas = printMap.getCanvas();
      const wantW = Math.round(piece.widthCss * ratio);
      const wantH = Math.round(piece.heightCss * ratio);
      if (canvas.width !== wantW || canvas.height !== wantH)
        throw new Error(`print piece drawn at ${canvas.width}×${canvas.height}, not ${wantW}×${wantH}`);
      ctx.drawImage(canvas, Math.round(piece.xCss * ratio), Math.round(piece.yCss * ratio));
    }
  } finally {
    map?.remove();
    container.remove();
  }
  return { canvas: out, camera, bounds: frameBounds(camera, frameCss), pieces: pieces.length };
}
