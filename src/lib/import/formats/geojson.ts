/** GeoJSON, with the coordinate system its `crs` member declares (RFC 7946 dropped the member; planners' software still writes it). */
import { crsFromGeoJson } from '../../geo/projected';
import { geoJsonFeatures, say, shownName } from '../../geo/user-data';
import { decodeText } from '../text';
import type { Reading } from '../types';

export function readGeoJson(name: string, bytes: Uint8Array): Reading {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch {
    return { ok: false, problem: say('notJson', shownName(name)) };
  }
  const features = geoJsonFeatures(json);
  if (!features) return { ok: false, problem: say('notGeoJson', shownName(name)) };
  return { ok: true, layers: [{ name, format: 'geojson', features, declared: crsFromGeoJson(json) }] };
}
