// What the browser tests of a planner's own files share: the atlas opened for one check, files as
// the file input takes them (fixtures from tests/fixtures/import/, or text written in the test),
// a small plan of a point, a line and an area, and what the map draws of the planner's layers.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type AtlasSuite, type OpenAtlasOptions, type TestWindow } from './harness';

/** Reading starts a worker and loads a format's reader: seconds on a busy two-core machine. */
export const READ = { timeout: 20_000 };

/** Where the import fixtures are (made byte by byte by tests/fixtures/import/make-fixtures.mjs). */
export const IMPORT_FIXTURES = new URL('../fixtures/import/', import.meta.url);

/** A file as the file input takes it (Playwright's setInputFiles payload). */
export interface InputFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** One of the import fixtures (a path under tests/fixtures/import/), named as on disk. */
export function importFixture(path: string): InputFile {
  return {
    name: path.split('/').pop()!,
    mimeType: 'application/octet-stream',
    buffer: readFileSync(new URL(path, IMPORT_FIXTURES)),
  };
}

/** A file written in the test (GeoJSON unless said otherwise), as UTF-8. */
export function textFile(name: string, text: string, mimeType = 'application/geo+json'): InputFile {
  return { name, mimeType, buffer: Buffer.from(text, 'utf8') };
}

/**
 * Opens the atlas, runs `check` on its page, fails on anything the page logged as a problem and
 * closes it, pass or fail.
 */
export function atlasRunner(
  env: AtlasSuite,
): (options: OpenAtlasOptions, check: (page: Page) => Promise<void>) => Promise<void> {
  return (options, check) => env.withAtlas(options, (atlas) => check(atlas.page));
}

type Position = readonly [lon: number, lat: number];

/** A feature named `name`, with any further properties after the name. */
function named(name: string, geometry: object, more: Record<string, unknown> = {}) {
  return { type: 'Feature', properties: { name, ...more }, geometry } as const;
}

/** A planner's point, line or area as GeoJSON (WGS84); an area is its outer ring, closed. */
export const plannerFeature = {
  point: (name: string, at: Position) => named(name, { type: 'Point', coordinates: at }),
  line: (name: string, through: Position[]) => named(name, { type: 'LineString', coordinates: through }),
  area: (name: string, ring: Position[], more?: Record<string, unknown>) =>
    named(name, { type: 'Polygon', coordinates: [ring] }, more),
};

/** A GeoJSON FeatureCollection of `features`. */
export const featureCollection = (...features: object[]) =>
  ({ type: 'FeatureCollection', features }) as const;

/** A planner's small plan: a point, a line and an area, named, in WGS84. */
export const PLAN = featureCollection(
  plannerFeature.point('规划点', [119.9, 31.65]),
  plannerFeature.line('规划线', [
    [119.9, 31.68],
    [120.0, 31.72],
  ]),
  plannerFeature.area(
    '规划区',
    [
      [119.92, 31.66],
      [119.98, 31.66],
      [119.98, 31.7],
      [119.92, 31.7],
      [119.92, 31.66],
    ],
    { 用地性质: '工业用地', 批复年份: 2023, 备注: null },
  ),
);

/** PLAN as a file named `name`. */
export const planFile = (name = 'plan.geojson'): InputFile => textFile(name, JSON.stringify(PLAN));

/** The positions of the planner's points as the map was given them (the reader's copy of the file). */
export function userSource(page: Page): Promise<number[][]> {
  return page.evaluate(() => {
    const features = (window as unknown as TestWindow).__atlasState.planner.data?.data.features ?? [];
    return features
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => (f.geometry as { coordinates: number[] }).coordinates);
  });
}

/** The roles of the planner's style layers that draw something now (`user-fill:<layer id>` → `user-fill`). */
export function renderedUserLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const layers = w.__atlasState.planner.layers.flatMap((l) =>
      ['user-fill', 'user-line', 'user-point'].map((role) => `${role}:${l.id}`),
    );
    const hits = w.__atlasMap.queryRenderedFeatures({ layers });
    return [...new Set(hits.map((f) => f.layer.id.split(':')[0]))].sort();
  });
}

/** The names the map draws for the planner's layers. */
export function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as TestWindow;
    const layers = w.__atlasState.planner.layers.flatMap((l) =>
      ['user-label', 'user-label-line'].map((role) => `${role}:${l.id}`),
    );
    return w.__atlasMap.queryRenderedFeatures({ layers }).map((f) => String(f.properties['atlas:label']));
  });
}
