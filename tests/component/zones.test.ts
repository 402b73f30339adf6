import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { atlasContext } from '../../src/lib/state/context';
import DetailPanel from '../../src/lib/ui/DetailPanel.svelte';
import { realCatalog } from './catalog';

afterEach(() => cleanup());

describe('a zone and its members in the details', () => {
  it('lists the places known only to the zone, and a click opens one', async () => {
    const catalog = realCatalog();
    const atlas = new AtlasState(catalog);
    // The members, read from the data files' `zone` field, not from the code under test: 11 since
    // 万帮数字能源 was placed in the zone.
    const expected = catalog.places
      .filter((p) => p.properties.zone === 'wujin-hitech-zone')
      .map((p) => p.properties.id);
    expect(expected.length).toBe(11);
    render(DetailPanel, {
      props: { place: catalog.byId.get('wujin-hitech-zone')! },
      context: atlasContext(atlas),
    });
    expect(screen.getByText('区内项目（11）')).toBeTruthy();
    const buttons = [...screen.getByTestId('zone-members').querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.place)).toEqual(expected);
    expect(buttons[0]!.textContent).toBe(catalog.byId.get(expected[0]!)!.properties.name_zh);
    await fireEvent.click(buttons[0]!);
    expect(atlas.selection.placeId).toBe(expected[0]);
  });

  it('says of a member which zone counts it, with a way to the zone', async () => {
    const catalog = realCatalog();
    const atlas = new AtlasState(catalog);
    render(DetailPanel, {
      props: { place: catalog.byId.get('li-auto-base')! },
      context: atlasContext(atlas),
    });
    const note = screen.getByTestId('zone-member-of');
    expect(note.textContent).toContain('位于武进国家高新区内');
    await fireEvent.click(note.querySelector('button')!);
    expect(atlas.selection.placeId).toBe('wujin-hitech-zone');
  });
});
