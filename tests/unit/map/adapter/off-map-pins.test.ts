// The off-map pin (map/off-map-pins.ts) on a stub map of 400 × 400 CSS pixels: where it may stand
// while the map's first frame is held back with its canvas hidden, and when it is sent to the map.
// The stub's projection is linear over its bounds; what lies on top of each pixel is the test's own.
import type { FeatureCollection, Point } from 'geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GroupId } from '../../../../src/lib/catalog/types';
import type { LakeShape } from '../../../../src/lib/geo/lake-shapes';
import { OffMapPins, offMapFeatures } from '../../../../src/lib/map/off-map-pins';
import type { PlaceLayers } from '../../../../src/lib/map/place-layers';
import { OFF_MAP_SOURCE_ID } from '../../../../src/lib/map/style/off-map';
import { StubMap, asMap } from './stub-map';

/** The stub map's view: west, south, east, north. Shanghai lies beyond its east edge. */
const VIEW = [119.7, 31.3, 120.2, 31.8] as const;
const SHANGHAI: [number, number] = [121.4737, 31.2304];

const places = {
  innovation: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'shanghai-centre',
        geometry: { type: 'Point', coordinates: SHANGHAI },
        properties: { id: 'shanghai-centre', name_zh: '上海中心', off_map: true, status: 'completed' },
      },
    ],
  },
} as unknown as Record<GroupId, FeatureCollection>;

/** The adapter's stub map with a view: its bounds, its element's size and a projection linear over them. */
class ViewStub extends StubMap {
  readonly element = { clientWidth: 400, clientHeight: 400 };
  readonly viewCanvas = { ...this.canvas, getBoundingClientRect: () => ({ left: 0, top: 0 }) };

  constructor() {
    super();
    this.addSource(OFF_MAP_SOURCE_ID, { type: 'geojson' });
  }
  getBounds() {
    const [w, s, e, n] = VIEW;
    return { getWest: () => w, getSouth: () => s, getEast: () => e, getNorth: () => n };
  }
  getContainer() {
    return this.element;
  }
  override getCanvas() {
    return this.viewCanvas;
  }
  override project([lon, lat]: [number, number]) {
    const [w, s, e, n] = VIEW;
    return {
      x: ((lon - w) / (e - w)) * this.element.clientWidth,
      y: ((n - lat) / (n - s)) * this.element.clientHeight,
    };
  }
  unproject([x, y]: [number, number]) {
    const [w, s, e, n] = VIEW;
    return {
      lng: w + (x / this.element.clientWidth) * (e - w),
      lat: n - (y / this.element.clientHeight) * (n - s),
    };
  }
  /** The pins sent to the map, in order. */
  get sent(): FeatureCollection[] {
    return this.callsTo('setData').map((c) => c.args[1] as FeatureCollection);
  }
}

/** What lies on top at a page pixel: the test sets it per case. */
let topAt: (x: number, y: number) => unknown = () => null;

beforeEach(() => {
  vi.stubGlobal('document', { elementFromPoint: (x: number, y: number) => topAt(x, y) });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function pinOf(fc: FeatureCollection): [number, number] {
  const pin = fc.features.find((f) => f.properties?.kind === 'pin');
  return (pin!.geometry as Point).coordinates as [number, number];
}

/** No lakes unless a case gives some: the pin is kept off the map's own overlays only. */
const input = (stub: ViewStub, lakes: LakeShape[] = []) => ({
  map: asMap<MapLibreMap>(stub),
  places,
  groups: ['innovation'] as GroupId[],
  lakes,
  textScale: 1,
});

/** A rectangular lake (west, south, east, north) as the build gives one. */
function lakeBox(w: number, s: number, e: number, n: number): LakeShape {
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
    bbox: [w, s, e, n],
  };
}

describe('the off-map pin', () => {
  it('keeps clear of a control, and stands where it would on the drawn map while the canvas is hidden', () => {
    const stub = new ViewStub();
    topAt = () => stub.viewCanvas;
    const free = stub.project(pinOf(offMapFeatures(input(stub))));
    // On the east edge, where Shanghai lies.
    expect(free.x).toBeGreaterThan(400 - 64);
    // A control covering 80 px of the right edge around where the pin stood.
    const control = { tagName: 'BUTTON' };
    const covered = (x: number, y: number) => x > 300 && Math.abs(y - free.y) < 40;
    topAt = (x, y) => (covered(x, y) ? control : stub.viewCanvas);
    const drawn = pinOf(offMapFeatures(input(stub)));
    expect(Math.abs(stub.project(drawn).y - free.y)).toBeGreaterThanOrEqual(40);
    // The first frame held back: the canvas is hidden, so the map's element is what is hit there.
    topAt = (x, y) => (covered(x, y) ? control : stub.element);
    const held = pinOf(offMapFeatures(input(stub)));
    expect(held).toEqual(drawn);
  });

  it('stands off a lake that covers the edge where it would stand', () => {
    const stub = new ViewStub();
    topAt = () => stub.viewCanvas;
    const [freeLon, freeLat] = pinOf(offMapFeatures(input(stub)));
    // A lake over the east edge, 0.05° either side of where the pin stood without it.
    const lake = lakeBox(120.0, freeLat - 0.05, 120.3, freeLat + 0.05);
    const [lon, lat] = pinOf(offMapFeatures(input(stub, [lake])));
    const inLake = lon >= 120.0 && lon <= 120.3 && lat >= freeLat - 0.05 && lat <= freeLat + 0.05;
    expect(inLake).toBe(false);
    // Still on the east edge, toward Shanghai.
    expect(lon).toBeGreaterThan(freeLon - 0.1);
  });

  it('is sent once for the same view, again when the map’s size changes', async () => {
    const stub = new ViewStub();
    topAt = () => stub.viewCanvas;
    // Asked once per pin worked out (offMapFeatures), and once per pin still wanted, just before it would be sent.
    const getBounds = vi.spyOn(stub, 'getBounds');
    const getLayoutProperty = vi.spyOn(stub, 'getLayoutProperty');
    const layers = { groups: ['innovation'], prepareLayers: () => undefined } as unknown as PlaceLayers;
    const pins = new OffMapPins(asMap<MapLibreMap>(stub), layers, { textScale: 1 });
    pins.setPlaces(places);
    await vi.waitFor(() => expect(stub.sent).toHaveLength(1));
    expect(getBounds).toHaveBeenCalledTimes(1);
    // The first frame's change of pixel ratio: a resize event at the same size, which is not
    // worked out again. Then a camera stop where the camera already was: worked out, not sent.
    stub.fire('resize');
    stub.fire('moveend');
    await vi.waitFor(() => expect(getLayoutProperty).toHaveBeenCalledTimes(2));
    expect(getBounds).toHaveBeenCalledTimes(2);
    expect(stub.sent).toHaveLength(1);
    // A real resize: worked out again, and what changed (here the arrow's place) is sent.
    stub.element.clientHeight = 300;
    stub.fire('resize');
    await vi.waitFor(() => expect(stub.sent).toHaveLength(2));
    const [first, second] = stub.sent;
    expect(second).not.toEqual(first);
  });
});
