// The overview's figures as a reader meets them: each card says what is measured and the number
// as the report states it, opens its sentence on demand, and marks its places on the map; the
// overview keeps to one year when the year filter says so. Expected texts are written from
// data/metrics.json and geo/layers/*.geojson.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import type { AtlasCommand } from '../../src/lib/state/commands';
import FigureCard from '../../src/lib/ui/overview/FigureCard.svelte';
import Overview from '../../src/lib/ui/overview/Overview.svelte';
import { realCatalog } from './catalog';
import { mountWithAtlas } from './mount';

afterEach(() => cleanup());

function showCard(id: string): AtlasState {
  const atlas = new AtlasState(realCatalog());
  const metric = atlas.catalog.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no figure ${id} in data/metrics.json`);
  return mountWithAtlas(FigureCard, { metric }, atlas);
}

describe('a figure card', () => {
  it('states the figure as the report does and marks its three places on the map', async () => {
    const atlas = showCard('projects-10bn-signed-2023');
    const card = screen.getByRole('listitem');
    expect(
      within(card).getByText('签约百亿项目(理想汽车三基地、普罗吉创新生物医药、屹创新型储能)'),
    ).toBeTruthy();
    expect(screen.getByTestId('figure-value').textContent).toBe('3个');
    const onMap = within(card).getByRole('button', { name: /理想汽车常州基地/ });
    expect(onMap.textContent).toContain('普罗吉创新生物医药');
    expect(onMap.textContent).toContain('屹创新型储能');
    expect(onMap.getAttribute('aria-pressed')).toBe('false');

    await fireEvent.click(onMap);
    expect(atlas.selection.figureId).toBe('projects-10bn-signed-2023');
    expect(onMap.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(onMap);
    expect(atlas.selection.figureId).toBeNull();
  });

  it('opens its sentence on demand, and leads to it in the report', async () => {
    const atlas = showCard('projects-10bn-signed-2023');
    const paragraphs: AtlasCommand[] = [];
    atlas.commands.subscribe(['paragraph'], (c) => paragraphs.push(c));
    const source = screen.getByRole('button', { name: /原文/ });
    expect(source.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('blockquote')).toBeNull();
    await fireEvent.click(source);
    expect(source.getAttribute('aria-expanded')).toBe('true');
    const quote = document.getElementById(source.getAttribute('aria-controls') ?? '');
    expect(quote?.querySelector('blockquote')?.textContent).toBe('“屹创新型储能3个百亿项目”');
    await fireEvent.click(screen.getByRole('button', { name: '在报告中查看' }));
    expect(paragraphs).toEqual([{ kind: 'paragraph', paragraph: 'review-1.p1', flash: true }]);
    await fireEvent.click(source);
    expect(source.getAttribute('aria-expanded')).toBe('false');
  });

  it('a district-wide figure says so and has nothing to mark; in English too', () => {
    const atlas = showCard('gdp-2023');
    const card = screen.getByRole('listitem');
    expect(screen.getByTestId('figure-value').textContent).toBe('3240亿元');
    expect(within(card).getByText('全区')).toBeTruthy();
    expect(within(card).queryByRole('button', { pressed: false })).toBeNull();
    atlas.view.setLang('en');
    flushSync();
    expect(within(card).getByText('Gross domestic product (preliminary estimate)')).toBeTruthy();
    expect(within(card).getByRole('button', { name: /Source/ })).toBeTruthy();
  });
});

describe('the overview', () => {
  it('shows both years, keeps to one when the year filter says so, and 显示两年 brings both back', async () => {
    const atlas = mountWithAtlas(Overview);
    expect(screen.getByRole('heading', { name: '2023年主要成绩' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '2024年主要预期目标' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();

    atlas.filters.setYear(2023);
    flushSync();
    expect(screen.getByRole('status').textContent).toContain('已按年份筛选：仅显示2023年的数字。');
    expect(screen.queryByRole('heading', { name: '2024年主要预期目标' })).toBeNull();
    expect(screen.getByRole('heading', { name: '2023年主要成绩' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: '显示两年' }));
    expect(atlas.filters.year).toBeNull();
    expect(screen.getByRole('heading', { name: '2024年主要预期目标' })).toBeTruthy();
  });

  it('in English, with the 2024 filter: the targets only', () => {
    const atlas = mountWithAtlas(Overview);
    atlas.view.setLang('en');
    atlas.filters.setYear(2024);
    flushSync();
    expect(screen.getByRole('status').textContent).toContain(
      'Filtered by year: only 2024 figures are shown.',
    );
    expect(screen.getByRole('heading', { name: '2024 targets' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '2023 results' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show both years' })).toBeTruthy();
  });
});
