import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { parseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

function apply(atlas: AtlasState, hash: string): void {
  const { state, problems } = parseHash(hash);
  atlas.applyUrl(state, problems);
}

describe('a link never takes the visitor online by itself', () => {
  it('offers the online basemap it names and keeps the embedded one until the visitor agrees', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'base=osm&sel=gehu');
    expect([atlas.basemap.kind, atlas.basemap.active, atlas.basemap.offer]).toEqual([
      'embedded',
      'embedded',
      'osm',
    ]);
    // The offer travels with the link while it is open.
    expect(parseHash(atlas.hash).state.base).toBe('osm');
    atlas.basemap.acceptOffer();
    expect([atlas.basemap.kind, atlas.basemap.offer]).toEqual(['osm', null]);
    // Agreed once, a later link naming it applies at once; one naming none goes back offline.
    apply(atlas, '');
    expect(atlas.basemap.kind).toBe('embedded');
    apply(atlas, 'base=osm');
    expect([atlas.basemap.kind, atlas.basemap.offer]).toEqual(['osm', null]);
    // Another online basemap is offered again, and the one on screen stays meanwhile.
    apply(atlas, 'base=tianditu');
    expect([atlas.basemap.kind, atlas.basemap.offer]).toEqual(['osm', 'tianditu']);
  });

  it('declined, the offer is gone and the link no longer names it', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'base=tianditu');
    expect(atlas.basemap.needsTiandituKey).toBe(false);
    atlas.basemap.declineOffer();
    expect([atlas.basemap.kind, atlas.basemap.offer]).toEqual(['embedded', null]);
    expect(atlas.hash).not.toContain('base=');
  });

  it('a basemap chosen by hand counts as agreed', () => {
    const atlas = new AtlasState(catalog);
    atlas.basemap.set('tianditu');
    atlas.basemap.set('embedded');
    apply(atlas, 'base=tianditu');
    expect([atlas.basemap.kind, atlas.basemap.offer]).toEqual(['tianditu', null]);
  });
});

describe('a kiosk from a link', () => {
  it('presents from the start, and leaving it leaves the tour too', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'kiosk=1');
    expect(atlas.presentation).toMatchObject({ kiosk: true, stopId: 'title' });
    atlas.leaveKiosk();
    expect(atlas.presentation).toMatchObject({ kiosk: false, stopId: null });
    expect(atlas.hash).not.toMatch(/kiosk|tour/);
  });
});
