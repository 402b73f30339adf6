/**
 * The basemap files the map draws. `?url` makes Vite emit each as a hashed asset served from the
 * atlas's own origin; the place layers, figures and report come in the catalogue artifact (load.ts).
 */
import type { BasemapSourceId } from '../map/style/basemap';
import district from '../../../geo/basemap/district.geojson?url';
import lakes from '../../../geo/basemap/lakes.geojson?url';
import rivers from '../../../geo/basemap/rivers.geojson?url';
import towns from '../../../geo/basemap/towns.geojson?url';
import places from '../../../geo/basemap/places.geojson?url';

export const BASEMAP_FILES: Record<BasemapSourceId, string> = { district, lakes, rivers, towns, places };
