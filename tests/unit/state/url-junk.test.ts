/**
 * 1,200 generated junk links (a seeded PRNG, so a failure names a link that can be rerun): random
 * bytes, injections, every parameter with values it must refuse, prototype keys, a 100 kB hash. The
 * codec never throws and always yields a state the atlas can apply: every field it keeps is of the
 * kind the parameter allows (checked here against the rules written out, not the codec's own
 * helpers), the state round-trips through a link unchanged, and applying it to the atlas throws
 * nothing and leaves at most one notice.
 */
import { describe, expect, it } from 'vitest';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { CAMERA_BOUNDS } from '../../../src/lib/geo/extent';
import { parseHash, serialiseHash, type UrlState } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';
import { junkLinks, PARAMETER_NAMES } from '../../fixtures/hostile/junk-links';

const { catalog } = loadRealCatalogue();
const LINKS = junkLinks();

const GROUPS = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
// The state keeps each parameter under its own name but for two: `map=` is the camera, and `area=`
// (a closed shape) is kept in `measure` like an open path.
const STATE_KEY_OF: Readonly<Record<string, string>> = { map: 'camera', area: 'measure' };
const ALLOWED_KEYS = new Set(PARAMETER_NAMES.map((name) => STATE_KEY_OF[name] ?? name));

/** The state's fields, each within what its parameter allows (the rules written out here). */
function validState(state: UrlState): string[] {
  const bad: string[] = [];
  for (const key of Object.keys(state)) if (!ALLOWED_KEYS.has(key)) bad.push(`key ${key}`);
  if (Object.getPrototypeOf(state) !== Object.prototype) bad.push('prototype');
  const [w, s, e, n] = CAMERA_BOUNDS;
  const inside = (lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;
  if (state.camera) {
    const { zoom, lat, lon } = state.camera;
    if (!(zoom >= 6 && zoom <= 19) || !inside(lon, lat)) bad.push('camera');
  }
  for (const key of ['sel', 'fig', 'town', 'tour'] as const)
    if (state[key] !== undefined && !ID.test(state[key])) bad.push(key);
  if (state.para !== undefined && !/^[a-z][a-z0-9-]*\.p\d+$/.test(state.para)) bad.push('para');
  if (state.layers && !state.layers.every((g) => GROUPS.includes(g))) bad.push('layers');
  if (state.lang !== undefined && !['zh', 'en'].includes(state.lang)) bad.push('lang');
  if (state.year !== undefined && ![2023, 2024].includes(state.year)) bad.push('year');
  if (state.panel !== undefined && !['overview', 'report', 'layers', 'near', 'list'].includes(state.panel))
    bad.push('panel');
  if (state.base !== undefined && !['embedded', 'osm', 'tianditu'].includes(state.base)) bad.push('base');
  if (state.idle !== undefined && !(Number.isInteger(state.idle) && state.idle >= 15 && state.idle <= 3600))
    bad.push('idle');
  for (const key of ['kiosk', 'edit', 'updates'] as const)
    if (state[key] !== undefined && state[key] !== true) bad.push(key);
  if (
    state.measure &&
    (state.measure.points.length > 60 || !state.measure.points.every(([x, y]) => inside(x, y)))
  )
    bad.push('measure');
  return bad;
}

describe('the URL codec against 1,200 junk links and two of 100 kB', () => {
  it('never throws and always yields a valid state that round-trips', () => {
    expect(LINKS.length).toBeGreaterThanOrEqual(1000);
    for (const [i, link] of LINKS.entries()) {
      let result: ReturnType<typeof parseHash>;
      try {
        result = parseHash(link);
      } catch (error) {
        throw new Error(`link #${i} threw: ${String(error)}`, { cause: error });
      }
      expect(validState(result.state), `link #${i}: ${link.slice(0, 120)}`).toEqual([]);
      expect(Array.isArray(result.problems)).toBe(true);
      const again = parseHash(serialiseHash(result.state));
      expect(again.problems, `link #${i}`).toEqual([]);
      expect(again.state, `link #${i}`).toEqual(result.state);
    }
    // Nothing reached the prototypes.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('applied one after another to one atlas, throws nothing and leaves a small, bounded set of notices', () => {
    const atlas = new AtlasState(catalog);
    for (const [i, link] of LINKS.entries()) {
      const { state, problems } = parseHash(link);
      const before = atlas.notices.items.length;
      expect(() => atlas.applyUrl(state, problems), `link #${i}`).not.toThrow();
      // One link says what it got wrong in one notice at most.
      expect(atlas.notices.items.length - before, `link #${i}`).toBeLessThanOrEqual(1);
      // Input is echoed only as short excerpts (shown as text, never as markup), so a notice stays short.
      for (const notice of atlas.notices.items) {
        expect(notice.text.zh.length, `link #${i}`).toBeLessThan(400);
        expect(notice.text.en.length, `link #${i}`).toBeLessThan(400);
      }
      expect(atlas.notices.visible.length).toBeLessThanOrEqual(3);
    }
    // The atlas still answers a good link after all of that.
    atlas.applyUrl(parseHash('map=12/31.7/119.95&sel=gehu&lang=en').state, []);
    expect(atlas.selection.placeId).toBe('gehu');
    expect(atlas.view.lang).toBe('en');
  });
});
