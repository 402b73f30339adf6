/**
 * Coordinate systems of planners' files, and their conversion to longitude/latitude.
 *
 * A file that declares its system (a GeoJSON `crs` member, a Shapefile's `.prj`) is read in that
 * system when the atlas supports it and refused, naming it, when it does not: a declaration is
 * never overruled by a guess. The supported ones are built from the EPSG code patterns rather than
 * from a table: CGCS2000 geographic (EPSG:4490), the CGCS2000 Gauss–Krüger zones (3-degree
 * EPSG:4513–4554 and 6-degree EPSG:4491–4512, with and without the zone number in front of the
 * easting), WGS84 (EPSG:4326, CRS84), WGS84 / UTM (EPSG:32601–32660, 32701–32760) and web
 * Mercator (EPSG:3857). CGCS2000 and WGS84 differ by centimetres and are treated as one, as on
 * every web map. A file in metres that declares nothing is taken as Gauss–Krüger only when the
 * converted result lies in the atlas's region (see user-data.ts).
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';

export interface SupportedCrs {
  /** "EPSG:4549", as the planner's software names it. */
  id: string;
  /** Degrees need no conversion; metres go through proj4. */
  kind: 'geographic' | 'projected';
  /** The proj4 definition (projected only). */
  proj?: string;
}

/** What a file says about its coordinates: a system the atlas reads, or one it cannot (named). */
export type CrsDeclaration = { ok: true; crs: SupportedCrs } | { ok: false; name: string };

export const WGS84: SupportedCrs = { id: 'EPSG:4326', kind: 'geographic' };
const CGCS2000_GEOGRAPHIC: SupportedCrs = { id: 'EPSG:4490', kind: 'geographic' };

/** Transverse Mercator on the CGCS2000 ellipsoid (GRS80 to well under a millimetre). */
function gaussKruger(epsg: number, centralMeridianDeg: number, falseEastingM: number): SupportedCrs {
  return {
    id: `EPSG:${epsg}`,
    kind: 'projected',
    proj: `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDeg} +k=1 +x_0=${falseEastingM} +y_0=0 +ellps=GRS80 +units=m +no_defs`,
  };
}

/** The system an EPSG code names, or null when the atlas does not read it. */
export function crsFromEpsg(code: number): SupportedCrs | null {
  if (code === 4326) return WGS84;
  if (code === 4490) return CGCS2000_GEOGRAPHIC;
  // 3-degree zones 25–45 with the zone number in front of the easting; central meridian 3° × zone.
  if (code >= 4513 && code <= 4533) {
    const zone = code - 4513 + 25;
    return gaussKruger(code, zone * 3, zone * 1_000_000 + 500_000);
  }
  // The same zones without it, central meridians 75° E to 135° E.
  if (code >= 4534 && code <= 4554) return gaussKruger(code, 75 + (code - 4534) * 3, 500_000);
  // 6-degree zones 13–23 with the zone number; central meridian 6° × zone − 3°.
  if (code >= 4491 && code <= 4501) {
    const zone = code - 4491 + 13;
    return gaussKruger(code, zone * 6 - 3, zone * 1_000_000 + 500_000);
  }
  if (code >= 4502 && code <= 4512) return gaussKruger(code, 75 + (code - 4502) * 6, 500_000);
  if ((code >= 32601 && code <= 32660) || (code >= 32701 && code <= 32760)) {
    const south = code > 32700;
    return {
      id: `EPSG:${code}`,
      kind: 'projected',
      proj: `+proj=utm +zone=${code % 100}${south ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`,
    };
  }
  if (code === 3857 || code === 900913)
    return {
      id: 'EPSG:3857',
      kind: 'projected',
      proj: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
    };
  return null;
}

function fromCode(code: number, name = `EPSG:${code}`): CrsDeclaration {
  const crs = crsFromEpsg(code);
  return crs ? { ok: true, crs } : { ok: false, name };
}

/** A name from a file, short and printable, for a notice. */
function shortName(name: string): string {
  const clean = name.replace(/[^\p{L}\p{N} _.:\-/()]/gu, '').trim();
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/**
 * What a GeoJSON `crs` member declares ("EPSG:4549", "urn:ogc:def:crs:EPSG::4549", CRS84), or
 * null when it declares nothing.
 */
export function crsFromGeoJson(json: unknown): CrsDeclaration | null {
  const crs = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs;
  if (crs === undefined || crs === null) return null;
  const name = crs?.properties?.name;
  if (typeof name !== 'string') return { ok: false, name: 'crs' };
  if (/CRS:?84$/i.test(name)) return { ok: true, crs: WGS84 };
  const match = /EPSG:+(?:[\d.]*:)?(\d{4,6})\s*$/i.exec(name);
  return match ? fromCode(Number(match[1])) : { ok: false, name: shortName(name) };
}

/** The value of a WKT parameter such as PARAMETER["Central_Meridian",120.0], or null. */
function wktParameter(wkt: string, name: RegExp): number | null {
  for (const m of wkt.matchAll(/PARAMETER\s*\[\s*"([^"]+)"\s*,\s*(-?[\d.eE+-]+)\s*\]/gi))
    if (name.test(m[1])) return Number(m[2]);
  return null;
}

const CGCS2000_DATUM = /China[_ ]?2000|CGCS[_ ]?2000|China Geodetic Coordinate System 2000/i;
const WGS84_DATUM = /WGS[_ ]?(19)?84/i;

/**
 * What a Shapefile's `.prj` (WKT, Esri or OGC flavour) declares. Esri writes no EPSG code, so the
 * name (CGCS2000_3_Degree_GK_CM_120E, CGCS2000_3_Degree_GK_Zone_40, WGS_1984_UTM_Zone_51N) or,
 * failing that, the projection's parameters say which it is.
 */
export function crsFromPrj(wkt: string): CrsDeclaration {
  const text = wkt.trim();
  const head = /^(PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(text);
  if (!head) return { ok: false, name: shortName(text.slice(0, 60)) || '.prj' };
  const [, kind, name] = head;
  // An EPSG code for the whole system closes the text (OGC flavour); inner ones name its parts.
  const code = /(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d{4,6})"?\s*\]\s*\]\s*$/i.exec(text);
  if (code) return fromCode(Number(code[1]), shortName(name));
  const geographic = /^GEO/i.test(kind);
  const datumCgcs = CGCS2000_DATUM.test(text);
  const datumWgs = WGS84_DATUM.test(text);
  if (geographic) {
    if (datumCgcs) return { ok: true, crs: CGCS2000_GEOGRAPHIC };
    if (datumWgs) return { ok: true, crs: WGS84 };
    return { ok: false, name: shortName(name) };
  }
  const zone3 = /CGCS[_ ]?2000[_ /]+3[_ ]Degree[_ ]GK[_ ]Zone[_ ](\d+)/i.exec(name);
  if (zone3) return fromCode(4513 + Number(zone3[1]) - 25, shortName(name));
  const cm3 = /CGCS[_ ]?2000[_ /]+3[_ ]Degree[_ ]GK[_ ]CM[_ ](\d+)E/i.exec(name);
  if (cm3) return fromCode(4534 + (Number(cm3[1]) - 75) / 3, shortName(name));
  const zone6 = /CGCS[_ ]?2000[_ /]+GK[_ ]Zone[_ ](\d+)/i.exec(name);
  if (zone6) return fromCode(4491 + Number(zone6[1]) - 13, shortName(name));
  const cm6 = /CGCS[_ ]?2000[_ /]+GK[_ ]CM[_ ](\d+)E/i.exec(name);
  if (cm6) return fromCode(4502 + (Number(cm6[1]) - 75) / 6, shortName(name));
  const utm = /WGS[_ ]?(?:19)?84[_ /]+UTM[_ ]zone[_ ](\d+)([NS])/i.exec(name);
  if (utm) return fromCode((utm[2].toUpperCase() === 'N' ? 32600 : 32700) + Number(utm[1]), shortName(name));
  // A transverse Mercator on CGCS2000 with a zone's parameters, whatever its name.
  if (datumCgcs && /Gauss|Transverse_Mercator/i.test(text)) {
    const cm = wktParameter(text, /central_meridian/i);
    const fe = wktParameter(text, /false_easting/i);
    const k = wktParameter(text, /scale_factor/i) ?? 1;
    const lat0 = wktParameter(text, /latitude_of_origin/i) ?? 0;
    const fn = wktParameter(text, /false_northing/i) ?? 0;
    if (cm !== null && fe !== null && k === 1 && lat0 === 0 && fn === 0 && Number.isInteger(cm)) {
      if (fe === 500_000 && cm % 3 === 0) return fromCode(4534 + (cm - 75) / 3, shortName(name));
      if (fe === (cm / 3) * 1_000_000 + 500_000) return fromCode(4513 + cm / 3 - 25, shortName(name));
    }
  }
  return { ok: false, name: shortName(name) };
}

/**
 * The Gauss–Krüger zone undeclared metres would be in if they were CGCS2000 3-degree
 * coordinates: the zone number in front of the easting (EPSG:4513–4533), else central meridian
 * 120° E, the zone of Wujin (EPSG:4549). The caller keeps the guess only when the result lies in
 * the atlas's region. Null when the eastings do not share a zone.
 */
export function guessGaussKruger(positions: readonly Position[]): SupportedCrs | null {
  let zone: number | null | undefined;
  for (const [x] of positions) {
    const z = x >= 1_000_000 ? Math.floor(x / 1_000_000) : null;
    if (zone === undefined) zone = z;
    else if (zone !== z) return null;
  }
  if (zone === undefined) return null;
  if (zone === null) return crsFromEpsg(4549);
  return zone >= 25 && zone <= 45 ? crsFromEpsg(4513 + zone - 25) : null;
}

/** A converter from the system's coordinates to [longitude, latitude]; extra ordinates pass through. */
export function toLonLat(crs: SupportedCrs): (position: Position) => Position {
  if (crs.kind === 'geographic' || !crs.proj) return (p) => p;
  const converter = proj4(crs.proj, 'WGS84');
  return ([x, y, ...rest]) => [...converter.forward([x, y]), ...rest];
}
