// The off-map pin against screen geometry written here: a web-mercator view of 512 px tiles is
// worked out from its centre, zoom and size (x = (lon + 180) / 360 · 512 · 2^z, y from
// ln(tan(π/4 + φ/2))), the pin must lie `margin` px inside the edge the straight line from the
// frame's middle toward the place crosses, on that line, and its bearing is that line's angle.
import { describe, expect, test } from 'vitest';
import { offMapPin, type OffMapView } from '../../../src/lib/geo/off-map';

const SHANGHAI: [number, number] = [121.4737, 31.2304];
const WORLD_PX = (zoom: number) => 512 * 2 ** zoom;
const xOf = (lon: number, zoom: number) => ((lon + 180) / 360) * WORLD_PX(zoom);
const yOf = (lat: number, zoom: number) =>
  ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * WORLD_PX(zoom);
const lonOf = (x: number, zoom: number) => (x / WORLD_PX(zoom)) * 360 - 180;
const latOf = (y: number, zoom: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_PX(zoom)))) * 180) / Math.PI;

/** A view of `width`×`height` px centred on [lon, lat] at `zoom`, and its projection to screen px. */
function view(lon: number, lat: number, zoom: number, width: number, height: number) {
  const left = xOf(lon, zoom) - width / 2;
  const top = yOf(lat, zoom) - height / 2;
  const v: OffMapView = {
    bounds: [lonOf(left, zoom), latOf(top + height, zoom), lonOf(left + width, zoom), latOf(top, zoom)],
    widthPx: width,
    heightPx: height,
  };
  const screen = (p: [number, number]) => ({ x: xOf(p[0], zoom) - left, y: yOf(p[1], zoom) - top });
  return { v, screen };
}

/** Degrees clockwise from up of the screen vector (dx, dy). */
const bearingOf = (dx: number, dy: number) => ((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360;

describe('the off-map pin', () => {
  test.each([
    [10, 390, 844],
    [12, 390, 844],
    [10, 1440, 900],
    [8, 390, 844],
  ])('zoom %d, %d×%d: on the east edge, on the line from the middle toward Shanghai', (zoom, w, h) => {
    const { v, screen } = view(119.935, 31.57, zoom, w, h);
    const margin = 30;
    const pin = offMapPin(v, SHANGHAI, { marginPx: margin })!;
    expect(pin.edge).toBe('east');
    const p = screen([pin.lon, pin.lat]);
    const t = screen(SHANGHAI);
    expect(p.x).toBeCloseTo(w - margin, 3);
    expect(p.y).toBeGreaterThanOrEqual(margin - 1e-6);
    expect(p.y).toBeLessThanOrEqual(h - margin + 1e-6);
    const c = { x: w / 2, y: h / 2 };
    // On the line: the same direction from the middle as the place.
    expect(bearingOf(p.x - c.x, p.y - c.y)).toBeCloseTo(bearingOf(t.x - c.x, t.y - c.y), 6);
    expect(pin.bearingDeg).toBeCloseTo(bearingOf(t.x - p.x, t.y - p.y), 6);
    // Shanghai lies east-south-east of Wujin: the arrow points between east and south.
    expect(pin.bearingDeg).toBeGreaterThan(90);
    expect(pin.bearingDeg).toBeLessThan(135);
  });

  test('the frame is the drawn map: a wide view pins it at the drawn map’s edge, not at the screen’s', () => {
    const { v, screen } = view(119.935, 31.57, 8, 3840, 2160);
    const drawnEast = 120.9;
    const pin = offMapPin(v, SHANGHAI, { marginPx: 40, drawn: [119.2, 30.8, drawnEast, 32.3] })!;
    expect(pin.edge).toBe('east');
    expect(screen([pin.lon, pin.lat]).x).toBeCloseTo(screen([drawnEast, 31.5]).x - 40, 3);
  });

  test('a place inside the frame gets no pin', () => {
    const { v } = view(121.4, 31.3, 9, 1440, 900);
    expect(offMapPin(v, SHANGHAI)).toBeNull();
  });

  test('a blocked spot moves the pin along the same edge to the nearest free spot', () => {
    const { v, screen } = view(119.935, 31.57, 10, 390, 844);
    const margin = 30;
    const free = offMapPin(v, SHANGHAI, { marginPx: margin })!;
    const y0 = screen([free.lon, free.lat]).y;
    // Everything within 50 px above or below the first spot is water.
    const blocked = (lon: number, lat: number) => Math.abs(screen([lon, lat]).y - y0) < 50;
    const pin = offMapPin(v, SHANGHAI, { marginPx: margin, blocked, stepPx: 5 })!;
    const p = screen([pin.lon, pin.lat]);
    expect(pin.edge).toBe('east');
    expect(p.x).toBeCloseTo(390 - margin, 3);
    expect(Math.abs(p.y - y0)).toBeGreaterThanOrEqual(50);
    expect(Math.abs(p.y - y0)).toBeLessThanOrEqual(55 + 1e-6);
    expect(pin.bearingDeg).toBeCloseTo(bearingOf(screen(SHANGHAI).x - p.x, screen(SHANGHAI).y - p.y), 6);
  });

  test('a place due north is pinned on the north edge, its arrow pointing up', () => {
    const { v, screen } = view(119.935, 31.57, 10, 800, 600);
    const pin = offMapPin(v, [119.935, 33], { marginPx: 20 })!;
    expect(pin.edge).toBe('north');
    expect(screen([pin.lon, pin.lat]).y).toBeCloseTo(20, 3);
    expect(pin.bearingDeg).toBeCloseTo(0, 6);
  });
});
