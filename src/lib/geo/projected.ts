/**
 * Planning data around Wujin usually comes in CGCS2000 3-degree Gauss–Krüger metres, central
 * meridian 120° E: EPSG:4549 (false easting 500 km) or EPSG:4528 (the same with the zone number
 * 40 in front of the easting). This recognises the two, from the file's `crs` member or from the
 * size of its coordinates, and converts them to longitude/latitude with proj4. CGCS2000 and WGS84
 * differ by centimetres and are treated as one, as on every web map.
 */
import proj4 from 'proj4';
import type { Position } from 'geojson';

export interface ProjectedCrs {
  epsg: 4549 | 4528;
  /** How the planner's software names it. */
  name: string;
  proj: string;
  /**
   * Eastings and northings of the region the atlas shows (118.5–121.5° E, 30–33° N) in this
   * zone: tight enough that UTM metres (zone 51N puts Wujin near 216 km east) are not mistaken for it.
   */
  eastingM: [number, number];
  northingM: [number, number];
}

const TMERC_120E = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +y_0=0 +ellps=GRS80 +units=m +no_defs';

export const PROJECTED_CRS: readonly ProjectedCrs[] = [
  {
    epsg: 4549,
    name: 'CGCS2000 / 3-degree Gauss-Kruger CM 120E',
    proj: `${TMERC_120E} +x_0=500000`,
    eastingM: [330_000, 670_000],
    northingM: [3_300_000, 3_700_000],
  },
  {
    epsg: 4528,
    name: 'CGCS2000 / 3-degree Gauss-Kruger zone 40',
    proj: `${TMERC_120E} +x_0=40500000`,
    eastingM: [40_330_000, 40_670_000],
    northingM: [3_300_000, 3_700_000],
  },
];

/** The EPSG code a GeoJSON `crs` member names ("EPSG:4549", "urn:ogc:def:crs:EPSG::4549"), or null. */
export function namedEpsg(json: unknown): number | null {
  const name = (json as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return 4326;
  const match = /EPSG:+(\d{4,5})\s*$/i.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * Which of the known projections the positions are in: the one the file names, else the one
 * whose range holds every position. Null when they are not in metres of either.
 */
export function detectProjected(positions: readonly Position[], epsg: number | null): ProjectedCrs | null {
  const named = PROJECTED_CRS.find((c) => c.epsg === epsg);
  if (named) return named;
  return (
    PROJECTED_CRS.find((c) =>
      positions.every(
        ([x, y]) => x >= c.eastingM[0] && x <= c.eastingM[1] && y >= c.northingM[0] && y <= c.northingM[1],
      ),
    ) ?? null
  );
}

/** A converter from the projection's metres to [longitude, latitude]. */
export function toLonLat(crs: ProjectedCrs): (position: Position) => Position {
  const converter = proj4(crs.proj, 'WGS84');
  return ([x, y, ...rest]) => [...converter.forward([x, y]), ...rest];
}
