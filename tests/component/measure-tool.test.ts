// The ruler as a planner uses it: the button turns it on, points arrive as the map hands them over
// (the map's clicks are the adapter's; here the points are given as it gives them), the keys take
// points back and put the ruler away. Lengths and areas are checked against formulas written here.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import MeasureTool from '../../src/lib/ui/measure/MeasureTool.svelte';
import { pointsById } from './files';
import { EARTH_RADIUS_M as R, haversineM } from '../oracles/haversine';
import { mountWithAtlas } from './mount';

afterEach(() => cleanup());

type LonLat = [number, number];
const rad = Math.PI / 180;

/** Kilometres as the card writes them: two decimals under 10 km, one above. */
const km = (m: number) => `${(m / 1000).toFixed(m < 10_000 ? 2 : 1)} km`;

function mount(): AtlasState {
  const atlas = mountWithAtlas(MeasureTool);
  return atlas;
}

const add = (atlas: AtlasState, [lon, lat]: LonLat) => {
  atlas.tools.addMeasurePoint(lon, lat);
  flushSync();
};

describe('MeasureTool', () => {
  it('the button turns the ruler on; two points give their great-circle distance', async () => {
    const atlas = mount();
    const toggle = screen.getByRole('button', { name: '测量距离和面积' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('measure-panel')).toBeNull();
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('measure-panel').textContent).toContain('在地图上点击，添加第一个点');
    // 武进站 (geo/layers/transport.geojson) to the seat of 湖塘镇 (geo/basemap/towns.geojson).
    const station: LonLat = [119.9424, 31.6603];
    const hutang = pointsById('geo/basemap/towns.geojson').get('hutang')!;
    add(atlas, station);
    expect(screen.getByText('1 个点')).toBeTruthy();
    expect(screen.getByText('继续点击，添加下一个点。')).toBeTruthy();
    add(atlas, hutang);
    expect(screen.getByText('2 个点')).toBeTruthy();
    expect(screen.getByTestId('measure-length').textContent).toBe(km(haversineM(station, hutang)));
    expect(screen.queryByTestId('measure-area')).toBeNull();
  });

  it('closed, a rectangle shows its perimeter and its area in 平方公里 and 公顷', async () => {
    const atlas = mount();
    await fireEvent.click(screen.getByTestId('measure-toggle'));
    const corners: LonLat[] = [
      [119.9, 31.66],
      [119.96, 31.66],
      [119.96, 31.7],
      [119.9, 31.7],
    ];
    for (const c of corners) add(atlas, c);
    await fireEvent.click(screen.getByRole('checkbox', { name: '闭合为面，计算面积' }));
    expect(atlas.tools.measurement?.closed).toBe(true);
    const perimeterM = corners.reduce((sum, c, i) => sum + haversineM(c, corners[(i + 1) % 4]), 0);
    expect(screen.getByText('周长')).toBeTruthy();
    expect(screen.getByTestId('measure-length').textContent).toBe(km(perimeterM));
    // A spherical rectangle: R² · Δλ · (sin φ₂ − sin φ₁).
    const expectedKm2 = (R * R * 0.06 * rad * (Math.sin(31.7 * rad) - Math.sin(31.66 * rad))) / 1e6;
    const text = screen.getByTestId('measure-area').textContent ?? '';
    const match = /^([\d.]+) 平方公里（([\d,]+) 公顷）$/.exec(text);
    expect(match, text).not.toBeNull();
    expect(Math.abs(Number(match![1]) / expectedKm2 - 1)).toBeLessThan(0.01);
    expect(Math.abs(Number(match![2].replace(/,/g, '')) / (expectedKm2 * 100) - 1)).toBeLessThan(0.01);

    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByTestId('measure-area').textContent).toMatch(/^[\d.]+ km² \([\d,]+ ha\)$/);
  });

  it('Backspace takes the last point back, the buttons undo and clear, Esc puts the ruler away', async () => {
    const atlas = mount();
    await fireEvent.click(screen.getByTestId('measure-toggle'));
    add(atlas, [119.9, 31.66]);
    add(atlas, [119.95, 31.68]);
    add(atlas, [119.98, 31.7]);
    expect(screen.getByText('3 个点')).toBeTruthy();
    await fireEvent.keyDown(document.body, { key: 'Backspace' });
    expect(screen.getByText('2 个点')).toBeTruthy();
    expect(atlas.tools.measurement?.points).toEqual([
      [119.9, 31.66],
      [119.95, 31.68],
    ]);
    await fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.getByText('1 个点')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: '清除' }));
    expect(screen.getByText('0 个点')).toBeTruthy();
    expect(screen.getByRole('button', { name: '撤销' }).hasAttribute('disabled')).toBe(true);
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(atlas.tools.measurement).toBeNull();
    expect(screen.queryByTestId('measure-panel')).toBeNull();
    expect(screen.getByTestId('measure-toggle').getAttribute('aria-pressed')).toBe('false');
  });

  it('keys typed into a text field are not the ruler’s', async () => {
    const atlas = mount();
    await fireEvent.click(screen.getByTestId('measure-toggle'));
    add(atlas, [119.9, 31.66]);
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(field, { key: 'Backspace' });
    await fireEvent.keyDown(field, { key: 'Escape' });
    expect(atlas.tools.measurement?.points).toHaveLength(1);
    field.remove();
  });
});
