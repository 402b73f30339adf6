// The list view as a resident uses it without the map: filters by theme, status, year and town,
// the count of what is listed, clearing the filters, opening a place. Expected lists are read from
// the layer files (geo/layers/*.geojson), not asked of the atlas's filter code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import PlaceList from '../../src/lib/ui/PlaceList.svelte';
import { readJson, serveRepoFiles } from './files';
import { mountWithAtlas } from './mount';

beforeEach(() => serveRepoFiles());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

interface Props {
  id: string;
  name_zh: string;
  name_en: string;
  status: string;
  town?: string;
  report: { paragraph: string }[];
}
const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
const byGroup = new Map(
  GROUPS.map((g) => [
    g,
    readJson<{ features: { properties: Props }[] }>(`geo/layers/${g}.geojson`).features.map(
      (f) => f.properties,
    ),
  ]),
);
const all = [...byGroup.values()].flat();
const ids = (ps: Props[]) => ps.map((p) => p.id).sort();

function mount(): AtlasState {
  const atlas = mountWithAtlas(PlaceList);
  return atlas;
}

const listed = () =>
  [...screen.getByTestId('place-list').querySelectorAll<HTMLButtonElement>('button[data-place]')]
    .map((b) => b.dataset.place!)
    .sort();
const count = () => screen.getByTestId('list-count').textContent?.replace(/\s+/g, ' ').trim();

describe('PlaceList', () => {
  it('lists every place of the report, each with its name', () => {
    mount();
    expect(count()).toBe(`共 ${all.length} 项`);
    expect(listed()).toEqual(ids(all));
    const gehu = screen.getByTestId('place-list').querySelector('[data-place=gehu]')!;
    expect(gehu.textContent).toContain('滆湖');
  });

  it('a theme and a status narrow the list and the count; 清除筛选 brings all back', async () => {
    const atlas = mount();
    await fireEvent.change(screen.getByTestId('list-group'), { target: { value: 'water' } });
    const water = byGroup.get('water')!;
    expect(listed()).toEqual(ids(water));
    expect(count()).toContain(`显示 ${water.length} 项（共 ${all.length} 项）`);
    await fireEvent.change(screen.getByTestId('list-status'), { target: { value: 'planned' } });
    const plannedWater = water.filter((p) => p.status === 'planned');
    expect(plannedWater.length).toBeGreaterThan(0);
    expect(listed()).toEqual(ids(plannedWater));
    expect(atlas.filters.groups).toEqual(['water']);
    await fireEvent.click(screen.getByRole('button', { name: /清除/ }));
    expect(listed()).toEqual(ids(all));
    expect(count()).toBe(`共 ${all.length} 项`);
  });

  it('the year keeps the places the report mentions for it: 2023 in its review, 2024 in its plan', async () => {
    mount();
    await fireEvent.change(screen.getByTestId('list-year'), { target: { value: '2023' } });
    expect(listed()).toEqual(ids(all.filter((p) => p.report.some((r) => r.paragraph.startsWith('review-')))));
    await fireEvent.change(screen.getByTestId('list-year'), { target: { value: '2024' } });
    expect(listed()).toEqual(ids(all.filter((p) => p.report.some((r) => r.paragraph.startsWith('plan-')))));
  });

  it('a town lists the places in it, and the menu offers only towns that have some', async () => {
    mount();
    const option = await screen.findByRole('option', { name: /^湖塘镇/ });
    const inHutang = all.filter((p) => p.town === 'hutang');
    expect(option.textContent).toBe(`湖塘镇 (${inHutang.length})`);
    await fireEvent.change(screen.getByTestId('list-town'), { target: { value: 'hutang' } });
    expect(listed()).toEqual(ids(inHutang));
    // 潞城街道 has no place of the report (no layer feature names it as its town).
    expect(all.some((p) => p.town === 'lucheng')).toBe(false);
    expect(screen.queryByRole('option', { name: /^潞城街道/ })).toBeNull();
  });

  it('a click opens the place; in English the names are English', async () => {
    const atlas = mount();
    await fireEvent.click(screen.getByTestId('place-list').querySelector('[data-place=gehu]')!);
    expect(atlas.selection.placeId).toBe('gehu');
    atlas.view.setLang('en');
    flushSync();
    const gehu = byGroup.get('water')!.find((p) => p.id === 'gehu')!;
    expect(screen.getByTestId('place-list').querySelector('[data-place=gehu]')!.textContent).toContain(
      gehu.name_en,
    );
    expect(count()).toBe(`${all.length} places`);
  });
});
