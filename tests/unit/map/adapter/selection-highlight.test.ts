// The selection's mark: a valid style in palette colours under every label, added with the first
// selection only, then only its data replaced; the places it holds are the selection's own.
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { SelectionHighlight, type SelectionHighlightMap } from '../../../../src/lib/map/selection-highlight';
import {
  SELECTION_HIGHLIGHT_LAYER_IDS,
  SELECTION_HIGHLIGHT_SOURCE_ID,
  selectionHighlightLayers,
  selectionHighlightSource,
} from '../../../../src/lib/map/style/selection-highlight-style';
import { palette } from '../../../../src/lib/map/style/palette';
import { selectionHighlightFeatures } from '../../../../src/lib/ui/within/highlight';
import type { PlaceFeature } from '../../../../src/lib/catalog/types';
import type { WithinSelection } from '../../../../src/lib/state/slices/within.svelte';
import { StubMap } from './stub-map';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const one: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [119.95, 31.7] }, properties: { id: 'a' } },
  ],
};

describe("the selection's mark: style", () => {
  it.each([1, 2])('passes the MapLibre style validator at scale %i, in palette colours', (scale) => {
    const errors = validateStyleMin({
      version: 8,
      sources: { [SELECTION_HIGHLIGHT_SOURCE_ID]: selectionHighlightSource(empty) },
      layers: selectionHighlightLayers(scale),
    });
    expect(errors.map((e) => e.message)).toEqual([]);
    const colours = new Set<string>(Object.values(palette));
    const found = JSON.stringify(selectionHighlightLayers(scale)).match(/#[0-9a-fA-F]{6}\b/g) ?? [];
    expect(found.length).toBeGreaterThan(1);
    for (const c of found) expect(colours.has(c)).toBe(true);
    expect(selectionHighlightLayers(scale).map((l) => l.id)).toEqual([...SELECTION_HIGHLIGHT_LAYER_IDS]);
  });
});

describe("the selection's mark on the map", () => {
  const map = () => new StubMap([{ id: 'places-shape' }, { id: 'places-label' }, { id: 'towns-label' }]);

  it('adds nothing until something is selected, then its layers under the first label', () => {
    const stub = map();
    const h = new SelectionHighlight(1);
    h.attach(stub as unknown as SelectionHighlightMap);
    h.set(empty);
    expect(stub.callsTo('addSource')).toEqual([]);
    h.set(one);
    expect(stub.getLayersOrder()).toEqual([
      'places-shape',
      ...SELECTION_HIGHLIGHT_LAYER_IDS,
      'places-label',
      'towns-label',
    ]);
    h.set(empty);
    h.set(one);
    expect(stub.callsTo('addSource')).toHaveLength(1);
    expect(stub.callsTo('addLayer')).toHaveLength(SELECTION_HIGHLIGHT_LAYER_IDS.length);
    expect(stub.callsTo('setData').map((c) => (c.args[1] as FeatureCollection).features.length)).toEqual([
      0, 1,
    ]);
  });

  it('keeps a selection made before the style loaded, and draws it once it has', () => {
    const stub = map();
    const h = new SelectionHighlight(1);
    h.set(one);
    expect(stub.calls).toEqual([]);
    h.attach(stub as unknown as SelectionHighlightMap);
    expect(stub.callsTo('addSource')).toHaveLength(1);
  });
});

describe('what the mark holds', () => {
  const place = (id: string, extra: Record<string, unknown> = {}): PlaceFeature =>
    ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [119.9, 31.7] },
      properties: { id, ...extra },
    }) as unknown as PlaceFeature;

  it("rings the selected places drawn on their own, and the planner's feature measured from", () => {
    const selection = {
      query: {
        mode: 'distance',
        radiusM: 3000,
        shape: {
          geometry: {
            type: 'LineString',
            coordinates: [
              [119.9, 31.7],
              [119.95, 31.72],
            ],
          },
          origin: 'feature',
          label: '规划道路',
          uncertaintyM: 0,
        },
      },
      hits: [
        { place: place('a'), distanceM: 10 },
        { place: place('member', { zone: 'wujin-hitech-zone' }), distanceM: 20 },
        { place: { ...place('unlocated'), geometry: null }, distanceM: 30 },
      ],
    } as unknown as WithinSelection;
    const marked = selectionHighlightFeatures(selection).features.map((f) => f.properties);
    expect(marked).toEqual([
      { id: 'a', kind: 'place' },
      { id: '规划道路', kind: 'feature' },
    ]);
    expect(selectionHighlightFeatures(null).features).toEqual([]);
  });
});
