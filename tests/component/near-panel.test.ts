// Near me as a resident uses it: chooses a town (or their position), changes the radius, opens a
// place from the list. Which places are listed, in what order and how far, is judged by the
// flat-earth oracle in tests/e2e/near-oracle.ts, from the layer files and towns.geojson.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import NearPanel from '../../src/lib/ui/near/NearPanel.svelte';
import { expectNearList, oracleDistances } from '../e2e/near-oracle';
import { layerPlaces, pointsById, serveRepoFiles } from './files';
import { mountWithAtlas } from './mount';

beforeEach(() => serveRepoFiles());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const places = layerPlaces().map((f) => ({ id: f.properties.id, geometry: f.geometry }));
const nameZh = new Map(layerPlaces().map((f) => [f.properties.id, f.properties.name_zh]));

function mount(): AtlasState {
  const atlas = mountWithAtlas(NearPanel);
  return atlas;
}

const listed = () => screen.queryAllByTestId('near-item').map((b) => b.dataset.place!);

describe('NearPanel', () => {
  it('from a town: the projects within 3 km, nearest first, each at its distance', async () => {
    const atlas = mount();
    const select = (await screen.findByRole('option', { name: '湖塘镇' })).closest('select')!;
    await fireEvent.change(select, { target: { value: 'hutang' } });
    // 湖塘镇's seat as towns.geojson gives it.
    const hutang = pointsById('geo/basemap/towns.geojson').get('hutang')!;
    expect(screen.getByText('湖塘镇', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '3 km' }).getAttribute('aria-checked')).toBe('true');
    const shown = listed();
    expect(shown.length).toBeGreaterThan(0);
    expectNearList(shown, places, hutang, 3000);
    const oracle = new Map(oracleDistances(places, hutang).map((d) => [d.id, d.distanceM]));
    for (const item of screen.getAllByTestId('near-item')) {
      const expectedM = oracle.get(item.dataset.place!)!;
      expect(Math.abs(Number(item.dataset.distanceM) - expectedM), item.dataset.place).toBeLessThanOrEqual(
        25 + expectedM * 0.005,
      );
      expect(within(item).getByText(nameZh.get(item.dataset.place!)!)).toBeTruthy();
    }
    expect(screen.getByText(`3.0 km 内共 ${shown.length} 个项目，由近到远：`)).toBeTruthy();
    expect(atlas.tools.nearOrigin).toMatchObject({ lon: hutang[0], lat: hutang[1], source: 'town' });
  });

  it('a smaller radius lists fewer places; a click on one opens it', async () => {
    const atlas = mount();
    const select = (await screen.findByRole('option', { name: '南夏墅街道' })).closest('select')!;
    await fireEvent.change(select, { target: { value: 'nanxiashu' } });
    const origin = pointsById('geo/basemap/towns.geojson').get('nanxiashu')!;
    const wide = listed();
    await fireEvent.click(screen.getByRole('radio', { name: '1 km' }));
    expect(atlas.tools.nearRadiusM).toBe(1000);
    const narrow = listed();
    expectNearList(narrow, places, origin, 1000);
    expect(narrow.length).toBeLessThanOrEqual(wide.length);
    await fireEvent.click(screen.getByRole('radio', { name: '10 km' }));
    const widest = listed();
    expectNearList(widest, places, origin, 10_000);
    const first = screen.getAllByTestId('near-item')[0];
    await fireEvent.click(first);
    expect(atlas.selection.placeId).toBe(widest[0]);
  });

  it('from the device’s position, and says so when the browser refuses', async () => {
    // 武进站's coordinates in geo/layers/transport.geojson, as a phone standing there would report them.
    const station: [number, number] = [119.9424, 31.6603];
    let answer: 'position' | 'denied' = 'denied';
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: {
        getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
          answer === 'position'
            ? ok({
                coords: { longitude: station[0], latitude: station[1], accuracy: 30 },
              } as GeolocationPosition)
            : fail({ code: 1 } as GeolocationPositionError),
      },
    });
    const atlas = mount();
    await fireEvent.click(screen.getByTestId('near-locate'));
    expect(await screen.findByText(/定位权限被拒绝/)).toBeTruthy();
    expect(atlas.tools.nearOrigin).toBeNull();

    answer = 'position';
    await fireEvent.click(screen.getByTestId('near-locate'));
    expect(await screen.findByText('我的位置（精度约 30 m）')).toBeTruthy();
    expectNearList(listed(), places, station, 3000);
    // The station itself is where the phone is: 0 m, listed among the places at 0 m (the zone it is in).
    const items = screen.getAllByTestId('near-item');
    const at = items.findIndex((b) => b.dataset.place === 'wujin-station');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(items.slice(0, at + 1).map((b) => b.dataset.distanceM)).toEqual(Array(at + 1).fill('0'));
  });
});
