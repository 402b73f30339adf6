import { describe, expect, it } from 'vitest';
import { AtlasState, DEFAULT_GROUPS } from '../../../src/lib/state/atlas.svelte';
import { parseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();

function apply(atlas: AtlasState, hash: string): string[] {
  const { state, problems } = parseHash(hash);
  atlas.applyUrl(state, problems);
  return problems;
}

describe('a link applies in full', () => {
  it('a parameter removed from the address is removed from the view', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'map=12/31.7/119.95&sel=gehu&year=2024&layers=water&panel=list&lang=en&measure=119.9,31.7');
    expect(atlas.selection.placeId).toBe('gehu');
    expect(atlas.tools.measurement).not.toBeNull();
    // The user deletes sel=, year=, layers=, panel=, measure= and lang= by hand.
    expect(apply(atlas, 'map=12/31.7/119.95')).toEqual([]);
    expect(atlas.selection.placeId).toBeNull();
    expect(atlas.filters.year).toBeNull();
    expect(atlas.filters.groups).toEqual(DEFAULT_GROUPS);
    expect(atlas.view.panel).toBe('overview');
    expect(atlas.view.lang).toBe('zh');
    expect(atlas.tools.measurement).toBeNull();
    expect(atlas.hash).toBe('map=12/31.7/119.95');
  });

  it('a link without a camera leaves the camera where it is', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'map=12/31.7/119.95&sel=gehu');
    apply(atlas, 'sel=gehu');
    expect(atlas.view.camera).toEqual({ zoom: 12, lat: 31.7, lon: 119.95 });
  });

  it('a later link without kiosk or tour turns them off', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'tour=title&kiosk=1&idle=60');
    expect(atlas.presentation).toMatchObject({ stopId: 'title', kiosk: true, idleS: 60 });
    apply(atlas, 'sel=gehu');
    expect(atlas.presentation).toMatchObject({ stopId: null, kiosk: false, idleS: 120 });
    expect(atlas.selection.placeId).toBe('gehu');
  });

  it('an unknown place closes the details and is reported', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'sel=gehu');
    expect(apply(atlas, 'sel=no-such-place')).toEqual(['sel: no place "no-such-place"']);
    expect(atlas.selection.placeId).toBeNull();
  });
});

describe('a link that is not understood becomes a notice', () => {
  it('names each parameter and a short clean excerpt of its value, in both languages', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, `map=banana&sel=no-such-place&x\u202Ey=${'z'.repeat(500)}`);
    expect(atlas.notices.items).toHaveLength(1);
    const { zh, en } = atlas.notices.items[0].text;
    expect(zh).toContain('map “banana”');
    expect(zh).toContain('sel “no-such-place”');
    expect(en).toContain('map “banana”');
    // The codec's own phrases are for developers: never shown.
    expect(`${zh} ${en}`).not.toMatch(/is not zoom\/lat\/lon|unknown parameter|no place/);
    // The bidi override is gone, and nothing long is repeated.
    expect(`${zh} ${en}`).not.toContain('\u202E');
    expect(en.length).toBeLessThan(200);
  });

  it('counts what it does not name', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, 'a=1&b=2&c=3&d=4&e=5');
    const { zh, en } = atlas.notices.items[0].text;
    expect(en).toContain('and 2 more');
    expect(zh).toContain('等 5 处');
  });

  it('an overlong link is called that, without repeating any of it', () => {
    const atlas = new AtlasState(catalog);
    apply(atlas, `sel=${'x'.repeat(100_000)}`);
    expect(atlas.notices.items.map((n) => n.text.en)).toEqual([
      'The link is too long; showing the default view.',
    ]);
  });
});
