/**
 * The data files the atlas ships. `?url` makes Vite emit each as a hashed asset served from the
 * atlas's own origin, so the JavaScript stays small and nothing is fetched from elsewhere.
 */
import type { GroupId } from './types';
import type { BasemapSourceId } from '../map/style/basemap';
import water from '../../../geo/layers/water.geojson?url';
import industry from '../../../geo/layers/industry.geojson?url';
import transport from '../../../geo/layers/transport.geojson?url';
import innovation from '../../../geo/layers/innovation.geojson?url';
import livelihood from '../../../geo/layers/livelihood.geojson?url';
import urban from '../../../geo/layers/urban.geojson?url';
import district from '../../../geo/basemap/district.geojson?url';
import lakes from '../../../geo/basemap/lakes.geojson?url';
import rivers from '../../../geo/basemap/rivers.geojson?url';
import towns from '../../../geo/basemap/towns.geojson?url';
import places from '../../../geo/basemap/places.geojson?url';
import metrics from '../../../data/metrics.json?url';
import report from '../../../data/report/wujin-2024-government-work-report.txt?url';

export const LAYER_FILES: Record<GroupId, string> = {
  water,
  industry,
  transport,
  innovation,
  livelihood,
  urban,
};
export const BASEMAP_FILES: Record<BasemapSourceId, string> = { district, lakes, rivers, towns, places };
export const METRICS_FILE = metrics;
export const REPORT_FILE = report;
