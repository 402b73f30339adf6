// My data as a planner uses it: chooses a file, sees what was read, says the degrees are Amap's
// (GCJ-02), asks to keep it, removes it. Conversions are judged by the published GCJ-02 formula
// written here; counts by the file the test makes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import UserDataControl from '../../src/lib/ui/user-data/UserDataControl.svelte';
import { stubFileReaderWorker } from './in-process-worker';
import { mountWithAtlas } from './mount';

beforeEach(() => stubFileReaderWorker());

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function mount(): AtlasState {
  const atlas = mountWithAtlas(UserDataControl);
  return atlas;
}

/** Chooses files in the file dialog, as the browser hands them to the page. */
async function choose(files: File[]): Promise<void> {
  const input = screen.getByTestId('user-data-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  await fireEvent.change(input);
}

/**
 * Chooses an option of a menu. Svelte's select binding reads the `:checked` option, which the
 * simulated DOM does not match for options (a browser does): the select answers it from its
 * selected options instead.
 */
async function chooseOption(select: HTMLSelectElement, value: string): Promise<void> {
  const query = select.querySelector.bind(select);
  select.querySelector = ((q: string) => (q === ':checked' ? select.selectedOptions[0] : query(q))) as never;
  select.value = value;
  await fireEvent.change(select);
}

const plan = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '甲' }, geometry: { type: 'Point', coordinates: [119.95, 31.7] } },
    {
      type: 'Feature',
      properties: { name: '乙' },
      geometry: { type: 'Point', coordinates: [119.96, 31.69] },
    },
    {
      type: 'Feature',
      properties: { name: '路' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [119.9, 31.65],
          [119.98, 31.72],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: '地块' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [119.92, 31.66],
            [119.98, 31.66],
            [119.98, 31.7],
            [119.92, 31.7],
            [119.92, 31.66],
          ],
        ],
      },
    },
    { type: 'Feature', properties: { name: '无几何' }, geometry: null },
  ],
};
const geojson = (name: string, body: unknown) =>
  new File([JSON.stringify(body)], name, { type: 'application/geo+json' });

/** WGS84 → GCJ-02, the published offset formula (Krasovsky ellipsoid), written out independently. */
function toGcj02([lon, lat]: [number, number]): [number, number] {
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  const x = lon - 105;
  const y = lat - 35;
  const s = (k: number) => Math.sin(k * Math.PI);
  /** The formula's sine terms come in pairs: two weighted waves, taken two thirds. */
  const waves = (a: number, u: number, b: number, v: number) => ((a * s(u) + b * s(v)) * 2) / 3;
  const common = 0.1 * x * y + waves(20, 6 * x, 20, 2 * x);
  const root = Math.sqrt(Math.abs(x));
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.2 * root + common;
  dLat += waves(20, y, 40, y / 3) + waves(160, y / 12, 320, y / 30);
  let dLon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * root + common;
  dLon += waves(20, x, 40, x / 3) + waves(150, x / 12, 300, x / 30);
  const radLat = (lat / 180) * Math.PI;
  const magic = 1 - ee * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

describe('UserDataControl', () => {
  it('a chosen file is drawn and described: its name, what it holds, what was left out', async () => {
    const atlas = mount();
    await choose([geojson('规划.geojson', plan)]);
    const loaded = await screen.findByTestId('user-data-loaded', {}, { timeout: 10_000 });
    expect(loaded.querySelector('strong')?.textContent).toBe('规划.geojson');
    // Two points, one line, one area; one feature without geometry.
    expect(loaded.textContent).toContain('点 2、线 1、面 1');
    expect(loaded.textContent).toContain('（1 个要素无几何，未显示）');
    expect(atlas.planner.data?.data.features).toHaveLength(4);
    expect(atlas.planner.data?.convertedFrom).toBeNull();
  });

  it('several files chosen at once are each a layer of their own, listed in the order they came', async () => {
    const atlas = mount();
    await choose([geojson('a.geojson', plan), geojson('b.geojson', plan)]);
    await waitFor(() => expect(screen.getAllByTestId('user-data-loaded')).toHaveLength(2), {
      timeout: 10_000,
    });
    expect(
      screen.getAllByTestId('user-data-loaded').map((p) => p.querySelector('strong')?.textContent),
    ).toEqual(['a.geojson', 'b.geojson']);
    expect(atlas.planner.layers.map((l) => l.name)).toEqual(['a.geojson', 'b.geojson']);
    expect(new Set(atlas.planner.layers.map((l) => l.colour)).size).toBe(2);
    // Removing one leaves the other.
    await fireEvent.click(screen.getAllByRole('button', { name: '移除' })[0]);
    await waitFor(() => expect(atlas.planner.layers.map((l) => l.name)).toEqual(['b.geojson']));
  });

  it('Amap degrees (GCJ-02) chosen in the menu are converted to WGS84 and the note says so', async () => {
    const atlas = mount();
    await chooseOption(screen.getByTestId('user-data-crs') as HTMLSelectElement, 'GCJ02');
    expect(atlas.planner.crs).toBe('GCJ02');
    const gcj: [number, number] = [119.95, 31.7];
    await choose([
      geojson('amap.geojson', {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: gcj } }],
      }),
    ]);
    const loaded = await screen.findByTestId('user-data-loaded', {}, { timeout: 10_000 });
    expect(loaded.textContent).toContain('，已由 GCJ02 转换为 WGS84');
    const [lon, lat] = (atlas.planner.data!.data.features[0].geometry as GeoJSON.Point).coordinates;
    // Put back through the forward formula, the WGS84 point lands where the file said (within ~2 m),
    // some 500 m from where it would be unconverted.
    const back = toGcj02([lon, lat]);
    expect(Math.abs(back[0] - gcj[0])).toBeLessThan(2e-5);
    expect(Math.abs(back[1] - gcj[1])).toBeLessThan(2e-5);
    expect(Math.hypot(lon - gcj[0], lat - gcj[1])).toBeGreaterThan(0.003);
  });

  it('a file that is not JSON leaves the map as it was and says which file', async () => {
    const atlas = mount();
    await choose([new File(['{ not json'], 'broken.geojson')]);
    await waitFor(() => expect(atlas.notices.items.length).toBeGreaterThan(0), { timeout: 10_000 });
    expect(atlas.notices.items.at(-1)?.kind).toBe('error');
    expect(atlas.notices.items.at(-1)?.text.zh).toContain('broken.geojson');
    expect(atlas.planner.data).toBeNull();
    expect(screen.queryByTestId('user-data-loaded')).toBeNull();
  });

  it('keeping is refused where the browser has no storage; Remove takes the file off', async () => {
    // A browser that refuses storage, as some private windows do.
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('refused', 'SecurityError');
      },
    });
    const atlas = mount();
    await choose([geojson('plan.geojson', plan)]);
    await screen.findByTestId('user-data-loaded', {}, { timeout: 10_000 });
    const keep = screen.getByTestId('user-data-keep') as HTMLInputElement;
    await fireEvent.click(keep);
    await waitFor(() =>
      expect(atlas.notices.items.at(-1)?.text.zh).toContain('此浏览器不允许在本机保存文件'),
    );
    expect(atlas.planner.kept).toBe(false);
    expect(keep.checked).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: '移除' }));
    await waitFor(() => expect(screen.queryByTestId('user-data-loaded')).toBeNull());
    expect(atlas.planner.data).toBeNull();
  });
});
