// The planner's layers against a stub map: each file a source of its own with its style layers
// under the other overlays, the newest on top; a change of style touches only the style layers,
// never the data; a hidden layer answers no click.
import { describe, expect, it } from 'vitest';
import { userFeatureOf } from '../../../../src/lib/map/user-feature-ref';
import { UserLayersOnMap, type UserLayerView, type UserLayersMap } from '../../../../src/lib/map/user-layers';
import type { UserLayerStyle } from '../../../../src/lib/map/style/user-layers-style';
import { StubMap, asMap } from './stub-map';

const style = (change: Partial<UserLayerStyle> = {}): UserLayerStyle => ({
  colour: '#3d405b',
  categories: null,
  labelField: null,
  labelled: true,
  visible: true,
  ...change,
});

function view(id: string, change: Partial<UserLayerStyle> = {}, calls?: string[]): UserLayerView {
  return {
    id,
    data: () => {
      calls?.push(id);
      return `blob:${id}`;
    },
    style: style(change),
  };
}

/** A map with the overlays that go above the planner's layers. */
function stub() {
  const map = new StubMap([{ id: 'places' }, { id: 'near-fill' }, { id: 'search-pin-dot' }]);
  return map;
}

const ROLES = 7;

describe("the planner's layers on the map", () => {
  it('are added once the style has loaded, each with its own source, between the places and the overlays', () => {
    const layers = new UserLayersOnMap(1);
    const asked: string[] = [];
    layers.set([view('a', {}, asked), view('b', {}, asked)]);
    expect(asked).toEqual([]);
    const map = stub();
    layers.attach(asMap<UserLayersMap>(map));
    expect([...map.sources.keys()].sort()).toEqual(['user:a', 'user:b']);
    const order = map.getLayersOrder();
    expect(order[0]).toBe('places');
    expect(order.slice(-2)).toEqual(['near-fill', 'search-pin-dot']);
    // b is newer: all its layers above all of a's.
    const lastOfA = order.indexOf('user-label-line:a');
    const firstOfB = order.indexOf('user-fill:b');
    expect(lastOfA).toBeGreaterThan(0);
    expect(firstOfB).toBe(lastOfA + 1);
    expect(order.filter((id) => id.endsWith(':b'))).toHaveLength(ROLES);
  });

  it('restyle a layer without sending its data again, and keep it in its place', () => {
    const layers = new UserLayersOnMap(1);
    const asked: string[] = [];
    const map = stub();
    layers.attach(asMap<UserLayersMap>(map));
    layers.set([view('a', {}, asked), view('b', {}, asked)]);
    map.calls.length = 0;
    layers.set([view('a', { colour: '#7f5539' }, asked), view('b', {}, asked)]);
    expect(asked.sort()).toEqual(['a', 'b']);
    expect(map.callsTo('addSource')).toEqual([]);
    expect(map.callsTo('setData')).toEqual([]);
    const order = map.getLayersOrder();
    expect(order.indexOf('user-label-line:a')).toBeLessThan(order.indexOf('user-fill:b'));

    // Hiding changes visibility only.
    map.calls.length = 0;
    layers.set([view('a', { colour: '#7f5539', visible: false }), view('b')]);
    expect(map.calls.every((c) => c.method === 'setLayoutProperty')).toBe(true);
    expect(map.calls).toHaveLength(ROLES);
    expect(map.getLayoutProperty('user-fill:a', 'visibility')).toBe('none');
    expect(layers.hitLayers()).toEqual(['user-fill:b', 'user-line:b', 'user-point:b']);
  });

  it('remove a layer with its source; a file too large for names gets none', () => {
    const layers = new UserLayersOnMap(1);
    const map = stub();
    layers.attach(asMap<UserLayersMap>(map));
    layers.set([view('a'), view('big', { labelled: false })]);
    expect(map.getLayoutProperty('user-label:big', 'visibility')).toBe('none');
    expect(map.getLayoutProperty('user-label:a', 'visibility')).toBe('visible');
    layers.set([view('big', { labelled: false })]);
    expect(map.getLayersOrder().some((id) => id.endsWith(':a'))).toBe(false);
    expect(map.sources.has('user:a')).toBe(false);
  });

  it('mark the open feature in its own layer only, and only when it changes', () => {
    const layers = new UserLayersOnMap(1);
    const map = stub();
    layers.attach(asMap<UserLayersMap>(map));
    layers.set([view('a'), view('b')]);
    map.calls.length = 0;
    layers.setSelected({ layerId: 'b', index: 4 });
    layers.setSelected({ layerId: 'b', index: 4 });
    expect(map.callsTo('setFilter').map((c) => c.args[0])).toEqual([
      'user-selected-casing:b',
      'user-selected-point:b',
    ]);
    map.calls.length = 0;
    layers.setSelected({ layerId: 'a', index: 0 });
    expect(map.callsTo('setFilter').map((c) => c.args[0])).toEqual([
      'user-selected-casing:b',
      'user-selected-point:b',
      'user-selected-casing:a',
      'user-selected-point:a',
    ]);
  });

  it('tell the feature a click is on by its source', () => {
    expect(userFeatureOf({ source: 'user:layer-1', properties: { 'atlas:index': 2 } })).toEqual({
      layerId: 'layer-1',
      index: 2,
    });
    expect(userFeatureOf({ source: 'water', properties: { 'atlas:index': 2 } })).toBeNull();
    expect(userFeatureOf(undefined)).toBeNull();
  });
});
