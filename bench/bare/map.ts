/// <reference types="vite/client" />
// The benchmark's second baseline: the atlas's map alone. The style the atlas had built at its
// first idle (every source with its data, every layer, captured by bench/run.mjs from the built
// atlas with `map.getStyle()`, as the print does) in a bare MapLibre map of the same size, camera
// and drawing options, with the atlas's own marker images, and nothing else: no panels, no app
// code, no paint-once hold. The atlas against this page is the cost of the atlas around its map;
// this page against the bare one is the cost of what the atlas draws (its labels and layers).
import { Map, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { drawStyleImagesOnDemand, MAP_DRAWING_OPTIONS } from '../../src/lib/map/drawing-options';

setWorkerUrl(workerUrl);

/** What bench/run.mjs writes as `atlas-map-<screen>.json`. */
interface CapturedMap {
  style: StyleSpecification;
  center: [number, number];
  zoom: number;
  widthPx: number;
  heightPx: number;
}

const screen = new URLSearchParams(location.search).get('screen') === 'phone' ? 'phone' : 'desktop';
const captured = (await (await fetch(`./atlas-map-${screen}.json`)).json()) as CapturedMap;
const container = document.body.appendChild(document.createElement('div'));
container.style.width = `${captured.widthPx}px`;
container.style.height = `${captured.heightPx}px`;

const map = new Map({
  container,
  style: captured.style,
  center: captured.center,
  zoom: captured.zoom,
  ...MAP_DRAWING_OPTIONS,
  // MapLibre's attribution is left on, as on the bare page: its text is what Lighthouse takes as the
  // first contentful paint of a page that is otherwise one WebGL canvas (without it: NO_FCP).
});
drawStyleImagesOnDemand(map);
(window as unknown as { __atlasMap: Map }).__atlasMap = map;
map.once('idle', () => performance.mark('atlas:map-idle'));
