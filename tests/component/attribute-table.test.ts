// A layer's attribute table as a planner uses it: a file of 100,000 features, only a window of
// rows in the page, sorted by clicking a header, filtered by typing, a row chosen with Enter.
// Expected rows are written from the file the test makes (feature i is "地块 i", area i × 10).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import type { FeatureCollection } from 'geojson';
import type { UserData } from '../../src/lib/geo/user-data';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import AttributeTable from '../../src/lib/ui/user-data/AttributeTable.svelte';
import { realCatalog } from './catalog';

afterEach(() => cleanup());

const COUNT = 100_000;

function plots(count: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature' as const,
      properties: { name: `地块 ${i}`, 面积: i * 10, 用途: i % 2 === 0 ? '工业' : '绿地' },
      geometry: { type: 'Point' as const, coordinates: [119.9 + (i % 100) / 1000, 31.6 + i / 1e6] },
    })),
  };
}

function userData(name: string, count: number): UserData {
  return {
    name,
    data: plots(count),
    counts: { points: count, lines: 0, areas: 0 },
    skipped: 0,
    bbox: [119.9, 31.6, 120, 31.7],
    convertedFrom: null,
  };
}

function mount(count = COUNT): { atlas: AtlasState; layerId: string } {
  const atlas = new AtlasState(realCatalog());
  const layerId = atlas.showUserData(userData('plots.geojson', count), { fly: false });
  atlas.planner.openTable(layerId);
  const layer = atlas.planner.tableLayer!;
  render(AttributeTable, { props: { layer }, context: atlasContext(atlas) });
  return { atlas, layerId };
}

const rowNames = () =>
  screen.queryAllByTestId('table-row').map((r) => r.querySelector('.name')!.textContent!.trim());

describe('the attribute table', () => {
  it('holds only the rows in view of 100,000, and counts them all', () => {
    mount();
    expect(screen.getByTestId('table-count').textContent).toBe('共 100,000 个要素');
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rows = screen.getAllByTestId('table-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(rowNames()[0]).toBe('地块 0');
  });

  it('draws the rows scrolled to, and no others', async () => {
    mount();
    const grid = screen.getByTestId('table-grid');
    const rowHeightPx = parseFloat(grid.style.getPropertyValue('--row-h'));
    grid.scrollTop = 50_000 * rowHeightPx;
    await fireEvent.scroll(grid);
    const names = rowNames();
    expect(names).toContain('地块 50000');
    expect(names).not.toContain('地块 0');
    expect(screen.getAllByTestId('table-row').length).toBeLessThan(60);
  });

  it('sorts by a header: numbers by value, both ways, and says so with aria-sort', async () => {
    // Six rows: the simulated page lays nothing out, so only the first few rows are ever drawn.
    mount(6);
    const area = screen.getAllByTestId('table-sort').find((b) => b.dataset.column === '面积')!;
    await fireEvent.click(area);
    expect(area.parentElement!.getAttribute('aria-sort')).toBe('ascending');
    // 0, 10 … 50 by value.
    expect(rowNames()).toEqual(Array.from({ length: 6 }, (_, i) => `地块 ${i}`));
    await fireEvent.click(area);
    expect(area.parentElement!.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(Array.from({ length: 6 }, (_, i) => `地块 ${5 - i}`));
  });

  it('filters by text in any attribute and counts what is left', async () => {
    mount(12);
    await fireEvent.input(screen.getByTestId('table-filter'), { target: { value: '绿地' } });
    expect(rowNames()).toEqual(['地块 1', '地块 3', '地块 5', '地块 7', '地块 9', '地块 11']);
    expect(screen.getByTestId('table-count').textContent).toBe('6 / 12 个要素');
    await fireEvent.input(screen.getByTestId('table-filter'), { target: { value: '上海' } });
    expect(screen.queryAllByTestId('table-row')).toHaveLength(0);
    expect(screen.getByTestId('table-empty')).toBeTruthy();
  });

  it('moves by arrow keys and chooses a row with Enter: its feature is shown and framed', async () => {
    const { atlas, layerId } = mount(12);
    const fits: number[][] = [];
    atlas.commands.subscribe(['fit'], (c) => fits.push(c.bbox));
    const first = screen.getAllByTestId('table-row')[0].querySelector<HTMLElement>('[role="gridcell"]')!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = screen.getAllByTestId('table-row')[1].querySelector<HTMLElement>('[role="gridcell"]')!;
    expect(second.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await fireEvent.keyDown(second, { key: 'Enter' });
    expect(atlas.planner.featureRef).toEqual({ layerId, index: 1 });
    // Feature 1 is the point [119.901, 31.600001].
    expect(fits).toHaveLength(1);
    [119.901, 31.600001, 119.901, 31.600001].forEach((v, i) => expect(fits[0][i]).toBeCloseTo(v, 9));
    expect(screen.getAllByTestId('table-row')[1].getAttribute('aria-selected')).toBe('true');
  });

  it('closes with its button', async () => {
    const { atlas } = mount(3);
    await fireEvent.click(screen.getByTestId('table-close'));
    expect(atlas.planner.tableLayer).toBeNull();
  });

  it('speaks English on an English page', () => {
    const atlas = new AtlasState(realCatalog());
    atlas.view.setLang('en');
    const layerId = atlas.showUserData(userData('p.geojson', 3), { fly: false });
    atlas.planner.openTable(layerId);
    render(AttributeTable, { props: { layer: atlas.planner.tableLayer! }, context: atlasContext(atlas) });
    expect(screen.getByTestId('table-count').textContent).toBe('3 features');
    expect(screen.getByRole('grid').getAttribute('aria-label')).toBe('Attribute table of “p.geojson”');
  });
});
