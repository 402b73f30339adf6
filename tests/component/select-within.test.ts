// A selection by location as a planner makes it: "select places within 3 km" on 武进站's details,
// or "inside" the ruler's closed shape; the list then shows only the selected places, nearest
// first, with a bar that says what is selected and clears it. Expected places are computed here
// from the layer files with the haversine formula (the station and every place near it used here
// are points), not asked of the atlas's code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import PlaceList from '../../src/lib/ui/PlaceList.svelte';
import SelectWithin from '../../src/lib/ui/within/SelectWithin.svelte';
import { selectWithin } from '../../src/lib/ui/within/select';
import { placeShape, rulerShape } from '../../src/lib/ui/within/shapes';
import { realCatalog } from './catalog';
import { readJson, serveRepoFiles } from './files';
import { haversineM } from '../oracles/haversine';
import { mountWithAtlas } from './mount';

beforeEach(() => serveRepoFiles());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

type LonLat = [number, number];
interface Layer {
  features: {
    properties: { id: string; unlocated?: boolean };
    geometry: { type: string; coordinates: unknown } | null;
  }[];
}
const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
const features = GROUPS.flatMap((g) => readJson<Layer>(`geo/layers/${g}.geojson`).features);

/** Point places within `radiusM` of a point (other geometries are left to the browser test's oracle). */
function pointPlacesWithin(from: LonLat, radiusM: number, exclude: string): string[] {
  return features
    .filter((f) => f.geometry?.type === 'Point' && !f.properties.unlocated && f.properties.id !== exclude)
    .map((f) => ({ id: f.properties.id, d: haversineM(from, f.geometry!.coordinates as LonLat) }))
    .filter((x) => x.d <= radiusM)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.id);
}

const STATION: LonLat = [119.9424, 31.6603];

function mount(): AtlasState {
  const atlas = mountWithAtlas(PlaceList);
  return atlas;
}

const listed = () =>
  [...screen.getByTestId('place-list').querySelectorAll<HTMLButtonElement>('button[data-place]')].map(
    (b) => b.dataset.place!,
  );

describe('a selection by location drives the list', () => {
  it('within 3 km of 武进站: only those places, nearest first, with the bar and its count', async () => {
    const atlas = mount();
    const station = atlas.catalog.byId.get('wujin-station')!;
    selectWithin(atlas, placeShape(station)!, 3000);
    flushSync();
    const shown = listed();
    // Every point place within 3 km is listed, in the order of its distance; lines and areas that
    // reach within 3 km may be listed between them.
    const points = pointPlacesWithin(STATION, 3000, 'wujin-station');
    expect(points.length).toBeGreaterThan(2);
    expect(shown.filter((id) => points.includes(id))).toEqual(points);
    expect(shown).not.toContain('wujin-station');
    const bar = screen.getByTestId('within-bar').textContent!.replace(/\s+/g, ' ');
    expect(bar).toContain('武进站综合交通枢纽 3 km 范围内');
    expect(bar).toContain(`${shown.length} 个项目`);
    // A distance stated with each: the nearest point place's, rounded to 10 m.
    const first = screen.getByTestId('place-list').querySelector(`[data-place="${points[0]}"] .distance`)!;
    const expectedM = haversineM(
      STATION,
      features.find((f) => f.properties.id === points[0])!.geometry!.coordinates as LonLat,
    );
    expect(Math.abs(Number((first as HTMLElement).dataset.distanceM) - expectedM)).toBeLessThan(2);

    await fireEvent.click(screen.getByTestId('within-clear'));
    expect(screen.queryByTestId('within-bar')).toBeNull();
    expect(listed().length).toBe(atlas.visiblePlaces.length);
  });

  it('inside the ruler’s closed shape: the places in it, with no distance', async () => {
    const atlas = mount();
    // A square of about 4 km round the station.
    const d = 0.02;
    atlas.tools.startMeasure();
    for (const [dx, dy] of [
      [-d, -d],
      [d, -d],
      [d, d],
      [-d, d],
    ])
      atlas.tools.addMeasurePoint(STATION[0] + dx, STATION[1] + dy);
    atlas.tools.setMeasureClosed(true);
    selectWithin(atlas, rulerShape(atlas.tools.measurement)!, 'inside');
    flushSync();
    const inSquare = features
      .filter((f) => f.geometry?.type === 'Point' && !f.properties.unlocated)
      .filter((f) => {
        const [lon, lat] = f.geometry!.coordinates as LonLat;
        return Math.abs(lon - STATION[0]) < d && Math.abs(lat - STATION[1]) < d;
      })
      .map((f) => f.properties.id);
    expect(inSquare).toContain('wujin-station');
    expect(listed()).toEqual(expect.arrayContaining(inSquare));
    expect(screen.getByTestId('within-bar').textContent).toContain('我画的范围内');
    expect(screen.getByTestId('place-list').querySelector('.distance')).toBeNull();
  });
});

describe('SelectWithin', () => {
  it('offers a radius, and "inside" only for a shape with an area', async () => {
    const atlas = new AtlasState(realCatalog());
    const station = atlas.catalog.byId.get('wujin-station')!;
    render(SelectWithin, { props: { source: { place: station } }, context: atlasContext(atlas) });
    expect(screen.queryByTestId('select-within-inside')).toBeNull();
    const radius = screen.getByTestId('select-within-radius') as HTMLSelectElement;
    await fireEvent.change(radius, { target: { value: '5000' } });
    await fireEvent.click(screen.getByTestId('select-within-near'));
    await vi.waitFor(() => expect(atlas.within.selection?.query).not.toBeNull());
    expect(atlas.within.selection?.query).toMatchObject({ mode: 'distance', radiusM: 5000 });
    expect(atlas.view.panel).toBe('list');
  });

  it('is disabled with nothing to measure from', () => {
    mountWithAtlas(SelectWithin, { source: { measurement: null } });
    expect((screen.getByTestId('select-within-near') as HTMLButtonElement).disabled).toBe(true);
  });
});
