// The adapter's picking against a stub map: which feature a click is on, where a picked point
// lands, and that picks reach the state in click order even when one of them fails.
import type { Geometry } from 'geojson';
import { describe, expect, it, vi } from 'vitest';
import { Picker, SNAP_PX, type PickingMap } from '../../../../src/lib/map/picking';
import type { GroupId } from '../../../../src/lib/catalog/types';
import { userFeatureOf } from '../../../../src/lib/map/user-feature-ref';
import { StubMap, asMap, type StubFeature } from './stub-map';
import { lineString, path, polygon } from '../../geo/shapes';

// The stub projects 1000 px per degree from 120° E 31.5° N (x east, y south).
const toScreen = (lon: number, lat: number) => ({ x: (lon - 120) * 1000, y: (31.5 - lat) * 1000 });
const click = (x: number, y: number) => ({
  point: { x, y },
  lngLat: { lng: 120 + x / 1000, lat: 31.5 - y / 1000 },
});

const station: Geometry = { type: 'Point', coordinates: [120.1, 31.4] };
const metro: Geometry = lineString(...path('120.2 31.3, 120.3 31.3'));

const layerIds = [
  'water-area-fill',
  'water-area-outline',
  'transport-point',
  'transport-line',
  'industry-point',
  'industry-area-fill',
  'towns-dot',
  'user-fill:plan',
  'user-line:plan',
  'user-point:plan',
];

function setup(
  groups: GroupId[] = ['water', 'transport', 'industry'],
  loadSnapCode?: () => Promise<typeof import('../../../../src/lib/geo/snap')>,
) {
  const stub = new StubMap(layerIds.map((id) => ({ id })));
  const picker = new Picker(
    asMap<PickingMap>(stub),
    [
      { id: 'station', geometry: station },
      { id: 'metro', geometry: metro },
    ],
    () => groups,
    loadSnapCode,
    () => ['user-fill:plan', 'user-line:plan', 'user-point:plan'],
  );
  return { stub, picker };
}

function feature(
  layer: string,
  at: { x: number; y: number },
  geometry: Geometry,
  properties: Record<string, unknown>,
  source = layer.split('-')[0],
): StubFeature {
  return { layer, at, geometry, properties, source };
}

const area = (): Geometry => polygon(...path('120 31, 120.1 31, 120.1 31.1, 120 31'));

describe('what a click is on', () => {
  it('takes the smallest thing under the pointer: a point over a line over a smaller area over a larger one', () => {
    const { stub, picker } = setup();
    const at = { x: 100, y: 100 };
    stub.rendered = [
      feature('water-area-fill', at, area(), { id: 'taihu', area_km2: 2338 }),
      feature('industry-area-fill', at, area(), { id: 'park', area_km2: 12 }),
      feature('transport-line', at, metro, { id: 'metro' }),
      feature('industry-point', at, station, { id: 'plant' }),
    ];
    expect(picker.featureAt(click(100, 100))?.properties.id).toBe('plant');
    stub.rendered.pop();
    expect(picker.featureAt(click(100, 100))?.properties.id).toBe('metro');
    stub.rendered.pop();
    expect(picker.featureAt(click(100, 100))?.properties.id).toBe('park');
  });

  it("puts a planner's own area (no size) before the report's zones, and asks only the shown groups' layers", () => {
    const { stub, picker } = setup(['water']);
    const at = { x: 100, y: 100 };
    stub.rendered = [
      feature('water-area-fill', at, area(), { id: 'taihu', area_km2: 2338 }),
      feature('user-fill:plan', at, area(), { 'atlas:index': 3 }, 'user:plan'),
      feature('industry-point', at, station, { id: 'plant' }),
    ];
    const hit = picker.featureAt(click(104, 96));
    expect(userFeatureOf(hit)).toEqual({ layerId: 'plan', index: 3 });
  });

  it('finds nothing outside its small box', () => {
    const { stub, picker } = setup();
    stub.rendered = [feature('industry-point', { x: 100, y: 100 }, station, { id: 'plant' })];
    expect(picker.featureAt(click(120, 100))).toBeUndefined();
  });
});

describe('where a picked point lands', () => {
  it("snaps to a marker within SNAP_PX at the catalogue's position, not the tile's", async () => {
    const { stub, picker } = setup();
    const onScreen = toScreen(120.1, 31.4);
    // The tile's copy of the point is quantised a little off the catalogue's coordinates.
    stub.rendered = [
      feature(
        'transport-point',
        onScreen,
        { type: 'Point', coordinates: [120.1002, 31.3998] },
        { id: 'station' },
      ),
    ];
    expect(await picker.snapAt(click(onScreen.x + 7, onScreen.y - 7))).toEqual([120.1, 31.4]);
  });

  it('keeps the click where it was when no marker or edge is within SNAP_PX', async () => {
    const { stub, picker } = setup();
    const onScreen = toScreen(120.1, 31.4);
    stub.rendered = [feature('transport-point', onScreen, station, { id: 'station' })];
    const far = click(onScreen.x + SNAP_PX + 1, onScreen.y);
    expect(await picker.snapAt(far)).toEqual([far.lngLat.lng, far.lngLat.lat]);
  });

  it("lands on a line place's whole geometry when the click is beside it", async () => {
    const { stub, picker } = setup();
    stub.rendered = [feature('transport-line', toScreen(120.25, 31.3), metro, { id: 'metro' })];
    // 5 px south of the line at 120.25° E: the nearest point of the line is straight north of it.
    const [lon, lat] = await picker.snapAt(click(250, 205));
    expect(lon).toBeCloseTo(120.25, 4);
    expect(lat).toBeCloseTo(31.3, 4);
  });
});

describe('picks on their way to the state', () => {
  /** Snapping code that arrives only when the test lets it. */
  function slowSnapCode() {
    let release: () => void = () => {};
    let asked: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    /** Settles when a pick has asked for the code (and so waits for it). */
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const load = () => {
      asked();
      return arrived.then(() => import('../../../../src/lib/geo/snap'));
    };
    return { load, release, requested };
  }

  it('arrive in the order they were clicked, even when the first waits for the snapping code', async () => {
    const snap = slowSnapCode();
    const { stub, picker } = setup(undefined, snap.load);
    stub.rendered = [
      feature('transport-line', toScreen(120.25, 31.3), metro, { id: 'metro' }),
      feature('transport-point', toScreen(120.1, 31.4), station, { id: 'station' }),
    ];
    const received: [number, number][] = [];
    const errors: string[] = [];
    const onPick = (lon: number, lat: number) => received.push([lon, lat]);
    // Each pick's snapped point, as the picker computes it: the signal that a pick is ready.
    const snapped: Promise<[number, number]>[] = [];
    const snapAt = picker.snapAt.bind(picker);
    vi.spyOn(picker, 'snapAt').mockImplementation((e) => {
      const point = snapAt(e);
      snapped.push(point);
      return point;
    });
    void picker.pick(click(250, 205), onPick, (m) => errors.push(m));
    const last = picker.pick(click(102, 98), onPick, (m) => errors.push(m));
    // The first pick waits for the snapping code; the second (a marker, no code needed) has its
    // point, and a picker that did not keep the click order would have handed it on before this
    // test's own wait for the same point resumes.
    await snap.requested;
    expect(await snapped[1]).toEqual([120.1, 31.4]);
    expect(received).toEqual([]);
    snap.release();
    await last;
    expect(received).toHaveLength(2);
    expect(received[0][0]).toBeCloseTo(120.25, 4);
    expect(received[0][1]).toBeCloseTo(31.3, 4);
    expect(received[1]).toEqual([120.1, 31.4]);
    expect(errors).toEqual([]);
  });

  it('report a handler that throws and still deliver the picks after it', async () => {
    const { stub, picker } = setup();
    stub.rendered = [feature('transport-point', toScreen(120.1, 31.4), station, { id: 'station' })];
    const received: [number, number][] = [];
    const errors: string[] = [];
    let calls = 0;
    const onPick = (lon: number, lat: number) => {
      calls += 1;
      if (calls === 1) throw new Error('the state refused the point');
      received.push([lon, lat]);
    };
    void picker.pick(click(100, 100), onPick, (m) => errors.push(m));
    await picker.pick(click(300, 300), onPick, (m) => errors.push(m));
    expect(errors).toEqual(['Error: the state refused the point']);
    expect(received).toEqual([[120.3, 31.2]]);
  });
});
