/**
 * The off-map source's features for the map as seen now: each place outside the drawn map pinned
 * at the edge toward it (geo/off-map.ts), clear of the lakes (their outlines as the build
 * simplified them, geo/lake-shapes.ts) and of the markers of the groups shown, with an arrow
 * pointing on toward it and a name saying how far beyond the map it lies. Loaded by
 * off-map-slot.ts once the map is there.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_GROUPS } from '../catalog/groups';
import { booleanPointInPolygon } from '@turf/turf';
import type { GroupId } from '../catalog/types';
import { DATA_REGION } from '../geo/extent';
import { offMapPin } from '../geo/off-map';
import { offMap } from '../i18n/messages/off-map';
import { MARKER_SIZE_PX } from './style/markers';
import { OFF_MAP_SOURCE_ID, offMapLayers } from './style/off-map';
import { CLUSTER_LAYER_ID } from './style/marker-clusters';
import { labelField } from './style/text';
import type { PlaceLayers } from './place-layers';
import type { AtlasMapOptions } from './adapter-options';
import type { LakeShape } from '../geo/lake-shapes';
import { addLayers } from './add-layers';

/** The pins on the map: their layers, added once, and their source, refilled when the camera stops. */
export class OffMapPins {
  private places: Record<GroupId, FeatureCollection> = {} as Record<GroupId, FeatureCollection>;
  /** The data last given to the source: the same pins are not sent again (each send re-tiles it and redraws the map). */
  private sentKey = '';

  private readonly lakes: readonly LakeShape[];
  private readonly textScale: number;
  private readonly layersAdded = new Set<GroupId>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly layers: PlaceLayers,
    opts: Pick<AtlasMapOptions, 'lakes' | 'textScale'>,
  ) {
    this.lakes = opts.lakes?.features ?? [];
    this.textScale = opts.textScale;
    map.on('moveend', () => this.update());
    // Only a new size moves the edge: the first frame's change of pixel ratio (first-paint.ts) does not.
    let sizeKey = containerSizeKey(map);
    map.on('resize', () => {
      const key = containerSizeKey(map);
      if (key === sizeKey) return;
      sizeKey = key;
      this.update();
    });
  }

  /**
   * Adds the layers of the groups that have a pin, the first time they have one. Only those: each
   * layer added to a loaded map costs MapLibre a round of style work, and today one group of six
   * has a place beyond the map.
   */
  private addLayersFor(groups: Iterable<GroupId>): void {
    // In the language the places are named in now (the adapter's switch sets every label's field).
    const field = this.map.getLayoutProperty(`${LAYER_GROUPS[0]!.id}-label`, 'text-field') as unknown;
    const lang = JSON.stringify(field) === JSON.stringify(labelField('en')) ? 'en' : 'zh';
    // Over the report's markers and labels, under the counted discs (so the pin's name yields to a
    // disc rather than being covered by one) and the resident's own marks.
    const before = this.map.getLayer(CLUSTER_LAYER_ID)
      ? CLUSTER_LAYER_ID
      : this.map.getLayer('near-fill')
        ? 'near-fill'
        : undefined;
    for (const id of groups) {
      const group = LAYER_GROUPS.find((g) => g.id === id);
      if (!group || this.layersAdded.has(id)) continue;
      this.layersAdded.add(id);
      const own = offMapLayers(group, lang, this.textScale);
      this.layers.prepareLayers(id, own);
      addLayers(this.map, own, before);
    }
  }

  setPlaces(places: Record<GroupId, FeatureCollection>): void {
    this.places = places;
    this.update();
  }

  private update(): void {
    const data = offMapFeatures({
      map: this.map,
      places: this.places,
      groups: this.layers.groups,
      lakes: this.lakes,
      textScale: this.textScale,
    });
    this.addLayersFor(new Set(data.features.map((f) => f.properties!.group as GroupId)));
    const key = JSON.stringify(data);
    if (key === this.sentKey) return;
    const first = this.sentKey === '';
    this.sentKey = key;
    (this.map.getSource(OFF_MAP_SOURCE_ID) as GeoJSONSource | undefined)?.setData(data);
    // A signal for whoever waits for the complete view (the render tests): the pins are set.
    if (first) performance.mark('atlas:off-map-pinned');
  }
}

function containerSizeKey(map: MapLibreMap): string {
  const { clientWidth, clientHeight } = map.getContainer();
  return `${clientWidth}x${clientHeight}`;
}

export interface OffMapInput {
  map: Pick<MapLibreMap, 'getBounds' | 'getCanvas' | 'getContainer' | 'project' | 'unproject'>;
  places: Record<GroupId, FeatureCollection>;
  groups: readonly GroupId[];
  /** What the pin keeps clear of. */
  lakes: readonly LakeShape[];
  textScale: number;
}

export function offMapFeatures({ map, places, groups, lakes, textScale }: OffMapInput): FeatureCollection {
  const all = Object.entries(places) as [GroupId, FeatureCollection][];
  const outside = all.flatMap(([group, fc]) =>
    fc.features
      .filter((f) => f.properties?.off_map === true && f.geometry.type === 'Point')
      .map((f) => ({ group, f })),
  );
  if (outside.length === 0) return { type: 'FeatureCollection', features: [] };
  const b = map.getBounds();
  const { clientWidth: widthPx, clientHeight: heightPx } = map.getContainer();
  // The pin's own room (its marker, drawn at up to 1.1 × its size) and a marker's beside it.
  const pinRadiusPx = (MARKER_SIZE_PX / 2) * 1.1 * textScale + 2;
  const markersPx = all
    .filter(([group]) => groups.includes(group))
    .flatMap(([, fc]) => fc.features)
    .filter((f) => {
      const p = f.properties ?? {};
      return f.geometry.type === 'Point' && !p.label_point && !p.zone_member && !p.off_map;
    })
    .map((f) => map.project((f.geometry as Point).coordinates as [number, number]));
  const inLake = (lon: number, lat: number): boolean =>
    lakes.some(
      (a) =>
        lon >= a.bbox[0] &&
        lon <= a.bbox[2] &&
        lat >= a.bbox[1] &&
        lat <= a.bbox[3] &&
        booleanPointInPolygon([lon, lat], a.geometry),
    );
  const canvas = map.getCanvas();
  const box = canvas.getBoundingClientRect();
  // The map itself is what lies on top there: its canvas, or, while the first frame is held back
  // with the canvas hidden (first-paint.ts), the map's element behind it. Anything else (a control,
  // a panel, a caption) hides the pin.
  const mapElement = map.getContainer();
  const mapOnTop = (hit: Element | null): boolean => hit === canvas || hit === mapElement;
  const blocked = (lon: number, lat: number): boolean => {
    const c = map.project([lon, lat]);
    if (markersPx.some((m) => Math.hypot(m.x - c.x, m.y - c.y) < 2 * pinRadiusPx)) return true;
    // The centre and eight points round the marker's rim: none on a lake, and none under what the
    // page lays over the map (the legend, the controls, the tour's card).
    for (let k = 0; k <= 8; k++) {
      const r = k === 0 ? 0 : pinRadiusPx;
      const a = (k * Math.PI) / 4;
      const [x, y] = [c.x + r * Math.cos(a), c.y + r * Math.sin(a)];
      const ll = map.unproject([x, y]);
      if (inLake(ll.lng, ll.lat)) return true;
      if (!mapOnTop(document.elementFromPoint(box.left + x, box.top + y))) return true;
    }
    return false;
  };
  const features: Feature[] = [];
  for (const { group, f } of outside) {
    const p = f.properties!;
    const target = (f.geometry as Point).coordinates as [number, number];
    const pin = offMapPin(
      { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], widthPx, heightPx },
      target,
      { drawn: DATA_REGION, marginPx: 2 * pinRadiusPx + 14 * textScale, blocked, stepPx: 6 * textScale },
    );
    const base = { id: p.id, group, status: p.status };
    if (!pin) {
      // In the frame after all (a view past the drawn map): drawn where it is.
      features.push(point(target, { ...base, kind: 'pin', name_zh: p.name_zh, name_en: p.name_en }));
      continue;
    }
    // Rounded to 10 km: the place is known only to its city, and the pin moves with the view.
    const km = Math.max(10, Math.round(haversineKm([pin.lon, pin.lat], target) / 10) * 10);
    features.push(
      point([pin.lon, pin.lat], {
        ...base,
        kind: 'pin',
        edge: pin.edge,
        name_zh: offMap.zh.label(p.name_zh, km),
        name_en: offMap.en.label(p.name_en ?? p.name_zh, km),
      }),
    );
    // The arrow beside the marker, on the side toward the place.
    const c = map.project([pin.lon, pin.lat]);
    const rad = (pin.bearingDeg * Math.PI) / 180;
    const at = map.unproject([c.x + Math.sin(rad) * 2 * pinRadiusPx, c.y - Math.cos(rad) * 2 * pinRadiusPx]);
    features.push(
      point([at.lng, at.lat], {
        ...base,
        kind: 'arrow',
        bearing_deg: pin.bearingDeg,
        name_zh: '→',
        name_en: '→',
      }),
    );
  }
  return { type: 'FeatureCollection', features };
}

function point(coordinates: [number, number], properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

/** Great-circle distance in km on a sphere of the Earth's mean radius. */
function haversineKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b[1]! - a[1]!) * rad) / 2) ** 2 +
    Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(((b[0]! - a[0]!) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}
