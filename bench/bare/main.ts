/// <reference types="vite/client" />
// The benchmark's baseline: the atlas's own GeoJSON in a bare MapLibre map with plain fill, line
// and circle layers, no labels and no UI, at the atlas's default camera. The atlas's load time
// is reported as a ratio to this page's, which cancels out most of the machine's speed.
import { Map, setWorkerUrl, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { WUJIN_BBOX } from '../../src/lib/geo/extent';

setWorkerUrl(workerUrl);

// `?url` emits each file as a separate asset, so the map fetches and parses it as the atlas does.
const basemapUrls = import.meta.glob<string>('../../geo/basemap/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});
const layerUrls = import.meta.glob<string>('../../geo/layers/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The atlas's default view: framed on Wujin's extent. */
const camera = {
  bounds: [
    [WUJIN_BBOX[0], WUJIN_BBOX[1]],
    [WUJIN_BBOX[2], WUJIN_BBOX[3]],
  ] as [[number, number], [number, number]],
  fitBoundsOptions: { padding: 24 },
};

function fileStem(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.geojson$/, '');
}

function buildStyle(): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
  };
  const groups: [string, Record<string, string>][] = [
    ['basemap', basemapUrls],
    ['layers', layerUrls],
  ];
  for (const [group, urls] of groups) {
    for (const [path, url] of Object.entries(urls).sort(([a], [b]) => a.localeCompare(b))) {
      const source = `${group}-${fileStem(path)}`;
      style.sources[source] = { type: 'geojson', data: url };
      // Every source gets all three kinds; the geometry-type filters leave the unused ones empty.
      // (MapLibre reports Multi* types as such, so both forms are listed.)
      const layers: LayerSpecification[] = [
        {
          id: `${source}-fill`,
          type: 'fill',
          source,
          filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
          paint: { 'fill-color': '#b9d3b0', 'fill-opacity': 0.5, 'fill-outline-color': '#6f8f66' },
        },
        {
          id: `${source}-line`,
          type: 'line',
          source,
          filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false],
          paint: { 'line-color': '#5b7fa6', 'line-width': 1.5 },
        },
        {
          id: `${source}-circle`,
          type: 'circle',
          source,
          filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
          paint: {
            'circle-color': '#c0392b',
            'circle-radius': 5,
            'circle-stroke-color': '#fff',
            'circle-stroke-width': 1,
          },
        },
      ];
      style.layers.push(...layers);
    }
  }
  return style;
}

const map = new Map({ container: 'map', style: buildStyle(), ...camera });
(window as unknown as { __atlasMap: Map }).__atlasMap = map;
map.once('idle', () => performance.mark('atlas:map-idle'));
