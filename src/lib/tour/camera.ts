/**
 * Where a tour stop puts the camera: around the places it presents. Pure, so the tests can check
 * that every camera shows its places.
 */
import type { PlaceFeature } from '../catalog/types';
import { placeBounds, type BBox } from '../geo/bounds';
import { WUJIN_BBOX } from '../geo/extent';
import { boundsOf } from '../geo/parts';

/** Degrees added around the district: places inside this box are framed whole by a stop's camera. */
export const FRAME_MARGIN_DEG = 0.15;

/** The largest box a stop frames: the district with a margin for its neighbours (central Taihu, Changzhou station). */
export const FRAME_LIMIT: BBox = [
  WUJIN_BBOX[0] - FRAME_MARGIN_DEG,
  WUJIN_BBOX[1] - FRAME_MARGIN_DEG,
  WUJIN_BBOX[2] + FRAME_MARGIN_DEG,
  WUJIN_BBOX[3] + FRAME_MARGIN_DEG,
];

/**
 * The smallest span a camera box has, in degrees (about 5.7 km east–west, 5.5 km north–south):
 * a single factory is shown with its surroundings, never at street level.
 */
export const MIN_SPAN_DEG = { lon: 0.06, lat: 0.05 } as const;

/** The smallest box holding every box: the bounds of their south-west and north-east corners. */
export function union(boxes: readonly BBox[]): BBox | null {
  return boundsOf(
    boxes.flatMap(([w, s, e, n]) => [
      [w, s],
      [e, n],
    ]),
  );
}

export function contains(outer: BBox, inner: BBox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

export function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Grows a box about its centre to at least MIN_SPAN_DEG; a larger box is returned unchanged. */
export function withMinimumSpan(box: BBox): BBox {
  const grow = (lo: number, hi: number, min: number): [number, number] => {
    const span = hi - lo;
    if (span >= min) return [lo, hi];
    const mid = (lo + hi) / 2;
    return [mid - min / 2, mid + min / 2];
  };
  const [w, e] = grow(box[0], box[2], MIN_SPAN_DEG.lon);
  const [s, n] = grow(box[1], box[3], MIN_SPAN_DEG.lat);
  return [w, s, e, n];
}

/**
 * Whether a place is framed by the camera (contained whole): it is drawn, in the atlas's region,
 * and small enough to fit FRAME_LIMIT. Larger places (the whole of Taihu, the riverside railway
 * from Nanjing to Shanghai) are context: they cross the camera without setting it.
 */
export function isFramed(place: PlaceFeature): boolean {
  const box = placeBounds(place);
  return box !== null && !place.properties.outside && contains(FRAME_LIMIT, box);
}

/**
 * The camera box of a stop: all framed places, plus the whole district when `district` is set;
 * the district alone when no place can be framed.
 */
export function stopCamera(places: readonly PlaceFeature[], district: boolean): BBox {
  const boxes = places.filter(isFramed).map((p) => placeBounds(p)!);
  if (district || boxes.length === 0) boxes.push(WUJIN_BBOX);
  return withMinimumSpan(union(boxes)!);
}
