// The list as KML and as a zipped Shapefile, read back with other libraries (togeojson over
// xmldom; shpjs, fflate) and compared with the layer files as they are on disk.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { combine, parseDbf, parseShp } from 'shpjs';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placesKml } from '../../../src/lib/export/places-kml';
import { placesShapefile } from '../../../src/lib/export/places-shapefile';
import { catalog, ctx } from './places-context';

const located = catalog.places.filter((p) => p.geometry);
const distances = new Map(located.map((p, i) => [p.properties.id, i * 100.4]));

describe('KML', () => {
  it('holds every place with its name, record and distance, and its own geometry', () => {
    const text = placesKml(catalog.places, ctx('zh'), distances);
    const back = kml(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document);
    expect(back.features).toHaveLength(catalog.places.length);
    const station = back.features.find((f) => f.properties?.id === 'wujin-station')!;
    expect(station.properties?.name).toBe('武进站综合交通枢纽');
    expect(station.properties?.name_en).toBe(catalog.byId.get('wujin-station')!.properties.name_en);
    expect(Number(station.properties?.distance_m)).toBe(Math.round(distances.get('wujin-station')!));
    expect(station.geometry).toEqual(catalog.byId.get('wujin-station')!.geometry);
  });
});

describe('Shapefile', () => {
  it('one layer per kind of geometry, each with .prj and a UTF-8 .cpg', () => {
    const zip = placesShapefile(catalog.places, ctx('zh'), 'sel', distances);
    const files = unzipSync(zip);
    const names = Object.keys(files).sort();
    for (const layer of ['points', 'lines', 'areas'])
      for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) expect(names).toContain(`sel-${layer}.${ext}`);
    expect(strFromU8(files['sel-points.cpg'])).toBe('UTF-8');
    expect(strFromU8(files['sel-points.prj'])).toContain('WGS_1984');
  });

  it('reads back with shpjs: every located place, its Chinese name and its geometry', () => {
    const zip = placesShapefile(catalog.places, ctx('zh'), 'sel', distances);
    const files = unzipSync(zip);
    // Each layer read as a GIS reads it: geometry from .shp (with its .prj), table from .dbf in the .cpg's encoding.
    const layers = ['points', 'lines', 'areas'].map((layer) =>
      combine([
        parseShp(files[`sel-${layer}.shp`], strFromU8(files[`sel-${layer}.prj`])),
        parseDbf(files[`sel-${layer}.dbf`], strFromU8(files[`sel-${layer}.cpg`])),
      ]),
    );
    const features = layers.flatMap((l) => l.features);
    expect(features).toHaveLength(located.length);
    for (const place of located) {
      const back = features.find((f) => f.properties?.id === place.properties.id);
      expect(back, place.properties.id).toBeDefined();
      expect(back!.properties?.name_zh).toBe(place.properties.name_zh);
      expect(back!.properties?.distance_m).toBe(Math.round(distances.get(place.properties.id)!));
      const g = place.geometry as Geometry;
      const b = back!.geometry as Geometry;
      // A single line comes back as a line, a polygon as a polygon; coordinates as written (shpjs
      // passes them through proj4 for the .prj, hence the rounding to 1e-6°, about 0.1 m).
      expect(b.type.replace('Multi', '')).toBe(g.type.replace('Multi', ''));
      const flat = (x: Geometry) =>
        JSON.stringify('coordinates' in x ? x.coordinates : null)
          .match(/-?\d+(?:\.\d+)?/g)!
          .map((n) => Number(Number(n).toFixed(6)))
          .sort();
      expect(flat(b)).toEqual(flat(g));
    }
  });
});
