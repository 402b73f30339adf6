import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { parseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';
import type { BasemapAgreementStore } from '../../../src/lib/state/slices/basemap-agreement';
import type { OnlineBasemapKind } from '../../../src/lib/map/style/online';

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

describe('the agreement lasts on the device until withdrawn', () => {
  /** A device's storage between two visits: what one visit saves, the next loads. */
  function device(): BasemapAgreementStore & { saved: (readonly OnlineBasemapKind[])[] } {
    let kept: readonly OnlineBasemapKind[] = [];
    const saved: (readonly OnlineBasemapKind[])[] = [];
    return {
      saved,
      load: () => kept,
      save: (kinds) => {
        kept = [...kinds];
        saved.push(kept);
      },
    };
  }

  it('agreed in one visit, the next visit from the same link needs no question', () => {
    const store = device();
    const first = new AtlasState(catalog, { basemapAgreement: store });
    apply(first, 'base=osm');
    expect(first.basemap.offer).toBe('osm');
    first.basemap.acceptOffer();
    expect(store.saved).toEqual([['osm']]);

    const again = new AtlasState(catalog, { basemapAgreement: store });
    apply(again, 'base=osm');
    expect([again.basemap.kind, again.basemap.offer]).toEqual(['osm', null]);
    // Only what was agreed: another online basemap is still offered.
    apply(again, 'base=tianditu');
    expect(again.basemap.offer).toBe('tianditu');
  });

  it('withdrawn, the map goes offline now and the next visit asks again', () => {
    const store = device();
    const first = new AtlasState(catalog, { basemapAgreement: store });
    first.basemap.set('osm');
    expect(first.basemap.agreed).toEqual(['osm']);
    first.basemap.withdrawAgreement();
    expect([first.basemap.kind, first.basemap.agreed]).toEqual(['embedded', []]);
    expect(store.saved.at(-1)).toEqual([]);

    const again = new AtlasState(catalog, { basemapAgreement: store });
    apply(again, 'base=osm');
    expect([again.basemap.kind, again.basemap.offer]).toEqual(['embedded', 'osm']);
  });
});
