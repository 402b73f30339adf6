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

/** What one parameter says: the fields it sets, or the problem that rejects it. */
type Reading = Partial<UrlState> | string;
/** Reads one parameter; `note` reports a problem with a value that is still used. */
type Reader = (value: string, key: string, note: (problem: string) => void) => Reading;

/** Sets `field` to what a parser made of the value, or passes its problem on. */
const parsed = <K extends keyof UrlState>(field: K, result: UrlState[K] | string): Reading =>
  typeof result === 'string' ? result : ({ [field]: result } as Partial<UrlState>);

/** A parameter taken when `valid`, as `read` makes it; a rejected value is quoted to `excerpt` characters. */
const checked =
  <K extends keyof UrlState>(
    field: K,
    valid: (value: string) => boolean,
    excerpt: number,
    expected: string,
    read: (value: string) => UrlState[K] = (value) => value as UrlState[K],
  ): Reader =>
  (value) =>
    valid(value)
      ? ({ [field]: read(value) } as Partial<UrlState>)
      : `${field}: "${value.slice(0, excerpt)}" is not ${expected}`;

const idParam = (field: 'sel' | 'fig' | 'town' | 'tour', expected: string) =>
  checked(field, (value) => ID_PATTERN.test(value), 40, expected);
const isOne = (v: string) => v === '1';
const isBit = (v: string) => v === '0' || v === '1';
const isYear = (v: string) => v === '2023' || v === '2024';
const flagParam = (field: 'kiosk' | 'updates' | 'edit') => checked(field, isOne, 10, '1', isOne);
const measureParam: Reader = (value, key) => {
  const points = parseMeasure(key, value);
  return typeof points === 'string' ? points : { measure: { points, closed: key === 'area' } };
};

/** Every parameter a link may hold, by name (read with Object.hasOwn: a name such as `__proto__` is just unknown). */
const READERS: Record<string, Reader> = {
  map: (value) => parsed('camera', parseCamera(value)),
  sel: idParam('sel', 'a place id'),
  layers: (value) => parsed('layers', parseList('layers', value, isGroupId)),
  lang: checked('lang', isLang, 10, 'zh or en'),
  status: (value) => parsed('status', parseList('status', value, isStatus)),
  year: checked('year', isYear, 10, '2023 or 2024', (v) => Number(v) as FilterYear),
  panel: checked('panel', (value) => (PANEL_IDS as readonly string[]).includes(value), 20, 'a panel'),
  fig: idParam('fig', 'a figure id'),
  town: idParam('town', 'a town id'),
  tour: idParam('tour', 'a tour stop id'),
  kiosk: flagParam('kiosk'),
  updates: flagParam('updates'),
  edit: flagParam('edit'),
  idle: (value, _key, note) => {
    const idle = parseIdle(value);
    if (typeof idle === 'string') return idle;
    if (idle.problem) note(idle.problem);
    return { idle: idle.seconds };
  },
  para: checked('para', (value) => PARAGRAPH_PATTERN.test(value), 40, 'a paragraph id'),
  base: checked('base', isBasemapKind, 20, 'a basemap'),
  streets: checked('streets', isBit, 10, '0 or 1', isOne),
  measure: measureParam,
  area: measureParam,
};

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
    const reading =
      (Object.hasOwn(READERS, key) ? READERS[key](value, key, (problem) => problems.push(problem)) : null) ??
      `${key.slice(0, 20)}: unknown parameter`;
    if (typeof reading === 'string') problems.push(reading);
    else Object.assign(state, reading);
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
