/**
 * Status markers drawn from the status spec (src/lib/catalog/status.ts) onto a 2D canvas. The map
 * registers them as images and the legend shows the very same drawings, so they cannot drift apart.
 */
import type { StatusMarker } from '../../catalog/status.ts';
import { palette } from './palette.ts';
import { withAlpha } from './programs.ts';

import { LAYER_GROUPS } from '../../catalog/groups.ts';
import { STATUSES } from '../../catalog/status.ts';

/** Marker diameter in CSS pixels at icon-size 1. */
export const MARKER_SIZE_PX = 22;

export function markerImageId(groupId: string, status: string): string {
  return `marker-${groupId}-${status}`;
}

/** Draws one marker centred in a square canvas context of `sizePx` device pixels. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  marker: StatusMarker,
  color: string,
  sizePx: number,
): void {
  const centre = sizePx / 2;
  const outer = sizePx / 2 - sizePx * 0.06;
  const ring = outer * marker.ringWidth;
  ctx.clearRect(0, 0, sizePx, sizePx);
  // A white halo keeps markers legible over water and coloured zones.
  ctx.beginPath();
  ctx.arc(centre, centre, outer + sizePx * 0.05, 0, Math.PI * 2);
  ctx.fillStyle = palette.labelHalo;
  ctx.fill();

  ctx.beginPath();
  ctx.arc(centre, centre, outer - ring / 2, 0, Math.PI * 2);
  ctx.fillStyle = marker.fill === 'group' ? color : palette.labelHalo;
  ctx.fill();
  ctx.lineWidth = ring;
  ctx.strokeStyle = color;
  if (marker.dashed) {
    const circumference = 2 * Math.PI * (outer - ring / 2);
    const dash = circumference / 12;
    ctx.setLineDash([dash * 0.62, dash * 0.38]);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  if (marker.fill === 'group') {
    // A thin inner white ring separates the fill from the ring so status reads even at small sizes.
    ctx.beginPath();
    ctx.arc(centre, centre, outer - ring - sizePx * 0.02, 0, Math.PI * 2);
    ctx.lineWidth = sizePx * 0.04;
    ctx.strokeStyle = palette.labelHalo;
    ctx.stroke();
  }
  if (marker.centreDot) {
    ctx.beginPath();
    ctx.arc(centre, centre, outer * 0.3, 0, Math.PI * 2);
    ctx.fillStyle = marker.fill === 'group' ? palette.labelHalo : color;
    ctx.fill();
  }
}

/** A fresh square canvas to draw one image into and read its pixels back. */
function imageCanvas(sizePx: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  // willReadFrequently keeps the canvas in software: reading pixels back from a GPU canvas costs
  // tens of milliseconds per marker (measured: ~1 s for the two dozen markers of the first view).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');
  return ctx;
}

/** Draws a marker into a fresh canvas and returns its pixels (for map.addImage). */
export function markerImageData(marker: StatusMarker, color: string, pixelRatio: number): ImageData {
  const sizePx = Math.round(MARKER_SIZE_PX * pixelRatio);
  const ctx = imageCanvas(sizePx);
  drawMarker(ctx, marker, color, sizePx);
  return ctx.getImageData(0, 0, sizePx, sizePx);
}

/** The town dot's image: a symbol (not a circle layer) so that MapLibre's collision keeps labels and markers off it. */
export const TOWN_DOT_IMAGE_ID = 'town-dot';
/** The dot's outer radius (fill and ring) in CSS pixels at icon-size 1, and its ring's width. */
export const TOWN_DOT_RADIUS_PX = 5.2;
const TOWN_DOT_RING_PX = 1.2;

function townDotImageData(pixelRatio: number): ImageData {
  const sizePx = Math.ceil(2 * TOWN_DOT_RADIUS_PX * pixelRatio) + 1;
  const ctx = imageCanvas(sizePx);
  const ring = TOWN_DOT_RING_PX * pixelRatio;
  ctx.beginPath();
  ctx.arc(sizePx / 2, sizePx / 2, TOWN_DOT_RADIUS_PX * pixelRatio - ring / 2, 0, Math.PI * 2);
  ctx.fillStyle = palette.labelHalo;
  ctx.fill();
  ctx.lineWidth = ring;
  ctx.strokeStyle = palette.townDot;
  ctx.stroke();
  return ctx.getImageData(0, 0, sizePx, sizePx);
}

/**
 * A cluster's image: a marker-sized disc in the ink colour with the number of markers it counts,
 * neutral because its markers may belong to several layers.
 */
function clusterImageData(count: number, pixelRatio: number): ImageData {
  const sizePx = Math.round(MARKER_SIZE_PX * pixelRatio);
  const ctx = imageCanvas(sizePx);
  const centre = sizePx / 2;
  const outer = sizePx / 2 - sizePx * 0.06;
  ctx.beginPath();
  ctx.arc(centre, centre, outer + sizePx * 0.05, 0, Math.PI * 2);
  ctx.fillStyle = palette.labelHalo;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(centre, centre, outer - sizePx * 0.04, 0, Math.PI * 2);
  ctx.fillStyle = palette.ink;
  ctx.fill();
  const text = String(count);
  ctx.fillStyle = palette.labelHalo;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `bold ${Math.round(sizePx * (text.length > 1 ? 0.5 : 0.6))}px sans-serif`;
  ctx.fillText(text, centre, centre + sizePx * 0.03);
  return ctx.getImageData(0, 0, sizePx, sizePx);
}

/**
 * What a ring around a point marker says: selected (a filled disc), selected while also tied to the
 * selected figure or tour stop (the same, with the figure's wider outline), tied to the figure, or
 * hovered. Selection wins over the figure mark, which wins over hover (place-layers.ts).
 */
export type RingKind = 'selected' | 'selected-figure' | 'figure' | 'hover';
export const RING_KINDS: readonly RingKind[] = ['selected', 'selected-figure', 'figure', 'hover'];

export function ringImageId(kind: RingKind): string {
  return `ring-${kind}`;
}

/**
 * A ring's inner radius in CSS pixels at icon-size 1. Rings are drawn at the marker's icon-size so
 * that they follow its spread offset exactly; 14/11 of the marker's radius gives 10.5 px at zoom 8
 * and 15.4 px at zoom 14 at text scale 1, the 11 → 15 px the rings were drawn at before.
 */
export const RING_RADIUS_PX = 14;
/** Outline widths at icon-size 1: about 2 px and 3.5 px on screen over the markers' sizes (0.75–1.1). */
const RING_OUTLINE_PX = 2.2;
const RING_FIGURE_OUTLINE_PX = 3.8;

/** The ring's image: a square holding the disc and its outline, which lies outside the radius. */
function ringImageData(kind: RingKind, pixelRatio: number): ImageData {
  const figure = kind === 'figure' || kind === 'selected-figure';
  const selected = kind === 'selected' || kind === 'selected-figure';
  const outline = (figure ? RING_FIGURE_OUTLINE_PX : RING_OUTLINE_PX) * pixelRatio;
  const radius = RING_RADIUS_PX * pixelRatio;
  const sizePx = Math.ceil(2 * (RING_RADIUS_PX + RING_FIGURE_OUTLINE_PX + 1) * pixelRatio);
  const ctx = imageCanvas(sizePx);
  const centre = sizePx / 2;
  if (selected) {
    ctx.beginPath();
    ctx.arc(centre, centre, radius, 0, Math.PI * 2);
    ctx.fillStyle = palette.selection;
    ctx.fill();
  }
  ctx.beginPath();
  ctx.arc(centre, centre, radius + outline / 2, 0, Math.PI * 2);
  ctx.lineWidth = outline;
  ctx.strokeStyle = selected
    ? palette.selectionOutline
    : figure
      ? palette.figureMark
      : withAlpha(palette.hover, 0.8);
  ctx.stroke();
  return ctx.getImageData(0, 0, sizePx, sizePx);
}

/** The pixels of an image the style names (a status marker, a ring, a cluster or the town dot), or null for an unknown id. */
export function styleImageData(imageId: string, pixelRatio: number): ImageData | null {
  if (imageId === TOWN_DOT_IMAGE_ID) return townDotImageData(pixelRatio);
  const ring = RING_KINDS.find((kind) => ringImageId(kind) === imageId);
  if (ring) return ringImageData(ring, pixelRatio);
  const cluster = /^cluster-(\d{1,3})$/.exec(imageId);
  if (cluster) return clusterImageData(Number(cluster[1]), pixelRatio);
  for (const g of LAYER_GROUPS) {
    for (const s of STATUSES) {
      if (markerImageId(g.id, s.id) === imageId)
        return markerImageData(s.marker, palette[g.color], pixelRatio);
    }
  }
  return null;
}
