// Every stop of the tour frames its places where the room can see them: at 1440×900, on a 390×844
// phone and at 3840×2160, no place of a stop lies under the caption card or within 16 px of the
// screen's edge. The stops come from the tour's script (data/tour.json), the places and their
// coordinates from the layer files (geo/layers/*.geojson); the atlas is asked only where a
// coordinate lands on screen (map.project) and where its card is.
//
// Zone members: a stop marks a member of a zone by its zone (where in the zone it lies is not
// known); its coordinate lies inside the zone and is checked like every other point.
// Lines and areas are checked at every vertex, unless they reach beyond the district's
// neighbourhood (all of Taihu, a railway from Nanjing): those cross the view as context.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, mapSettled, openAtlas, screenshot, useAtlas, type ViewportName } from './harness';

const suite = useAtlas();
const LOAD_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 600_000;
/** Nothing the tour presents may come closer than this to the screen's edge. */
const EDGE_MARGIN_PX = 16;

interface ScriptStop {
  id: string;
  section?: string;
}
const script = JSON.parse(
  readFileSync(new URL('../../data/tour.json', import.meta.url), 'utf8'),
) as ScriptStop[];

interface LayerFeature {
  geometry: GeoJSON.Geometry | null;
  properties: { id: string; outside?: boolean; report: { paragraph: string }[] };
}
const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'] as const;
const features: LayerFeature[] = GROUPS.flatMap((group) => {
  const url = new URL(`../../geo/layers/${group}.geojson`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { features: LayerFeature[] }).features;
});

function vertices(g: GeoJSON.Geometry): [number, number][] {
  const out: [number, number][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0], c[1] as number]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  if ('coordinates' in g) walk(g.coordinates);
  return out;
}

/** The district's extent, from its outline in the basemap (not its neighbours'), with 0.15° (about 15 km) round it. */
const NEIGHBOURHOOD = (() => {
  const district = JSON.parse(
    readFileSync(new URL('../../geo/basemap/district.geojson', import.meta.url), 'utf8'),
  ) as GeoJSON.FeatureCollection;
  const vs = district.features
    .filter((f) => f.properties?.role === 'district')
    .flatMap((f) => vertices(f.geometry));
  const margin = 0.15;
  return {
    west: Math.min(...vs.map((v) => v[0])) - margin,
    south: Math.min(...vs.map((v) => v[1])) - margin,
    east: Math.max(...vs.map((v) => v[0])) + margin,
    north: Math.max(...vs.map((v) => v[1])) + margin,
  };
})();

/**
 * The points of a stop the room must see, by place: a section's places are those with a report
 * paragraph `<section>.p<n>`; places outside the map (an arrow at its edge) and without a position
 * are left out, as are lines and areas reaching beyond the neighbourhood.
 */
function stopPoints(section: string): { id: string; points: [number, number][] }[] {
  const n = NEIGHBOURHOOD;
  return features
    .filter((f) => f.properties.report.some((r) => r.paragraph.split('.')[0] === section))
    .filter((f) => f.geometry !== null && !f.properties.outside)
    .map((f) => ({ id: f.properties.id, points: vertices(f.geometry!) }))
    .filter(({ points }) =>
      points.every(([lon, lat]) => lon >= n.west && lon <= n.east && lat >= n.south && lat <= n.north),
    );
}

interface Problem {
  id: string;
  x: number;
  y: number;
  why: 'under the card' | 'at the edge';
}

/** Where each point lands on the page, against the card's box and the visible part of the map. */
function misplaced(page: Page, places: { id: string; points: [number, number][] }[], marginPx: number) {
  return page.evaluate(
    ({ places, marginPx }) => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const canvas = map.getCanvas().getBoundingClientRect();
      const card = document.querySelector('[data-testid=tour-caption]')!.getBoundingClientRect();
      // The screen is the map's canvas where it is on the page.
      const left = Math.max(0, canvas.left) + marginPx;
      const top = Math.max(0, canvas.top) + marginPx;
      const right = Math.min(innerWidth, canvas.right) - marginPx;
      const bottom = Math.min(innerHeight, canvas.bottom) - marginPx;
      const out: Problem[] = [];
      for (const place of places) {
        for (const [lon, lat] of place.points) {
          const p = map.project([lon, lat]);
          const x = canvas.left + p.x;
          const y = canvas.top + p.y;
          const r = (v: number) => Math.round(v);
          if (x < left || x > right || y < top || y > bottom) {
            out.push({ id: place.id, x: r(x), y: r(y), why: 'at the edge' });
            break;
          }
          if (x >= card.left && x <= card.right && y >= card.top && y <= card.bottom) {
            out.push({ id: place.id, x: r(x), y: r(y), why: 'under the card' });
            break;
          }
        }
      }
      return out;
    },
    { places, marginPx },
  );
}

const cases: { viewport: ViewportName; lang: 'zh' | 'en' }[] = [
  { viewport: 'desktop', lang: 'zh' },
  { viewport: 'phone', lang: 'zh' },
  { viewport: 'phone', lang: 'en' },
  { viewport: 'fourK', lang: 'en' },
];

describe('tour framing', () => {
  test('the script has section stops with places to frame', () => {
    const sections = script.filter((s) => s.section);
    expect(sections.length).toBeGreaterThan(8);
    expect(sections.filter((s) => stopPoints(s.section!).length > 0).length).toBeGreaterThan(8);
  });

  test.each(cases)(
    'every stop, $viewport in $lang: no place under the card or within 16 px of the edge',
    async ({ viewport, lang }) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport,
        hash: `tour=${script[0]!.id}&lang=${lang}`,
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      const problems: string[] = [];
      let checked = 0;
      try {
        for (const [i, stop] of script.entries()) {
          if (i > 0) await atlas.page.keyboard.press('ArrowRight');
          await expect.poll(() => atlas.page.evaluate(() => location.hash)).toContain(`tour=${stop.id}`);
          await mapSettled(atlas.page);
          if (!stop.section) continue;
          const places = stopPoints(stop.section);
          checked += places.length;
          // The card's height follows the stop's text and the camera follows the card a moment
          // later: the framing counts once the map has stopped again.
          let found = await misplaced(atlas.page, places, EDGE_MARGIN_PX);
          if (found.length > 0) {
            await mapSettled(atlas.page);
            found = await misplaced(atlas.page, places, EDGE_MARGIN_PX);
          }
          if (stop.id === 'review-1') await screenshot(atlas, `tour-framing-${viewport}-${lang}-${stop.id}`);
          if (found.length > 0) {
            problems.push(`${stop.id}: ${found.map((p) => `${p.id} ${p.why} (${p.x},${p.y})`).join('; ')}`);
            await screenshot(atlas, `tour-framing-${viewport}-${lang}-${stop.id}`);
          }
        }
        console.log(
          `tour framing ${viewport} ${lang}: ${checked} places checked, ${problems.length} stops wrong`,
        );
        expect(checked).toBeGreaterThan(20);
        expect(problems, problems.join('\n')).toEqual([]);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
