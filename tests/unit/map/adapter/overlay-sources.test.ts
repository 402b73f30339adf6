// The adapter's overlays against a stub map: an overlay that stays empty costs no re-tiling, and
// data given before the style loaded reaches the map once it has.
import { describe, expect, it } from 'vitest';
import { OverlaySources, type OverlayMap } from '../../../../src/lib/map/overlay-sources';
import { StubMap, asMap } from './stub-map';

function stubWithSources() {
  const stub = new StubMap();
  for (const id of ['near', 'search-pin', 'measure']) stub.addSource(id, { type: 'geojson' });
  stub.calls.length = 0;
  return stub;
}

describe('overlay sources', () => {
  it('leave an overlay that is empty before and after untouched', () => {
    const overlays = new OverlaySources();
    const stub = stubWithSources();
    overlays.attach(asMap<OverlayMap>(stub));
    overlays.setMeasure(null);
    overlays.setSearchPin(null);
    overlays.setNearArea(null);
    expect(stub.calls).toEqual([]);
  });

  it('fill an overlay given data before the style loaded once it has, and only that one', () => {
    const overlays = new OverlaySources();
    overlays.setSearchPin({ lon: 119.95, lat: 31.7, label: '湖塘镇' });
    overlays.setMeasure(null);
    const stub = stubWithSources();
    overlays.attach(asMap<OverlayMap>(stub));
    expect(stub.calls.map((c) => [c.method, c.args[0]])).toEqual([['setData', 'search-pin']]);
    expect(stub.getSource('search-pin')?.data).toEqual({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [119.95, 31.7] },
          properties: { name_zh: '湖塘镇', name_en: '湖塘镇' },
        },
      ],
    });
  });
});
