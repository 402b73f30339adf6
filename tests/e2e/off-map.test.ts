// A place outside the drawn map (武进(上海)国际创新中心, in Shanghai) is pinned at the edge of the map
// as seen, on the side facing Shanghai, at every zoom: never on a lake, never on another marker,
// and it says it lies beyond the map. The side is this file's own: the bearing from the middle of
// the frame (the screen cut to the drawn basemap's box, written below) to Shanghai's coordinate
// written below, against the frame's corners; the lakes are geo/basemap/lakes.geojson read here and
// tested with this file's own ray casting. The atlas is asked only where things are drawn.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  expectCleanRun,
  mapIdle,
  openAtlas,
  readState,
  screenshot,
  useAtlas,
  type ViewportName,
} from './harness';

const suite = useAtlas();
const LOAD_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 400_000;

const PLACE_ID = 'wujin-shanghai-center';
/** Central Shanghai, as geo/layers/innovation.geojson places the centre. */
const SHANGHAI: [number, number] = [121.4737, 31.2304];
/** The drawn basemap's box (the data region): beyond it the map shows nothing. */
const DRAWN: [number, number, number, number] = [119.2, 30.8, 120.9, 32.3];
/** Within this many CSS pixels (times the screen's marker scale) of the frame's edge. */
const EDGE_BAND_PX = 64;
/** A marker's drawn radius at the largest icon size (22 px × 1.1 / 2), times the marker scale. */
const MARKER_RADIUS_PX = 12;

type Ring = number[][];
const lakes = (
  JSON.parse(readFileSync(new URL('../../geo/basemap/lakes.geojson', import.meta.url), 'utf8')) as {
    features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[];
  }
).features.map((f) => ({
  id: f.properties.id,
  polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][],
}));

/** Even-odd ray casting over every ring of a polygon (holes included). */
function inPolygon([x, y]: number[], rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

function lakeAt(lonLat: number[]): string | null {
  return lakes.find((l) => l.polygons.some((p) => inPolygon(lonLat, p)))?.id ?? null;
}

interface Seen {
  width: number;
  height: number;
  /** The drawn basemap's box on screen, in CSS pixels of the map. */
  drawn: { left: number; right: number; top: number; bottom: number };
  shanghai: { x: number; y: number };
  pin: {
    x: number;
    y: number;
    lon: number;
    lat: number;
    name: string;
    /** Its name is drawn beside it (the label layer has it on screen). */
    named: boolean;
    covered: boolean;
  } | null;
  markers: { layer: string; x: number; y: number }[];
  zoom: number;
}

function look(page: Page, lang: 'zh' | 'en'): Promise<Seen> {
  return page.evaluate(
    ([shanghai, drawn, id, lang]) => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const pinLayers = map.getLayersOrder().filter((l) => l.startsWith('off-map-') && l.endsWith('-point'));
      const markerLayers = map
        .getLayersOrder()
        .filter((l) => (l.endsWith('-point') && !l.startsWith('off-map-')) || l === 'marker-clusters-count');
      const hit = map.queryRenderedFeatures({ layers: pinLayers }).find((f) => f.properties.id === id);
      const labelLayers = map
        .getLayersOrder()
        .filter((l) => l.startsWith('off-map-') && l.endsWith('-label'));
      const named = map.queryRenderedFeatures({ layers: labelLayers }).some((f) => f.properties.id === id);
      const nw = map.project([drawn[0], drawn[3]]);
      const se = map.project([drawn[2], drawn[1]]);
      const pin = hit ? (hit.geometry as GeoJSON.Point).coordinates : null;
      const at = pin ? map.project(pin as [number, number]) : null;
      return {
        width: map.getContainer().clientWidth,
        height: map.getContainer().clientHeight,
        drawn: { left: nw.x, top: nw.y, right: se.x, bottom: se.y },
        shanghai: map.project(shanghai),
        pin:
          pin && at && hit
            ? {
                x: at.x,
                y: at.y,
                lon: pin[0]!,
                lat: pin[1]!,
                name: String(hit.properties[`name_${lang}`]),
                named,
                // Under the legend, a control or a card, nobody would see it.
                covered:
                  document.elementFromPoint(
                    map.getCanvas().getBoundingClientRect().left + at.x,
                    map.getCanvas().getBoundingClientRect().top + at.y,
                  ) !== map.getCanvas(),
              }
            : null,
        markers: map.queryRenderedFeatures({ layers: markerLayers }).map((f) => {
          const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
          return { layer: f.layer.id, x: p.x, y: p.y };
        }),
        zoom: map.getZoom(),
      };
    },
    [SHANGHAI, DRAWN, PLACE_ID, lang] as const,
  );
}

/** The frame (the screen cut to the drawn basemap) and the side of it facing Shanghai. */
function facing(seen: Seen) {
  const left = Math.max(0, seen.drawn.left);
  const right = Math.min(seen.width, seen.drawn.right);
  const top = Math.max(0, seen.drawn.top);
  const bottom = Math.min(seen.height, seen.drawn.bottom);
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const dx = seen.shanghai.x - cx;
  const dy = seen.shanghai.y - cy;
  const bearingDeg = ((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360;
  // The side a line from the middle leaves through: compare its bearing with the corners'.
  const corner = (x: number, y: number) => ((Math.atan2(x - cx, -(y - cy)) * 180) / Math.PI + 360) % 360;
  const ne = corner(right, top);
  const se = corner(right, bottom);
  const sw = corner(left, bottom);
  const nw = corner(left, top);
  const side =
    bearingDeg >= ne && bearingDeg < se
      ? 'east'
      : bearingDeg >= se && bearingDeg < sw
        ? 'south'
        : bearingDeg >= sw && bearingDeg < nw
          ? 'west'
          : 'north';
  return { left, right, top, bottom, side, bearingDeg };
}

/** Waits until the pin is drawn for the camera now shown: inside the frame, after the map is idle. */
async function pinSettled(page: Page, lang: 'zh' | 'en'): Promise<Seen> {
  await expect
    .poll(
      async () => {
        const seen = await look(page, lang);
        const f = facing(seen);
        return (
          seen.pin !== null &&
          seen.pin.x >= f.left &&
          seen.pin.x <= f.right &&
          seen.pin.y >= f.top &&
          seen.pin.y <= f.bottom
        );
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await mapIdle(page);
  return look(page, lang);
}

async function jump(page: Page, camera: { lon: number; lat: number; zoom: number }): Promise<void> {
  await page.evaluate(
    (c) =>
      (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.jumpTo({
        center: [c.lon, c.lat],
        zoom: c.zoom,
      }),
    camera,
  );
}

function checkPin(seen: Seen, scale: number, label: string): void {
  const f = facing(seen);
  const pin = seen.pin!;
  const band = EDGE_BAND_PX * scale;
  const toEdge = {
    east: f.right - pin.x,
    west: pin.x - f.left,
    south: f.bottom - pin.y,
    north: pin.y - f.top,
  }[f.side as 'east'];
  console.log(
    `${label}: zoom ${seen.zoom.toFixed(1)}, Shanghai bears ${f.bearingDeg.toFixed(0)}° (${f.side}); pin at ${pin.x.toFixed(0)},${pin.y.toFixed(0)} in ${seen.width}×${seen.height}, ${toEdge.toFixed(0)} px from that edge`,
  );
  expect(f.side, label).toBe('east');
  expect(toEdge, `${label}: within ${band} px of the ${f.side} edge`).toBeGreaterThanOrEqual(0);
  expect(toEdge, `${label}: within ${band} px of the ${f.side} edge`).toBeLessThanOrEqual(band);
  expect(lakeAt([pin.lon, pin.lat]), `${label}: not on a lake`).toBeNull();
  expect(pin.covered, `${label}: not under the legend or a control`).toBe(false);
  const nearest = Math.min(...seen.markers.map((m) => Math.hypot(m.x - pin.x, m.y - pin.y)));
  expect(nearest, `${label}: clear of every other marker`).toBeGreaterThanOrEqual(
    2 * MARKER_RADIUS_PX * scale,
  );
}

describe('the off-map pin', () => {
  test.each([
    ['phone', 'zh', 1],
    // English names run to three lines: on a phone the spot beside the pin was taken and it went unnamed.
    ['phone', 'en', 1],
    ['fourK', 'en', 2],
  ] as [ViewportName, 'zh' | 'en', number][])(
    '%s (%s): in the opening view and at zooms 8, 10 and 12 at the frame’s edge facing Shanghai, off lakes and markers; a click selects it',
    async (viewport, lang, scale) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport,
        hash: `lang=${lang}`,
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      try {
        const page = atlas.page;
        // The view the atlas opens with: the pin is worked out while the first frame is still
        // held back (its canvas hidden), and must stand by the same rules as after any move.
        const opening = await pinSettled(page, lang);
        checkPin(opening, scale, `${viewport} opening view`);
        // Named in the view everyone opens with. Zoomed out on a phone, the name may yield to the
        // counted discs over it (they are drawn above it, so that they are never covered by it).
        expect(opening.pin!.named, `${viewport} opening view: the pin's name drawn beside it`).toBe(true);
        for (const zoom of [8, 10, 12]) {
          await jump(page, { lon: 119.935, lat: 31.57, zoom });
          const seen = await pinSettled(page, lang);
          checkPin(seen, scale, `${viewport} zoom ${zoom}`);
          expect(seen.pin!.name).toContain(lang === 'zh' ? '在地图范围外' : 'beyond the map');
          await screenshot(atlas, `off-map-${viewport}-z${zoom}`);
        }
        const seen = await look(page, lang);
        const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
        await page.mouse.click(box!.x + seen.pin!.x, box!.y + seen.pin!.y);
        await expect
          .poll(() => readState(page, (a) => a.selection.placeId), { timeout: 10_000 })
          .toBe(PLACE_ID);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  test(
    'desktop: where the straight line toward Shanghai leaves the frame over 太湖, the pin moves along the edge off the water',
    async () => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport: 'desktop',
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      try {
        await jump(atlas.page, { lon: 119.85, lat: 31.45, zoom: 10 });
        const seen = await pinSettled(atlas.page, 'zh');
        // The first spot: where the line from the frame's middle to Shanghai comes within the
        // pin's margin of the east edge (the atlas's margin is 2 marker radii and 14 px).
        const f = facing(seen);
        const cx = (f.left + f.right) / 2;
        const cy = (f.top + f.bottom) / 2;
        const x = f.right - 2 * (11 * 1.1 + 2) - 14;
        const y = cy + ((seen.shanghai.y - cy) * (x - cx)) / (seen.shanghai.x - cx);
        const naive = await atlas.page.evaluate(
          ([px, py]) => {
            const ll = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.unproject([
              px,
              py,
            ]);
            return [ll.lng, ll.lat];
          },
          [x, y] as const,
        );
        expect(lakeAt(naive), 'the straight line leaves the frame over a lake').toBe('taihu');
        checkPin(seen, 1, 'desktop over Taihu');
        await screenshot(atlas, 'off-map-desktop-taihu');
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
