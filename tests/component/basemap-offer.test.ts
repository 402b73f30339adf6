// A link named an online basemap: the visitor is asked, in the page's language and naming where
// the tiles would come from, before the map goes online; declining keeps the embedded basemap.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import BasemapOffer from '../../src/lib/ui/basemap/BasemapOffer.svelte';
import type { Lang } from '../../src/lib/i18n/lang';
import type { AtlasState } from '../../src/lib/state/atlas.svelte';
import { mountWithAtlas } from './mount';

afterEach(() => cleanup());

/** The offer as a link naming `basemap` leaves it, on the page in `lang` if one is given. */
function showOffer(basemap: Parameters<AtlasState['basemap']['fromLink']>[0], lang?: Lang) {
  const atlas = mountWithAtlas(BasemapOffer);
  if (lang) atlas.view.setLang(lang);
  atlas.basemap.fromLink(basemap);
  flushSync();
  return atlas;
}

describe('the offer of an online basemap', () => {
  it('is not there without a link that asks for one', () => {
    showOffer('embedded');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('names the basemap and its host, and takes the map online only when accepted', async () => {
    const atlas = showOffer('osm');
    const offer = screen.getByRole('group', { name: '在线底图' });
    expect(offer.textContent).toContain(
      '此链接要使用在线底图“OpenStreetMap”，其图块将从互联网（tile.openstreetmap.org）加载。是否使用？',
    );
    expect(atlas.basemap.kind).toBe('embedded');
    await fireEvent.click(screen.getByRole('button', { name: '使用在线底图' }));
    expect(atlas.basemap.kind).toBe('osm');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('stays offline when declined', async () => {
    const atlas = showOffer('tianditu');
    expect(screen.getByRole('group').textContent).toContain('“天地图”');
    expect(screen.getByRole('group').textContent).toContain('tianditu.gov.cn');
    await fireEvent.click(screen.getByRole('button', { name: '保持离线' }));
    expect(atlas.basemap.kind).toBe('embedded');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('asks in English on the English page', async () => {
    const atlas = showOffer('osm', 'en');
    expect(screen.getByRole('group', { name: 'Online basemap' }).textContent).toContain(
      'This link asks for the online basemap “OpenStreetMap”, whose tiles load from the internet (tile.openstreetmap.org). Use it?',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Stay offline' }));
    expect(atlas.basemap.kind).toBe('embedded');
  });
});
