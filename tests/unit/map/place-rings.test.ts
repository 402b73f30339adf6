// The ring around a marked point place is drawn around its marker, wherever the spread set the
// marker: the ring layer is sized and offset exactly as the markers are, its features carry the
// marker's own spread indices, and it paints with the markers' GPU program.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { fromArtifact } from '../../../src/lib/catalog/artifact';
import { LAYER_GROUPS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { catalogueArtifact } from '../../../src/lib/catalog/vite-plugin-validate';
import { toMapFeatures } from '../../../src/lib/map/features';
import { applyMarkerData, type MarkerDataMap } from '../../../src/lib/map/marker-data';
import { PlaceRings, type PlaceRingsMap } from '../../../src/lib/map/place-rings';
import { spreadPlaces } from '../../../src/lib/map/style/atlas-style';
import {
  CLUSTER_LAYER_ID,
  CLUSTER_SOURCE_ID,
  clusteredProperty,
} from '../../../src/lib/map/style/marker-clusters';
import {
  SPREAD_ZOOMS,
  spreadOffsetExpression,
  spreadProperty,
} from '../../../src/lib/map/style/marker-spread';
import { MARKER_SIZE_PX, RING_KINDS, ringImageId, styleImageData } from '../../../src/lib/map/style/markers';
import { palette } from '../../../src/lib/map/style/palette';
import {
  groupLayers,
  isMarkerLayerId,
  PLACE_RINGS_LAYER_ID,
  PLACE_RINGS_SOURCE_ID,
  placeRingsLayer,
} from '../../../src/lib/map/style/places';
import { withAlpha } from '../../../src/lib/map/style/programs';
import { fullStyle } from './full-style';
import { StubMap, asMap } from './adapter/stub-map';
import { withFakeCanvas, type Drawn } from './fake-canvas';

const layout = (layer: LayerSpecification | undefined) => (layer as SymbolLayerSpecification).layout!;

describe('the ring layer', () => {
  const offset = spreadOffsetExpression(
    SPREAD_ZOOMS.map((_, i) => [
      [0, 0],
      [i, -2 * i],
    ]),
  );

  it.each([1, 1.5, 2])('takes the point layer’s icon-size and icon-offset (scale %s)', (scale) => {
    const ring = placeRingsLayer(scale, offset);
    for (const g of LAYER_GROUPS) {
      const point = groupLayers(g, 'zh', scale, offset).find((l) => l.id === `${g.id}-point`);
      expect(layout(ring)['icon-size']).toEqual(layout(point)['icon-size']);
      expect(layout(ring)['icon-offset']).toEqual(layout(point)['icon-offset']);
      // Where the marker is counted in a disc, neither it nor its ring is drawn.
      expect((point as SymbolLayerSpecification).filter).toContainEqual(
        (ring as SymbolLayerSpecification).filter,
      );
    }
  });

  it('replaces the circle layers: one layer for every group, under the labels and the markers', () => {
    const layers = fullStyle('zh').layers;
    expect(layers.filter((l) => l.id.endsWith('-point-highlight'))).toEqual([]);
    const ids = layers.map((l) => l.id);
    const ring = ids.indexOf(PLACE_RINGS_LAYER_ID);
    expect(ring).toBeGreaterThan(0);
    expect(layers[ring]).toMatchObject({ type: 'symbol', source: PLACE_RINGS_SOURCE_ID });
    for (const [i, l] of layers.entries()) {
      if (l.type === 'symbol' && (isMarkerLayerId(l.id) || l.id.includes('-label')))
        expect(i, l.id).toBeGreaterThan(ring);
    }
    // Every marker layer of the style the map opens with reads the same offsets as the ring.
    for (const g of LAYER_GROUPS)
      expect(layout(layers.find((l) => l.id === `${g.id}-point`))['icon-offset']).toEqual(
        layout(layers[ring])['icon-offset'],
      );
    // Plain images, drawn with the markers' program (programs.test.ts counts programs).
    expect(layout(layers[ring])['icon-allow-overlap']).toBe(true);
    expect(layout(layers[ring])['icon-ignore-placement']).toBe(true);
  });
});

/** The catalogue's places, laid out as the map opens with them. */
const catalogue = (() => {
  const result = fromArtifact(JSON.parse(JSON.stringify(catalogueArtifact('.'))));
  if (!result.ok) throw new Error(result.reason);
  return result.catalog;
})();
const places = toMapFeatures(catalogue);

/** A point place that the spread moves at some zoom, and its group. */
function spreadPlace(laidOut: Record<GroupId, FeatureCollection>): { id: string; group: GroupId } {
  for (const g of LAYER_GROUPS)
    for (const f of laidOut[g.id].features)
      if (SPREAD_ZOOMS.some((_, i) => f.properties?.[spreadProperty(i)] !== undefined))
        return { id: String(f.id), group: g.id };
  throw new Error('no spread marker in the catalogue');
}

describe('the rings’ source', () => {
  it('holds each marked point with its marker’s spread indices, and nothing else', () => {
    const laidOut = spreadPlaces(places, 1, catalogue.spread).places;
    const { id, group } = spreadPlace(laidOut);
    const rings = new PlaceRings();
    rings.setPlaces(laidOut);
    const area = LAYER_GROUPS.flatMap((g) => laidOut[g.id].features).find(
      (f) => f.geometry.type !== 'Point',
    )!;
    rings.setMarks([
      { id, kind: 'selected' },
      { id: String(area.id), kind: 'figure' },
      { id: 'no-such-place', kind: 'hover' },
    ]);
    const features = rings.features().features;
    expect(features).toHaveLength(1);
    const marker = laidOut[group].features.find((f) => String(f.id) === id)!;
    expect(features[0]!.geometry).toEqual(marker.geometry);
    expect(features[0]!.properties?.ring).toBe('selected');
    for (const [i] of SPREAD_ZOOMS.entries())
      expect(features[0]!.properties?.[spreadProperty(i)]).toEqual(marker.properties?.[spreadProperty(i)]);
  });

  it('carries the zooms at which the marker is counted in a disc, where the ring is not drawn', () => {
    const laidOut = spreadPlaces(places, 1, catalogue.spread).places;
    const counted = LAYER_GROUPS.flatMap((g) => laidOut[g.id].features)
      .flatMap((f) => SPREAD_ZOOMS.map((zoom, i) => ({ f, zoom, i })))
      .find(({ f, i }) => f.properties?.[clusteredProperty(i)] === true);
    expect(counted).toBeDefined();
    const { f, zoom, i } = counted!;
    const rings = new PlaceRings();
    rings.setPlaces(laidOut);
    rings.setMarks([{ id: String(f.id), kind: 'figure' }]);
    const ring = rings.features().features[0]!;
    const filter = featureFilter((placeRingsLayer(1) as SymbolLayerSpecification).filter, 'layers[0].filter');
    const drawnAt = (z: number) =>
      filter.filter({ zoom: z }, { type: 1, properties: ring.properties ?? {} } as never);
    expect(drawnAt(zoom)).toBe(false);
    const free = SPREAD_ZOOMS.findIndex((_, k) => f.properties?.[clusteredProperty(k)] === undefined);
    expect(drawnAt(SPREAD_ZOOMS[free]!)).toBe(true);
    expect(i).not.toBe(free);
  });

  it('reaches the map only when it changes, and not at all while nothing is marked', () => {
    const laidOut = spreadPlaces(places, 1, catalogue.spread).places;
    const { id } = spreadPlace(laidOut);
    const stub = new StubMap();
    stub.addSource(PLACE_RINGS_SOURCE_ID, {});
    const rings = new PlaceRings();
    rings.setPlaces(laidOut);
    rings.attach(asMap<PlaceRingsMap>(stub));
    rings.setMarks([]);
    expect(stub.callsTo('setData')).toEqual([]);
    rings.setMarks([{ id, kind: 'hover' }]);
    rings.setMarks([{ id, kind: 'hover' }]);
    expect(stub.callsTo('setData')).toHaveLength(1);
    rings.setMarks([]);
    expect(stub.callsTo('setData')).toHaveLength(2);
  });

  it('follows the markers when they are laid out again: same offsets on the ring layer, new indices in its source', () => {
    const groupLayerIds = LAYER_GROUPS.map((g) => `${g.id}-point`);
    const stub = new StubMap(
      [...groupLayerIds, CLUSTER_LAYER_ID, PLACE_RINGS_LAYER_ID].map((layerId) => ({ id: layerId })),
    );
    for (const source of [...LAYER_GROUPS.map((g) => g.id), CLUSTER_SOURCE_ID, PLACE_RINGS_SOURCE_ID])
      stub.addSource(source, {});
    const shown = (_id: string, group: GroupId) => group !== 'transport';
    const laidOut = applyMarkerData(asMap<MarkerDataMap>(stub), { places, textScale: 1, shown });
    const offset = stub.getLayoutProperty(PLACE_RINGS_LAYER_ID, 'icon-offset');
    expect(offset).toBeDefined();
    for (const layerId of groupLayerIds)
      expect(stub.getLayoutProperty(layerId, 'icon-offset')).toEqual(offset);

    const rings = new PlaceRings();
    rings.setPlaces(laidOut);
    const { id, group } = spreadPlace(laidOut);
    rings.setMarks([{ id, kind: 'figure' }]);
    const inSource = (stub.getSource(group)!.data as FeatureCollection).features.find(
      (f) => String(f.id) === id,
    )!;
    const ring = rings.features().features[0]!;
    for (const [i] of SPREAD_ZOOMS.entries())
      expect(ring.properties?.[spreadProperty(i)]).toEqual(inSource.properties?.[spreadProperty(i)]);
  });
});

describe('the ring images', () => {
  it.each([1, 2])('exist for every kind and are larger than a marker (pixel ratio %s)', (ratio) => {
    withFakeCanvas(() => {
      const marker = styleImageData('marker-water-completed', ratio)!;
      expect(marker.width).toBe(Math.round(MARKER_SIZE_PX * ratio));
      for (const kind of RING_KINDS) {
        const image = styleImageData(ringImageId(kind), ratio);
        expect(image, kind).not.toBeNull();
        expect(image!.width).toBe(image!.height);
        expect(image!.width, kind).toBeGreaterThan(marker.width);
      }
    });
  });

  /** What one ring image draws. */
  const drawing = (kind: string): Drawn[] => withFakeCanvas(() => styleImageData(`ring-${kind}`, 1)).drawn;

  it('draw the selection as a disc with an outline, the figure and hover as rings, all outside the marker', () => {
    const markerRadius = MARKER_SIZE_PX / 2;
    const selected = drawing('selected');
    expect(selected.map((d) => `${d.op} ${d.style}`)).toEqual([
      `fill ${palette.selection}`,
      `stroke ${palette.selectionOutline}`,
    ]);
    expect(drawing('figure').map((d) => `${d.op} ${d.style}`)).toEqual([`stroke ${palette.figureMark}`]);
    expect(drawing('hover').map((d) => `${d.op} ${d.style}`)).toEqual([
      `stroke ${withAlpha(palette.hover, 0.8)}`,
    ]);
    for (const kind of RING_KINDS)
      for (const d of drawing(kind)) {
        const inner = d.op === 'fill' ? d.radius : d.radius - d.lineWidth / 2;
        expect(inner, kind).toBeGreaterThan(markerRadius);
      }
    // The figure's outline is the wider one, also on the selection it is tied to.
    const width = (kind: string) => drawing(kind).find((d) => d.op === 'stroke')!.lineWidth;
    expect(width('figure')).toBeGreaterThan(width('selected'));
    expect(width('selected-figure')).toBe(width('figure'));
  });

  it('are unknown under any other name', () => {
    expect(styleImageData('ring-', 1)).toBeNull();
    expect(styleImageData('ring-nothing', 1)).toBeNull();
  });
});
