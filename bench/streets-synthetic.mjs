// A streets archive for the benchmark, in the Protomaps basemap schema the atlas reads: no real
// extract can be shipped with the repository, so this one is made up, deterministically, with the
// density of a county's road network — highways every ~8 km, major roads every ~2 km, minor roads
// every ~500 m (from zoom 12, as the Protomaps build keeps them), two railways and canals, every
// line bent like a real road — over the whole of Wujin's extent, zooms 6 to 14. It measures what
// drawing a streets layer costs the first idle map, not how a real extract looks.
import geojsonvt from 'geojson-vt';
import { vectorArchive } from '../geo/scripts/streets/vector-archive.mjs';

const BOUNDS = [119.6, 31.3, 120.3, 31.85];
const MIN_ZOOM = 6;
const MAX_ZOOM = 14;
/** Vertices per line: real roads bend; a straight two-point line would flatter the renderer. */
const VERTICES = 60;

/** A polyline across the extent, along x (`horizontal`) or y at `at`, bent by two sine waves. */
function bentLine(horizontal, at, seed) {
  const coordinates = [];
  for (let i = 0; i < VERTICES; i++) {
    const t = i / (VERTICES - 1);
    const wobble = 0.004 * Math.sin(t * 17 + seed) + 0.002 * Math.sin(t * 53 + seed * 3);
    coordinates.push(
      horizontal
        ? [BOUNDS[0] + t * (BOUNDS[2] - BOUNDS[0]), at + wobble]
        : [at + wobble, BOUNDS[1] + t * (BOUNDS[3] - BOUNDS[1])],
    );
  }
  return coordinates;
}

/** Lines every `stepDeg` both ways, of one kind; named ones get a Chinese name as OSM has. */
function grid(kind, stepDeg, names) {
  const features = [];
  let n = 0;
  for (const horizontal of [true, false]) {
    const [from, to] = horizontal ? [BOUNDS[1], BOUNDS[3]] : [BOUNDS[0], BOUNDS[2]];
    for (let at = from + stepDeg / 2; at < to; at += stepDeg) {
      n++;
      const name = names ? `${names}${n}${horizontal ? '路' : '大道'}` : undefined;
      features.push({
        type: 'Feature',
        properties: { kind, ...(name ? { name, 'name:zh': name } : {}) },
        geometry: { type: 'LineString', coordinates: bentLine(horizontal, at, n) },
      });
    }
  }
  return features;
}

/** The archive's bytes and how many lines it holds. */
export function syntheticStreetsArchive() {
  const options = { maxZoom: MAX_ZOOM, indexMaxZoom: 6, buffer: 64 };
  const main = [...grid('highway', 0.08, '高速'), ...grid('major_road', 0.02, '干道')];
  const rail = [
    { horizontal: true, at: 31.72 },
    { horizontal: false, at: 119.97 },
  ].map(({ horizontal, at }, i) => ({
    type: 'Feature',
    properties: { kind: 'rail', name: `铁路${i + 1}`, 'name:zh': `铁路${i + 1}` },
    geometry: { type: 'LineString', coordinates: bentLine(horizontal, at, 100 + i) },
  }));
  const minor = grid('minor_road', 0.005);
  const canals = grid('canal', 0.05, '河').map((f) => ({
    ...f,
    properties: { ...f.properties, kind: 'canal' },
  }));
  const majorIndex = geojsonvt({ type: 'FeatureCollection', features: [...main, ...rail] }, options);
  const minorIndex = geojsonvt(
    { type: 'FeatureCollection', features: [...main, ...rail, ...minor] },
    options,
  );
  const waterIndex = geojsonvt({ type: 'FeatureCollection', features: canals }, options);
  const { bytes, tiles } = vectorArchive({
    bounds: BOUNDS,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    indexesAt: (z) => ({ roads: z >= 12 ? minorIndex : majorIndex, water: waterIndex }),
    name: 'Synthetic streets for the benchmark',
    attribution: 'synthetic',
    center: [119.95, 31.6, 10],
  });
  return { bytes, lines: main.length + rail.length + minor.length + canals.length, tiles };
}
