// On a 3840×2160 screen in a room, the map's own text can be read beside the tour's caption: every
// label the map draws, the legend's text and the scale bar's are at least two thirds of the
// caption's body text. The page's sizes are the browser's computed font sizes; a label layer's
// size is its `text-size` evaluated at the camera's zoom by this file's own reading of the
// style's zoom curves (numbers, or linear interpolation over zoom).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectCleanRun, mapIdle, openAtlas, screenshot, useAtlas } from './harness';

const suite = useAtlas();
const LOAD_TIMEOUT_MS = 120_000;
const TEST_TIMEOUT_MS = 400_000;
const MIN_RATIO = 2 / 3;

/** A `text-size` value: a number, or ['interpolate', ['linear'], ['zoom'], z0, v0, z1, v1, …]. */
function sizeAtZoom(value: unknown, zoom: number): number {
  if (typeof value === 'number') return value;
  if (!Array.isArray(value) || value[0] !== 'interpolate')
    throw new Error(`unread text-size ${JSON.stringify(value)}`);
  expect(value[1]).toEqual(['linear']);
  expect(value[2]).toEqual(['zoom']);
  const stops: [number, number][] = [];
  for (let i = 3; i < value.length; i += 2) stops.push([value[i] as number, value[i + 1] as number]);
  if (zoom <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [z0, v0] = stops[i - 1]!;
    const [z1, v1] = stops[i]!;
    if (zoom <= z1) return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]![1];
}

interface Sizes {
  cardBodyPx: number;
  legend: { text: string; px: number }[];
  scalePx: number;
  /** The scale bar's box: its words fit inside it, on the screen. */
  scaleBox: { height: number; bottom: number; screenBottom: number };
  zoom: number;
  /** Symbol layers with text that draw something in the view now, with their raw `text-size`. */
  labelLayers: { id: string; textSize: unknown; drawn: number }[];
}

function readSizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const legend: { text: string; px: number }[] = [];
    const legendBox = document.querySelector('[data-testid=legend]')!;
    // Every element of the legend that holds words of its own and is shown.
    for (const el of [legendBox, ...legendBox.querySelectorAll('*')]) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .join('');
      if (own && el.getBoundingClientRect().width > 0) legend.push({ text: own.slice(0, 12), px: px(el) });
    }
    const zoom = map.getZoom();
    const labelLayers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
      .filter((l) => map.getLayoutProperty(l.id, 'visibility') !== 'none')
      .filter((l) => (l.minzoom ?? 0) <= zoom && zoom < (l.maxzoom ?? 24))
      .map((l) => ({
        id: l.id,
        textSize: map.getLayoutProperty(l.id, 'text-size') as unknown,
        drawn: map.queryRenderedFeatures({ layers: [l.id] }).length,
      }))
      .filter((l) => l.drawn > 0);
    return {
      cardBodyPx: px(document.querySelector('[data-testid=tour-text]')!),
      legend,
      scalePx: px(document.querySelector('.maplibregl-ctrl-scale')!),
      scaleBox: (() => {
        const r = document.querySelector('.maplibregl-ctrl-scale')!.getBoundingClientRect();
        return { height: r.height, bottom: r.bottom, screenBottom: innerHeight };
      })(),
      zoom,
      labelLayers,
    };
  });
}

describe('text a room can read at 3840×2160', () => {
  test('the curve reader reads numbers and linear zoom curves', () => {
    expect(sizeAtZoom(12, 9)).toBe(12);
    const curve = ['interpolate', ['linear'], ['zoom'], 10, 20, 15, 30];
    expect(sizeAtZoom(curve, 8)).toBe(20);
    expect(sizeAtZoom(curve, 12.5)).toBe(25);
    expect(sizeAtZoom(curve, 16)).toBe(30);
  });

  test.each([
    { stop: 'review-1', lang: 'zh' },
    { stop: 'plan-3', lang: 'en' },
  ])(
    'tour stop $stop in $lang: labels, legend and scale bar at least two thirds of the caption',
    async ({ stop, lang }) => {
      const atlas = await openAtlas(suite.browser, suite.server.url, {
        viewport: 'fourK',
        hash: `tour=${stop}&lang=${lang}`,
        timeoutMs: LOAD_TIMEOUT_MS,
      });
      try {
        await atlas.page.waitForFunction(
          () => !(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.isMoving(),
          null,
          { timeout: 30_000, polling: 100 },
        );
        await mapIdle(atlas.page);
        const sizes = await readSizes(atlas.page);
        await screenshot(atlas, `room-text-${stop}-${lang}`);
        const minPx = sizes.cardBodyPx * MIN_RATIO;
        const labels = sizes.labelLayers.map((l) => ({ id: l.id, px: sizeAtZoom(l.textSize, sizes.zoom) }));
        console.log(
          `room text ${stop} ${lang}: caption ${sizes.cardBodyPx} px, zoom ${sizes.zoom.toFixed(2)}, scale bar ${sizes.scalePx} px, ` +
            `legend ≥ ${Math.min(...sizes.legend.map((l) => l.px))} px, labels ${JSON.stringify(labels.map((l) => `${l.id} ${l.px.toFixed(1)}`))}`,
        );
        // The caption is room-sized (40 px and up at this width): the comparison means something.
        expect(sizes.cardBodyPx).toBeGreaterThanOrEqual(40);
        expect(labels.length, 'label layers drawing in the view').toBeGreaterThan(2);
        expect(sizes.legend.length, 'legend texts').toBeGreaterThan(5);
        expect(labels.filter((l) => l.px < minPx)).toEqual([]);
        expect(sizes.legend.filter((l) => l.px < minPx)).toEqual([]);
        expect(sizes.scalePx).toBeGreaterThanOrEqual(minPx);
        expect(sizes.scaleBox.height, 'the scale bar holds its words').toBeGreaterThanOrEqual(sizes.scalePx);
        expect(sizes.scaleBox.bottom).toBeLessThanOrEqual(sizes.scaleBox.screenBottom);
        expectCleanRun(atlas);
      } finally {
        await atlas.close();
      }
    },
    TEST_TIMEOUT_MS,
  );
});
