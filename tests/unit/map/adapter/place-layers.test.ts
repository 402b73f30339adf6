// The adapter's place layers against a stub map: filters and visibility reach MapLibre only when
// they change (each call makes MapLibre draw a frame or re-tile a source), and selection moves.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PlaceLayers, type PlaceLayersMap } from '../../../../src/lib/map/place-layers';
import type { GroupId } from '../../../../src/lib/catalog/types';
import { StubMap, asMap } from './stub-map';
import { points } from '../point-features';

const places = {
  water: points('taihu', 'gehu'),
  industry: points('park'),
  transport: points(),
  innovation: points(),
  livelihood: points(),
  urban: points(),
} as Record<GroupId, FeatureCollection>;

const ALL: GroupId[] = ['water', 'industry', 'transport', 'innovation', 'livelihood', 'urban'];
const POINT_FILTER = ['==', ['geometry-type'], 'Point'];

function style(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'lakes-fill', type: 'fill', source: 'lakes' },
      { id: 'water-point', type: 'circle', source: 'water', filter: POINT_FILTER as never },
      { id: 'water-label', type: 'symbol', source: 'water' },
      { id: 'industry-point', type: 'circle', source: 'industry', filter: POINT_FILTER as never },
    ],
  };
}

function setup(
  groups: GroupId[] = ALL,
  ids: ReadonlySet<string> | null = null,
  catalogue: Record<GroupId, FeatureCollection> = places,
) {
  const layers = new PlaceLayers(catalogue, groups, ids);
  const spec = style();
  layers.prepareStyle(spec);
  const stub = new StubMap(spec.layers.map((l) => ({ id: l.id, layout: { ...l.layout } })));
  layers.attach(asMap<PlaceLayersMap>(stub));
  return { layers, spec, stub };
}

describe('place layers: filters and visibility', () => {
  it('write the state into the style the map opens with, so the load changes nothing', () => {
    const { spec, stub } = setup(['water'], new Set(['gehu']));
    const byId = Object.fromEntries(spec.layers.map((l) => [l.id, l]));
    expect(byId['water-point'].layout?.visibility).toBe('visible');
    expect(byId['industry-point'].layout?.visibility).toBe('none');
    expect(byId['lakes-fill'].layout).toBeUndefined();
    expect((byId['water-point'] as { filter?: unknown }).filter).toEqual([
      'all',
      POINT_FILTER,
      ['in', ['get', 'id'], ['literal', ['gehu']]],
    ]);
    expect((byId['water-label'] as { filter?: unknown }).filter).toEqual([
      'in',
      ['get', 'id'],
      ['literal', ['gehu']],
    ]);
    expect(stub.calls).toEqual([]);
  });

  it('set no id filter when every place passes', () => {
    const { spec } = setup(ALL, new Set(['taihu', 'gehu', 'park']));
    const waterPoint = spec.layers.find((l) => l.id === 'water-point') as { filter?: unknown };
    expect(waterPoint.filter).toEqual(POINT_FILTER);
  });

  it('call setLayoutProperty only for the layers whose visibility changes', () => {
    const { layers, stub } = setup();
    // The answer says whether the shown places changed (the markers are laid out again if so).
    expect(layers.setVisibleGroups([...ALL].reverse())).toBe(false);
    expect(stub.calls).toEqual([]);
    expect(layers.setVisibleGroups(ALL.filter((g) => g !== 'industry'))).toBe(true);
    expect(stub.calls).toEqual([
      { method: 'setLayoutProperty', args: ['industry-point', 'visibility', 'none'] },
    ]);
    expect(layers.setVisibleGroups(ALL.filter((g) => g !== 'industry'))).toBe(false);
    expect(stub.calls).toHaveLength(1);
    expect(layers.shown('park', 'industry')).toBe(false);
    expect(layers.shown('gehu', 'water')).toBe(true);
  });

  it('call setFilter only when the set of passing places changes', () => {
    const { layers, stub } = setup();
    expect(layers.setVisibleIds(new Set(['taihu', 'gehu', 'park']))).toBe(false);
    expect(stub.calls).toEqual([]);
    expect(layers.setVisibleIds(new Set(['park', 'taihu']))).toBe(true);
    expect(layers.shown('gehu', 'water')).toBe(false);
    expect(layers.shown('taihu', 'water')).toBe(true);
    const idFilter = ['in', ['get', 'id'], ['literal', ['park', 'taihu']]];
    expect(stub.calls).toEqual([
      { method: 'setFilter', args: ['water-point', ['all', POINT_FILTER, idFilter]] },
      { method: 'setFilter', args: ['water-label', idFilter] },
      { method: 'setFilter', args: ['industry-point', ['all', POINT_FILTER, idFilter]] },
    ]);
    expect(layers.setVisibleIds(new Set(['taihu', 'park']))).toBe(false);
    expect(stub.calls).toHaveLength(3);
    expect(layers.setVisibleIds(null)).toBe(true);
    expect(stub.calls.slice(3)).toEqual([
      { method: 'setFilter', args: ['water-point', POINT_FILTER] },
      { method: 'setFilter', args: ['water-label', null] },
      { method: 'setFilter', args: ['industry-point', POINT_FILTER] },
    ]);
  });

  it('apply on load only what changed before the style had loaded', () => {
    const layers = new PlaceLayers(places, ALL, null);
    layers.prepareStyle(style());
    layers.setVisibleGroups(['industry']);
    layers.setVisibleGroups(ALL);
    layers.setVisibleGroups(['water']);
    const stub = new StubMap();
    layers.attach(asMap<PlaceLayersMap>(stub));
    expect(stub.calls).toEqual([
      { method: 'setLayoutProperty', args: ['industry-point', 'visibility', 'none'] },
    ]);
  });
});

/** Each figure mark set on the map, as `source/id on|off`, in order. */
function figureMarks(stub: StubMap): string[] {
  return stub.callsTo('setFeatureState').map(({ args }) => {
    const [target, state] = args as [{ source: string; id: string }, { figure: boolean }];
    return `${target.source}/${target.id} ${state.figure ? 'on' : 'off'}`;
  });
}

describe('place layers: selection, hover and figures', () => {
  it('move the feature-state from the old place to the new one, in its own source', () => {
    const { layers, stub } = setup();
    layers.setSelected('gehu');
    layers.setSelected('park');
    layers.setSelected('no-such-place');
    expect(stub.callsTo('setFeatureState').map((c) => c.args)).toEqual([
      [{ source: 'water', id: 'gehu' }, { selected: true }],
      [{ source: 'water', id: 'gehu' }, { selected: false }],
      [{ source: 'industry', id: 'park' }, { selected: true }],
      [{ source: 'industry', id: 'park' }, { selected: false }],
    ]);
  });

  it('hover reports a change only when the place under the pointer changes', () => {
    const { layers, stub } = setup();
    expect(layers.setHovered(null)).toBe(false);
    expect(layers.setHovered('taihu')).toBe(true);
    expect(layers.setHovered('taihu')).toBe(false);
    expect(stub.callsTo('setFeatureState')).toHaveLength(1);
  });

  it('a figure marks each of its places and clears them when it is closed', () => {
    const { layers, stub } = setup();
    layers.setFigurePlaces(['taihu', 'park']);
    expect(figureMarks(stub)).toEqual(['water/taihu on', 'industry/park on']);
    layers.setFigurePlaces([]);
    expect(figureMarks(stub).slice(2)).toEqual(['water/taihu off', 'industry/park off']);
  });

  it('a place known only to its zone is marked by its zone, once however many members the figure names', () => {
    const member = (id: string, zone: string) => ({
      type: 'Feature' as const,
      id,
      geometry: { type: 'Point' as const, coordinates: [120, 31.5] },
      properties: { id, zone },
    });
    const urban: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ...points('core').features,
        member('tower', 'core'),
        member('bank', 'core'),
        member('stray', 'no-such-zone'),
      ],
    };
    const { layers, stub } = setup(ALL, null, { ...places, urban });
    layers.setFigurePlaces(['tower', 'taihu', 'bank', 'stray']);
    // A zone the catalogue does not hold cannot be marked: its member is.
    expect(figureMarks(stub)).toEqual(['urban/core on', 'water/taihu on', 'urban/stray on']);
  });
});
