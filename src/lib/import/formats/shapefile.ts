/**
 * Shapefiles, through shpjs (its parsers only: the atlas decides the coordinate system and the
 * text encoding itself). The `.dbf`'s encoding comes from the `.cpg`; without one, from the
 * `.dbf`'s language driver byte, else UTF-8 when the text is valid UTF-8 and GBK otherwise — the
 * usual case for files from Chinese Windows, which write no `.cpg`.
 */
import { combine, parseDbf, parseShp } from 'shpjs';
import { crsFromPrj } from '../../geo/projected';
import { say, shownName } from '../../geo/user-data';
import { decodeText, encodingLabel } from '../text';
import type { Reading } from '../types';

export interface ShapefileParts {
  /** The layer's name: the file name without its extension (or the archive's entry). */
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/** The `.dbf` language driver ids that mean a Chinese code page (Esri's table). */
const CHINESE_LDIDS = new Set([0x4d, 0x7a]);

export function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): string {
  const fromCpg = cpg ? encodingLabel(decodeText(cpg)) : null;
  if (fromCpg) return fromCpg;
  if (CHINESE_LDIDS.has(dbf[29])) return 'gbk';
  // Records start after the header, whose length is stored at bytes 8–9.
  const headerLength = dbf.length > 10 ? dbf[8] | (dbf[9] << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      dbf.subarray(0, Math.min(dbf.length, headerLength + 1_000_000)),
    );
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

export function readShapefile(parts: ShapefileParts): Reading {
  const file = shownName(parts.name);
  if (!parts.shp) return { ok: false, problem: say('shapefileNoShp', file) };
  let features: unknown[];
  try {
    const geometries = parseShp(parts.shp);
    const rows = parts.dbf ? parseDbf(parts.dbf, dbfEncoding(parts.dbf, parts.cpg)) : undefined;
    features = combine([geometries, rows]).features;
  } catch {
    return { ok: false, problem: say('shapefileBroken', file) };
  }
  return {
    ok: true,
    layers: [
      {
        name: parts.name,
        format: 'shapefile',
        features,
        declared: parts.prj ? crsFromPrj(decodeText(parts.prj)) : null,
      },
    ],
  };
}
