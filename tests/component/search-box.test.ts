// The search box as a resident uses it: types a name, pinyin or initials, walks the list with the
// arrow keys, chooses with Enter or a click. Expected names and places come from the data files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import SearchBox from '../../src/lib/ui/search/SearchBox.svelte';
import { pointsById, serveRepoFiles } from './files';
import { mountWithAtlas } from './mount';

beforeEach(() => serveRepoFiles());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function mount(): { atlas: AtlasState; input: HTMLInputElement } {
  const atlas = mountWithAtlas(SearchBox);
  return { atlas, input: screen.getByTestId('search-input') as HTMLInputElement };
}

/** Types a query as a person does: focus, then the text arriving in the field. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  await fireEvent.focus(input);
  await fireEvent.input(input, { target: { value: text } });
}

/** The options on screen, once the search engine has loaded. */
async function options(): Promise<HTMLElement[]> {
  const first = await screen.findAllByRole('option', {}, { timeout: 5000 });
  return first;
}

describe('SearchBox', () => {
  it('finds 滆湖 from the initials ghu, and Enter opens it', async () => {
    const { atlas, input } = mount();
    await type(input, 'ghu');
    const list = await options();
    // 滆湖: geo/layers/water.geojson, id gehu.
    expect(list[0].dataset.id).toBe('gehu');
    expect(within(list[0]).getByText('滆湖')).toBeTruthy();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(atlas.selection.placeId).toBe('gehu');
    expect(input.value).toBe('滆湖');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('walks the list with the arrow keys and chooses the active option', async () => {
    const { atlas, input } = mount();
    await type(input, 'wjz');
    const list = await options();
    expect(list[0].dataset.id).toBe('wujin-station');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(list[0].id);
    expect(list[0].getAttribute('aria-selected')).toBe('true');
    if (list.length > 1) {
      await fireEvent.keyDown(input, { key: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).toBe(list[1].id);
      await fireEvent.keyDown(input, { key: 'ArrowUp' });
    }
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(atlas.selection.placeId).toBe('wujin-station');
    expect(input.value).toBe('武进站综合交通枢纽');
  });

  it('a click on a town pins the town’s seat, where towns.geojson puts it', async () => {
    const { atlas, input } = mount();
    await type(input, '南夏墅');
    const list = await options();
    const town = list.find((o) => o.dataset.kind === 'town' && o.dataset.id === 'nanxiashu');
    expect(town, 'the town is offered').toBeTruthy();
    await fireEvent.click(town!);
    const [lon, lat] = pointsById('geo/basemap/towns.geojson').get('nanxiashu')!;
    expect(atlas.tools.searchPin).toMatchObject({ lon, lat, label: '南夏墅街道' });
    expect(atlas.selection.placeId).toBeNull();
    expect(input.value).toBe('南夏墅街道');
  });

  it('says when nothing matches, with the words typed, and offers places instead', async () => {
    const { input } = mount();
    await type(input, '不存在的地方');
    await options();
    expect(screen.getByTestId('search-message').textContent).toBe(
      '没有找到“不存在的地方”。可以试试拼音、首字母（如 ghu → 滆湖）或以下地点：',
    );
  });

  it('Escape closes the list, a second Escape clears the field', async () => {
    const { atlas, input } = mount();
    await type(input, 'gehu');
    await options();
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input.value).toBe('gehu');
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    expect(atlas.selection.placeId).toBeNull();
  });

  it('speaks English on the English page', async () => {
    const { atlas, input } = mount();
    atlas.view.setLang('en');
    flushSync();
    expect(input.placeholder).toBe('Search: Gehu, 滆湖, ghu…');
    await type(input, 'gehu');
    const list = await options();
    expect(list[0].dataset.id).toBe('gehu');
    // The English name of 滆湖 in geo/layers/water.geojson.
    expect(list[0].textContent).toContain('Gehu');
  });
});
