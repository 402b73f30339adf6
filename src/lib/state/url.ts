/**
 * The URL hash as a pure codec of the atlas's shareable state. `parseHash` never throws: junk
 * becomes a list of problems and the parts that were valid still apply. `serialiseHash` writes
 * parameters in a fixed order with fixed precision, so the same view always has the same link.
 */
import { isGroupId } from '../catalog/groups';
import { isStatus } from '../catalog/status';
import type { GroupId, Status } from '../catalog/types';
import { bboxHas, CAMERA_BOUNDS } from '../geo/extent';
import { isBasemapKind, type BasemapKind } from '../map/style/online';

import { isLang, type Lang } from '../i18n/lang';
export type { Lang };
export const PANEL_IDS = ['overview', 'report', 'layers', 'near', 'list'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
export const FILTER_YEARS = [2023, 2024] as const;
export type FilterYear = (typeof FILTER_YEARS)[number];

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  camera?: Camera;
  sel?: string;
  layers?: GroupId[];
  lang?: Lang;
  status?: Status[];
  year?: FilterYear;
  panel?: PanelId;
  /** The figure (metric id) whose places are marked on the map. */
  fig?: string;
  /** The report paragraph the reader shows, e.g. `review-4.p1`. */
  para?: string;
  /** Only places in this town or 街道 (a towns.geojson id). */
  town?: string;
  /** The tour stop being presented (an id from src/lib/tour/stops.ts); absent when not presenting. */
  tour?: string;
  /** Kiosk mode: after a spell without input the atlas resets to the tour and plays it. */
  kiosk?: boolean;
  /** Seconds without input before a kiosk resets, within IDLE_LIMITS_S. */
  idle?: number;
  /** The basemap; an online one only when the user chose it. Its key (tk) never goes into a link. */
  base?: BasemapKind;
  /** Streets from the offline extract; only `false` (streets=0) is written, drawn is the default. */
  streets?: boolean;
  /**
   * The ruler's points ([lon, lat], in order) and whether they close a shape: `measure=` for a path,
   * `area=` for a closed shape, points as `lon,lat` joined by `_`.
   */
  measure?: { points: [number, number][]; closed: boolean };
  /**
   * Correction mode for maintainers (`edit=1`): positions can be corrected and exported as a patch.
   * Off by default, and never in effect while presenting or in a kiosk.
   */
  edit?: boolean;
  /** Only places with updates since the report (`updates=1`). */
  updates?: boolean;
}

export interface ParseResult {
  state: UrlState;
  /** One short English phrase per rejected parameter, e.g. `map: "abc" is not zoom/lat/lon`. */
  problems: string[];
}

/**
 * The zoom a camera in a link may have. Its centre, like a measured point, must lie within the
 * camera's bounds (../geo/extent.ts): a link can reopen every view the map can reach.
 */
export const CAMERA_ZOOM_LIMITS = { min: 6, max: 19 } as const;

/** How long a kiosk waits for input before it resets, in seconds. */
export const IDLE_LIMITS_S = { min: 15, max: 3600, default: 120 } as const;

/**
 * A measurement has at most this many points: at five decimals that is about 1,150 characters, so
 * the whole link stays within MAX_HASH_LENGTH with every other parameter.
 */
export const MAX_MEASURE_POINTS = 60;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** Paragraph ids from src/lib/report/parse.ts: `review-1.p1`, `plan-targets.p1`. */
const PARAGRAPH_PATTERN = /^[a-z][a-z0-9-]{0,30}\.p\d{1,3}$/;
const MAX_HASH_LENGTH = 2000;
/** The problem of a link longer than MAX_HASH_LENGTH, which is then not read at all. */
export const LINK_TOO_LONG = 'link: too long';

function parseCamera(value: string): Camera | string {
  const parts = value.split('/');
  if (parts.length !== 3) return `map: "${value}" is not zoom/lat/lon`;
  const [zoom, lat, lon] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if ([zoom, lat, lon].some((n) => !Number.isFinite(n))) return `map: "${value}" is not zoom/lat/lon`;
  if (zoom < CAMERA_ZOOM_LIMITS.min || zoom > CAMERA_ZOOM_LIMITS.max)
    return `map: zoom ${zoom} is out of range`;
  if (!bboxHas(CAMERA_BOUNDS, lon, lat)) return `map: ${lat}, ${lon} is outside the atlas`;
  return { zoom, lat, lon };
}

function parseMeasure(name: string, value: string): [number, number][] | string {
  const items = value === '' ? [] : value.split('_');
  if (items.length > MAX_MEASURE_POINTS) return `${name}: more than ${MAX_MEASURE_POINTS} points`;
  const points: [number, number][] = [];
  for (const item of items) {
    const parts = item.split(',');
    const [lon, lat] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
    if (parts.length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat))
      return `${name}: "${item.slice(0, 30)}" is not lon,lat`;
    if (!bboxHas(CAMERA_BOUNDS, lon, lat)) return `${name}: ${lon}, ${lat} is outside the atlas`;
    points.push([lon, lat]);
  }
  return points;
}

function parseList<T extends string>(
  name: string,
  value: string,
  isValid: (v: string) => v is T,
): T[] | string {
  const items = value === '' ? [] : value.split(',');
  const bad = items.filter((v) => !isValid(v));
  if (bad.length > 0) return `${name}: unknown ${bad.map((b) => `"${b}"`).join(', ')}`;
  return [...new Set(items as T[])];
}

/** Parses `#map=…&sel=…`; the leading `#` is optional. */
export function parseHash(hash: string): ParseResult {
  const state: UrlState = {};
  const problems: string[] = [];
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length > MAX_HASH_LENGTH) {
    problems.push(LINK_TOO_LONG);
    raw = '';
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { state, problems: ['link: unreadable'] };
  }
  for (const [key, value] of params) {
    switch (key) {
      case 'map': {
        const camera = parseCamera(value);
        if (typeof camera === 'string') problems.push(camera);
        else state.camera = camera;
        break;
      }
      case 'sel':
        if (ID_PATTERN.test(value)) state.sel = value;
        else problems.push(`sel: "${value.slice(0, 40)}" is not a place id`);
        break;
      case 'layers': {
        const layers = parseList('layers', value, isGroupId);
        if (typeof layers === 'string') problems.push(layers);
        else state.layers = layers;
        break;
      }
      case 'lang':
        if (isLang(value)) state.lang = value;
        else problems.push(`lang: "${value.slice(0, 10)}" is not zh or en`);
        break;
      case 'status': {
        const statuses = parseList('status', value, isStatus);
        if (typeof statuses === 'string') problems.push(statuses);
        else state.status = statuses;
        break;
      }
      case 'year':
        if (value === '2023' || value === '2024') state.year = Number(value) as FilterYear;
        else problems.push(`year: "${value.slice(0, 10)}" is not 2023 or 2024`);
        break;
      case 'panel':
        if ((PANEL_IDS as readonly string[]).includes(value)) state.panel = value as PanelId;
        else problems.push(`panel: "${value.slice(0, 20)}" is not a panel`);
        break;
      case 'fig':
        if (ID_PATTERN.test(value)) state.fig = value;
        else problems.push(`fig: "${value.slice(0, 40)}" is not a figure id`);
        break;
      case 'town':
        if (ID_PATTERN.test(value)) state.town = value;
        else problems.push(`town: "${value.slice(0, 40)}" is not a town id`);
        break;
      case 'tour':
        if (ID_PATTERN.test(value)) state.tour = value;
        else problems.push(`tour: "${value.slice(0, 40)}" is not a tour stop id`);
        break;
      case 'kiosk':
        if (value === '1') state.kiosk = true;
        else problems.push(`kiosk: "${value.slice(0, 10)}" is not 1`);
        break;
      case 'updates':
        if (value === '1') state.updates = true;
        else problems.push(`updates: "${value.slice(0, 10)}" is not 1`);
        break;
      case 'edit':
        if (value === '1') state.edit = true;
        else problems.push(`edit: "${value.slice(0, 10)}" is not 1`);
        break;
      case 'idle': {
        const idle = parseIdle(value);
        if (typeof idle === 'string') problems.push(idle);
        else {
          state.idle = idle.seconds;
          if (idle.problem) problems.push(idle.problem);
        }
        break;
      }
      case 'para':
        if (PARAGRAPH_PATTERN.test(value)) state.para = value;
        else problems.push(`para: "${value.slice(0, 40)}" is not a paragraph id`);
        break;
      case 'base':
        if (isBasemapKind(value)) state.base = value;
        else problems.push(`base: "${value.slice(0, 20)}" is not a basemap`);
        break;
      case 'streets':
        if (value === '0' || value === '1') state.streets = value === '1';
        else problems.push(`streets: "${value.slice(0, 10)}" is not 0 or 1`);
        break;
      case 'measure':
      case 'area': {
        const points = parseMeasure(key, value);
        if (typeof points === 'string') problems.push(points);
        else state.measure = { points, closed: key === 'area' };
        break;
      }
      default:
        problems.push(`${key.slice(0, 20)}: unknown parameter`);
    }
  }
  return { state, problems };
}

/**
 * A kiosk's idle time. A number outside the limits is brought within them (a kiosk set up with
 * idle=5 should still reset, just not every five seconds) and reported.
 */
function parseIdle(value: string): { seconds: number; problem?: string } | string {
  if (!/^\d{1,6}$/.test(value)) return `idle: "${value.slice(0, 10)}" is not a number of seconds`;
  const asked = Number(value);
  const seconds = Math.min(IDLE_LIMITS_S.max, Math.max(IDLE_LIMITS_S.min, asked));
  if (seconds === asked) return { seconds };
  return {
    seconds,
    problem: `idle: ${asked} s is outside ${IDLE_LIMITS_S.min}–${IDLE_LIMITS_S.max} s; using ${seconds} s`,
  };
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** Writes the state as a hash without the leading `#`. Absent fields are left out. */
export function serialiseHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.camera) {
    const { zoom, lat, lon } = state.camera;
    parts.push(`map=${round(zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`);
  }
  if (state.sel) parts.push(`sel=${encodeURIComponent(state.sel)}`);
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  if (state.status) parts.push(`status=${state.status.join(',')}`);
  if (state.year) parts.push(`year=${state.year}`);
  if (state.panel) parts.push(`panel=${state.panel}`);
  if (state.fig) parts.push(`fig=${encodeURIComponent(state.fig)}`);
  if (state.para) parts.push(`para=${encodeURIComponent(state.para)}`);
  if (state.town) parts.push(`town=${encodeURIComponent(state.town)}`);
  if (state.updates) parts.push('updates=1');
  if (state.tour) parts.push(`tour=${encodeURIComponent(state.tour)}`);
  if (state.kiosk) parts.push('kiosk=1');
  if (state.idle !== undefined) parts.push(`idle=${Math.round(state.idle)}`);
  if (state.base) parts.push(`base=${state.base}`);
  if (state.streets === false) parts.push('streets=0');
  if (state.measure) {
    const points = state.measure.points.map(([lon, lat]) => `${round(lon, 5)},${round(lat, 5)}`);
    parts.push(`${state.measure.closed ? 'area' : 'measure'}=${points.join('_')}`);
  }
  if (state.edit) parts.push('edit=1');
  if (state.lang) parts.push(`lang=${state.lang}`);
  return parts.join('&');
}
