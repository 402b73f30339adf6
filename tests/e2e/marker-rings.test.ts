// The ring of a selected point place sits around its marker, also where the spread has set the
// marker apart from its point. The marker's drawn centre is worked out here from the catalogue's
// own spread table (the build's, in the catalogue the page loads) and the markers' icon-size
// written out below, MapLibre drawing icon-offset × icon-size away from the projected point; the
// ring is found in the pixels the page shows, by its colour (palette.selection, #ffd43b).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { mapIdle, mapSettled, screenshot, useAtlas, type TestWindow } from './harness';
import { repoRoot } from './harness-server';

const suite = useAtlas();

/** Whole zoom the test looks at, and its index among the spread's zooms (6, 7, … 18). */
const ZOOM = 9;
const ZOOM_INDEX = ZOOM - 6;
/** A marker's icon-size at a zoom on a 1440 px screen (text scale 1): 0.75 at zoom 8 to 1.1 at 14. */
const iconSize = (zoom: number) => 0.75 + (0.35 * Math.min(1, Math.max(0, zoom - 8))) / 6;
/** The selection's colour, and how far an anti-aliased pixel of it may stray. */
const SELECTION_RGB = [0xff, 0xd4, 0x3b];
const TOLERANCE = 40;

interface Catalogue {
  spread: { scales: Record<string, Record<string, number[]>>; clusters: Record<string, number[][]> };
}

const catalogue = (() => {
  const assets = join(repoRoot, 'dist', 'assets');
  const file = readdirSync(assets).find((f) => /^catalogue-.*\.json$/.test(f));
  if (!file) throw new Error('no catalogue in dist/assets: run npm run build:test');
  return JSON.parse(readFileSync(join(assets, file), 'utf8')) as Catalogue;
})();

/** The marker the spread moves farthest at ZOOM on a desktop screen, not counted in a disc there. */
const chosen = (() => {
  const offsets = catalogue.spread.scales['1']!;
  const ids = Object.keys(offsets).sort();
  const inDiscs = new Set(
    catalogue.spread.clusters['1']!.filter((c) => c[0] === ZOOM_INDEX).flatMap((c) =>
      c.slice(3).map((i) => ids[i]),
    ),
  );
  const [id, offset] = ids
    .filter((id) => !inDiscs.has(id))
    .map((id) => [id, [offsets[id]![2 * ZOOM_INDEX]!, offsets[id]![2 * ZOOM_INDEX + 1]!]] as const)
    .sort((a, b) => Math.hypot(...b[1]) - Math.hypot(...a[1]))[0]!;
  const layers = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'].flatMap(
    (group) =>
      (
        JSON.parse(readFileSync(join(repoRoot, 'geo', 'layers', `${group}.geojson`), 'utf8')) as {
          features: { geometry: GeoJSON.Geometry | null; properties: { id: string } }[];
        }
      ).features,
  );
  const point = layers.find((f) => f.properties.id === id)!.geometry as GeoJSON.Point;
  return { id, offset, lon: point.coordinates[0]!, lat: point.coordinates[1]! };
})();

const isSelectionColour = (data: Buffer, i: number) =>
  SELECTION_RGB.every((c, k) => Math.abs(data[i + k]! - c) <= TOLERANCE);

describe('rings around spread markers', () => {
  test('the selected place’s ring is around its marker, not around its unspread point', async () => {
    const shiftPx = Math.hypot(...chosen.offset) * iconSize(ZOOM);
    console.log(`ring test: ${chosen.id} at zoom ${ZOOM}, marker ${shiftPx.toFixed(1)} px from its point`);
    // Far enough that a ring around the point could not pass for one around the marker.
    expect(shiftPx).toBeGreaterThan(40);

    await suite.withAtlas(
      { hash: `map=${ZOOM}/${chosen.lat}/${chosen.lon}&sel=${chosen.id}`, timeoutMs: 60_000 },
      async (atlas) => {
        const { page } = atlas;
        await mapSettled(page);
        // Selecting may have moved the camera: the whole zoom the offsets are laid out for, and the
        // marker in the open part of the map (left of the place's details, above the legend).
        const shift = chosen.offset.map((d) => d * iconSize(ZOOM)) as [number, number];
        await page.evaluate(
          ([lon, lat, zoom, dx, dy]) => {
            const map = (window as unknown as TestWindow).__atlasMap;
            map.jumpTo({ center: [lon!, lat!], zoom: zoom! });
            const { clientWidth: width, clientHeight: height } = map.getCanvas();
            // Where the point goes: the marker then lies 350 px from the map's left, 250 from its top.
            map.panBy([width / 2 - (350 - dx!), height / 2 - (250 - dy!)], { duration: 0 });
          },
          [chosen.lon, chosen.lat, ZOOM, ...shift],
        );
        await mapIdle(page);
        await mapIdle(page);
        const view = await page.evaluate(
          ([lon, lat]) => {
            const map = (window as unknown as TestWindow).__atlasMap;
            const p = map.project([lon!, lat!]);
            const box = map.getCanvas().getBoundingClientRect();
            return { x: box.left + p.x, y: box.top + p.y, zoom: map.getZoom() };
          },
          [chosen.lon, chosen.lat],
        );
        expect(view.zoom).toBe(ZOOM);
        const marker = { x: view.x + shift[0], y: view.y + shift[1] };
        // Nothing of the page lies over the marker's part of the map, nor over its point's.
        for (const at of [marker, view]) {
          const onTop = await page.evaluate(({ x, y }) => {
            const el = document.elementFromPoint(x, y);
            return el?.classList.contains('maplibregl-canvas') ? true : `${el?.tagName}.${el?.className}`;
          }, at);
          expect(onTop).toBe(true);
        }

        await screenshot(atlas, 'marker-ring-selected');
        const reachPx = 30;
        const clipAround = async (at: { x: number; y: number }) => {
          const clip = {
            x: Math.round(at.x) - reachPx,
            y: Math.round(at.y) - reachPx,
            width: 2 * reachPx,
            height: 2 * reachPx,
          };
          const png = PNG.sync.read(await page.screenshot({ clip }));
          // The selection-coloured pixels, relative to `at`.
          const found: { dx: number; dy: number }[] = [];
          for (let y = 0; y < png.height; y++)
            for (let x = 0; x < png.width; x++)
              if (isSelectionColour(png.data, 4 * (y * png.width + x)))
                found.push({ dx: clip.x + x + 0.5 - at.x, dy: clip.y + y + 0.5 - at.y });
          return found;
        };

        const ring = await clipAround(marker);
        expect(ring.length, 'selection-coloured pixels around the marker').toBeGreaterThan(60);
        // A whole ring: selection colour in each eighth around the marker…
        const sectors = new Set(
          ring.map(({ dx, dy }) => Math.floor(((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI)) * 8) % 8),
        );
        expect([...sectors].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
        // …centred on the marker's drawn centre…
        const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
        expect(Math.abs(mean(ring.map((p) => p.dx))), 'centre x').toBeLessThan(1.5);
        expect(Math.abs(mean(ring.map((p) => p.dy))), 'centre y').toBeLessThan(1.5);
        // …outside the marker and close to it (the ring's radius is 14/11 of the marker's).
        const markerRadiusPx = 11 * iconSize(ZOOM);
        const radii = ring.map(({ dx, dy }) => Math.hypot(dx, dy));
        expect(Math.min(...radii)).toBeGreaterThan(markerRadiusPx * 0.7);
        expect(Math.max(...radii)).toBeLessThan(markerRadiusPx * 1.6);

        // And nothing of it where the marker would be without the spread.
        expect(await clipAround(view), 'selection colour around the unspread point').toEqual([]);
      },
    );
  });
});
