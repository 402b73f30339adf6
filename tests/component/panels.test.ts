import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import Legend from '../../src/lib/ui/Legend.svelte';
import DetailPanel from '../../src/lib/ui/DetailPanel.svelte';
import FiltersPanel from '../../src/lib/ui/FiltersPanel.svelte';
import { realCatalog } from './catalog';
import { mountWithAtlas } from './mount';

afterEach(() => cleanup());

describe('Legend', () => {
  it('lists every group with its count and hides a group on click', async () => {
    const atlas = mountWithAtlas(Legend);
    const water = screen.getByRole('button', { name: /水与生态/ });
    expect(water.getAttribute('aria-pressed')).toBe('true');
    const count = Number(within(water).getByTestId('group-count').textContent);
    expect(count).toBe(realCatalog().groups.water.features.length);
    await fireEvent.click(water);
    expect(atlas.filters.groups).not.toContain('water');
    expect(water.getAttribute('aria-pressed')).toBe('false');
  });

  it('filters by status from the legend and the counts follow', async () => {
    const atlas = mountWithAtlas(Legend);
    const planned = screen.getByRole('button', { name: /计划/ });
    const plannedCount = realCatalog().places.filter((p) => p.properties.status === 'planned').length;
    expect(within(planned).getByText(String(plannedCount))).toBeTruthy();
    await fireEvent.click(planned);
    expect(atlas.filters.statuses).not.toBeNull();
    expect(atlas.filters.statuses).not.toContain('planned');
    expect(atlas.visiblePlaces.some((p) => p.properties.status === 'planned')).toBe(false);
  });
});

describe('DetailPanel', () => {
  it('shows a place in both languages with its quotes and precision', () => {
    const atlas = new AtlasState(realCatalog());
    const gehu = realCatalog().byId.get('gehu')!;
    render(DetailPanel, { props: { place: gehu }, context: atlasContext(atlas) });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('滆湖');
    expect(document.querySelector('.alt-name')?.textContent).toContain('Gehu');
    const quotes = screen.getByTestId('detail-quotes');
    expect(quotes.querySelectorAll('blockquote').length).toBe(gehu.properties.report.length);
    expect(screen.getByTestId('detail-precision').textContent).toContain('位置示意');
  });

  it('says where the geometry came from, in the language of the page', () => {
    const atlas = new AtlasState(realCatalog());
    const station = realCatalog().byId.get('wujin-station')!;
    render(DetailPanel, { props: { place: station }, context: atlasContext(atlas) });
    const source = screen.getByTestId('detail-source');
    expect(source.textContent?.trim()).toBe(station.properties.source_zh);
    expect(source.textContent).toMatch(/\p{Script=Han}/u);
    atlas.view.setLang('en');
    flushSync();
    expect(screen.getByTestId('detail-source').textContent?.trim()).toBe(station.properties.source);
  });

  it('closes by clearing the selection', async () => {
    const atlas = new AtlasState(realCatalog());
    atlas.select('wujin-station');
    render(DetailPanel, {
      props: { place: realCatalog().byId.get('wujin-station')! },
      context: atlasContext(atlas),
    });
    await fireEvent.click(screen.getByRole('button', { name: '关闭详情' }));
    expect(atlas.selection.placeId).toBeNull();
  });
});

describe('FiltersPanel', () => {
  it('counts the places shown as filters change', async () => {
    const atlas = mountWithAtlas(FiltersPanel);
    const total = realCatalog().places.length;
    expect(screen.getByTestId('visible-count').textContent).toContain(`${total} / ${total}`);
    await fireEvent.click(screen.getByRole('radio', { name: /2024/ }));
    flushSync();
    const in2024 = atlas.visiblePlaces.length;
    expect(in2024).toBeLessThan(total);
    expect(screen.getByTestId('visible-count').textContent).toContain(`${in2024} / ${total}`);
  });
});
