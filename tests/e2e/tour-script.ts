// What the tour's browser tests share: the tour's stops written from its script, the places of each
// stop read from the layer files, and where the map puts them on screen.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { mapSettled, type TestWindow } from './harness';
import { layerFile, type LayerFeature } from '../oracles/layer-files';
import type { PlainGeometry } from '../oracles/planar';

/** A stop as the tour's script tells it: its id (a section's id for a section stop) and its title. */
export interface ExpectedStop {
  id: string;
  title: { zh: string; en: string };
  /** District-wide figures: the camera shows the whole district, not only the stop's places. */
  district?: true;
}

/** The tour's fifteen stops in order, written from the script (not computed by the atlas's tour code). */
export const stops: readonly ExpectedStop[] = [
  {
    id: 'title',
    title: { zh: '武进区\u200b2024年政府工作报告', en: 'Wujin District Government Work Report 2024' },
    district: true,
  },
  { id: 'review-summary', title: { zh: '2023年总体成绩', en: '2023 at a glance' }, district: true },
  { id: 'review-1', title: { zh: '强产业', en: 'Stronger industry' } },
  { id: 'review-2', title: { zh: '促创新', en: 'More innovation' } },
  { id: 'review-3', title: { zh: '抓改革', en: 'Reform' }, district: true },
  { id: 'review-4', title: { zh: '优生态', en: 'A cleaner environment' } },
  { id: 'review-5', title: { zh: '提品质', en: 'Better towns and villages' } },
  { id: 'review-6', title: { zh: '惠民生', en: 'Livelihoods' } },
  {
    id: 'plan-targets',
    title: { zh: '2024年主要预期目标', en: 'The main targets for 2024' },
    district: true,
  },
  { id: 'plan-1', title: { zh: '一、深化产业转型', en: '1 · Industrial transformation' } },
  { id: 'plan-2', title: { zh: '二、优化创新生态', en: '2 · The innovation ecosystem' } },
  { id: 'plan-3', title: { zh: '三、扛起生态重任', en: '3 · Ecology' } },
  { id: 'plan-4', title: { zh: '四、统筹城乡建设', en: '4 · Town and country' } },
  { id: 'plan-5', title: { zh: '五、站稳人民立场', en: '5 · People’s well-being' } },
  { id: 'end', title: { zh: '谢谢', en: 'Thank you' }, district: true },
];
export const stopById = (id: string): ExpectedStop => stops.find((s) => s.id === id)!;

/** The six place layers, in the order the legend lists them. */
export const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'] as const;
const layerFeatures = GROUPS.map((group) => ({ group, features: layerFile(group) }));

/** The places whose report paragraphs (`<section>.p<n>`) belong to a section, read from the data files. */
export function placesOf(section: string): { id: string; group: string; feature: LayerFeature }[] {
  return layerFeatures.flatMap(({ group, features }) =>
    features
      .filter((f) => f.properties.report.some((r) => r.paragraph.split('.')[0] === section))
      .map((feature) => ({ id: feature.properties.id, group, feature })),
  );
}

/**
 * The box a stop frames places in: the district's extent (119.668–120.202° E, 31.334–31.811° N)
 * with 0.15° around it for its neighbours. Places larger than this (all of Taihu) are context.
 */
export const FRAME_BOX = [119.668 - 0.15, 31.334 - 0.15, 120.202 + 0.15, 31.811 + 0.15] as const;

export function vertices(g: PlainGeometry): number[][] {
  const out: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(g.coordinates);
  return out;
}

/** Answers the atlas's config file with a public address, as a room's installation would set it. */
export async function usePublicUrl(page: Page, publicUrl: string): Promise<void> {
  await page.route(/\/atlas-config\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ publicUrl }) }),
  );
}

/** Waits until the camera has stopped moving and the map has drawn what it shows. */
export const settle = (page: Page): Promise<void> => mapSettled(page);

export function tourTitle(page: Page): Promise<string> {
  return page.locator('[data-testid=tour-title]').innerText();
}

export interface Framing {
  /** Located, in-region places of the stop whose every vertex is inside the map's bounds. */
  inView: string[];
  /** Those whose every vertex lies between the caption and the legend (or above the caption, on a phone). */
  clearOfCaption: string[];
  /** The stop's own camera box is inside the map's bounds. */
  cameraInView: boolean;
}

/** Where the stop's places are on screen, asked of the map itself. */
export function framing(page: Page): Promise<Framing> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const map = w.__atlasMap;
    const stop = w.__atlasState.presentation.stop!;
    const b = map.getBounds();
    const card = document.querySelector('[data-testid=tour-caption]')!.getBoundingClientRect();
    const legend = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
    const mapRect = map.getContainer().getBoundingClientRect();
    const inBounds = ([lon, lat]: number[]) =>
      lon >= b.getWest() && lon <= b.getEast() && lat >= b.getSouth() && lat <= b.getNorth();
    const clear = (p: number[]) => {
      const px = map.project([p[0], p[1]]);
      const x = px.x + mapRect.left;
      const y = px.y + mapRect.top;
      // Beside the caption and left of the legend; on a phone, above the caption's band.
      return card.width < innerWidth * 0.6 ? x > card.right && x < legend.left : y < card.top;
    };
    const vertices = (g: GeoJSON.Geometry): number[][] => {
      const out: number[][] = [];
      const walk = (c: unknown): void => {
        if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as number[]);
        else if (Array.isArray(c)) c.forEach(walk);
      };
      if ('coordinates' in g) walk(g.coordinates);
      return out;
    };
    const inView: string[] = [];
    const clearOfCaption: string[] = [];
    for (const id of stop.places) {
      const place = w.__atlasState.catalog.byId.get(id)!;
      if (!place.geometry || place.properties.outside) continue;
      const vs = vertices(place.geometry);
      if (vs.every(inBounds)) inView.push(id);
      if (vs.every(clear)) clearOfCaption.push(id);
    }
    const [cw, cs, ce, cn] = stop.camera;
    const cameraInView = inBounds([cw, cs]) && inBounds([ce, cn]);
    return { inView, clearOfCaption, cameraInView };
  });
}

/** The stop's places the camera must frame whole: drawn, in the region, and inside FRAME_BOX. */
export function framedPlaces(stop: ExpectedStop): string[] {
  const [w, s, e, n] = FRAME_BOX;
  return placesOf(stop.id)
    .filter(({ feature }) => feature.geometry !== null && !feature.properties.outside)
    .filter(({ feature }) =>
      vertices(feature.geometry!).every(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n),
    )
    .map(({ id }) => id);
}

export async function expectStopFramed(page: Page, stop: ExpectedStop): Promise<void> {
  const f = await framing(page);
  expect(f.cameraInView, `${stop.id}: camera box in view`).toBe(true);
  const framed = framedPlaces(stop);
  expect(framed.length, `${stop.id}: has places to check`).toBeGreaterThan(0);
  for (const id of framed) {
    expect(f.inView, `${stop.id}: ${id} in view`).toContain(id);
    expect(f.clearOfCaption, `${stop.id}: ${id} not under the caption`).toContain(id);
  }
}
