/**
 * Where a place outside the drawn map (武进(上海)国际创新中心, in Shanghai) is pinned: on the edge
 * of the map as it is seen now, where the line from the view's middle toward the place leaves it,
 * moved along that edge when a lake or another marker is there. Pure: the view comes in as bounds
 * and a size in CSS pixels, what is in the way as a predicate.
 */
import type { BBox } from './bounds';

/** The map as it is seen: the viewport's bounds (north up) and its size in CSS pixels. */
export interface OffMapView {
  bounds: BBox;
  widthPx: number;
  heightPx: number;
}

export interface OffMapPin {
  lon: number;
  lat: number;
  /** The direction from the pin to the place on screen, clockwise from up (north), in degrees. */
  bearingDeg: number;
  /** Which edge of the frame the pin sits on. */
  edge: 'north' | 'east' | 'south' | 'west';
}

export interface OffMapOptions {
  /** Only this part of the view counts as map (the basemap's extent): beyond it nothing is drawn. */
  drawn?: BBox;
  /** How far inside the frame's edge the pin sits, in CSS pixels (room for the marker and its arrow). */
  marginPx?: number;
  /** True where the pin may not go (a lake, another marker). */
  blocked?: (lon: number, lat: number) => boolean;
  /** Steps along the edge tried when the first spot is blocked, in CSS pixels. */
  stepPx?: number;
}

const mercX = (lon: number): number => (lon + 180) / 360;
const mercY = (lat: number): number =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lonOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The pin of a place at `target` [lon, lat] outside the frame (the view, cut to `drawn`), or null
 * when the place lies inside it (then it is drawn where it is).
 */
export function offMapPin(
  view: OffMapView,
  target: readonly [number, number],
  { drawn, marginPx = 32, blocked = () => false, stepPx = 8 }: OffMapOptions = {},
): OffMapPin | null {
  const [vw, vs, ve, vn] = view.bounds;
  // Screen pixels from mercator: the view's top left is (0, 0).
  const x0 = mercX(vw);
  const y0 = mercY(vn);
  const kx = view.widthPx / (mercX(ve) - x0);
  const ky = view.heightPx / (mercY(vs) - y0);
  const px = (lon: number): number => (mercX(lon) - x0) * kx;
  const py = (lat: number): number => (mercY(lat) - y0) * ky;
  const cut: BBox = drawn
    ? [Math.max(vw, drawn[0]), Math.max(vs, drawn[1]), Math.min(ve, drawn[2]), Math.min(vn, drawn[3])]
    : view.bounds;
  // A view wholly beyond the drawn map (the camera may go a little further): its own frame.
  const [fw, fs, fe, fn] = cut[0] < cut[2] && cut[1] < cut[3] ? cut : view.bounds;
  // The frame inset by the margin, never inverted on a small frame.
  const left0 = px(fw);
  const right0 = px(fe);
  const top0 = py(fn);
  const bottom0 = py(fs);
  const mx = Math.min(marginPx, (right0 - left0) / 2);
  const my = Math.min(marginPx, (bottom0 - top0) / 2);
  const [left, right, top, bottom] = [left0 + mx, right0 - mx, top0 + my, bottom0 - my];
  const tx = px(target[0]);
  const ty = py(target[1]);
  if (tx >= left0 && tx <= right0 && ty >= top0 && ty <= bottom0) return null;
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  // Where the ray from the middle toward the place leaves the inset frame.
  const sx = dx === 0 ? Infinity : (dx > 0 ? right - cx : left - cx) / dx;
  const sy = dy === 0 ? Infinity : (dy > 0 ? bottom - cy : top - cy) / dy;
  const s = Math.min(sx, sy);
  const edge: OffMapPin['edge'] = sx <= sy ? (dx > 0 ? 'east' : 'west') : dy > 0 ? 'south' : 'north';
  const first = { x: cx + s * dx, y: cy + s * dy };
  const along = edge === 'east' || edge === 'west' ? 'y' : 'x';
  const [lo, hi] = along === 'y' ? [top, bottom] : [left, right];
  const toLonLat = (p: { x: number; y: number }): [number, number] => [
    lonOf(x0 + p.x / kx),
    latOf(y0 + p.y / ky),
  ];
  // The first spot, then steps to either side along the same edge, nearest first.
  let chosen = first;
  const reach = Math.max(first[along] - lo, hi - first[along]);
  outer: for (let d = 0; d <= reach; d += stepPx) {
    for (const sign of d === 0 ? [1] : [1, -1]) {
      const v = first[along] + sign * d;
      if (v < lo || v > hi) continue;
      const candidate = along === 'y' ? { x: first.x, y: v } : { x: v, y: first.y };
      const [lon, lat] = toLonLat(candidate);
      if (!blocked(lon, lat)) {
        chosen = candidate;
        break outer;
      }
    }
  }
  const [lon, lat] = toLonLat(chosen);
  const bearingDeg = ((Math.atan2(tx - chosen.x, -(ty - chosen.y)) * 180) / Math.PI + 360) % 360;
  return { lon, lat, bearingDeg, edge };
}
