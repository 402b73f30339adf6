/**
 * CAD drawings (DXF, through dxf-parser): points, lines and polylines of the model space, closed
 * polylines as areas, and texts as points carrying their text. Each feature keeps its CAD layer
 * and entity type as attributes. A DXF declares no coordinate system: its numbers are taken as
 * longitude/latitude or, in metres, as Gauss–Krüger where that lands in the region (user-data.ts).
 * Arcs inside polylines (bulges) are drawn as their chords; blocks, circles, hatches and splines
 * are left out.
 */
import DxfParser from 'dxf-parser';
import type { IEntity, IPoint } from 'dxf-parser';
import { say, shownName } from '../../geo/user-data';
import { decodeText } from '../text';
import type { Reading } from '../types';

type Entity = IEntity & {
  vertices?: IPoint[];
  shape?: boolean;
  position?: IPoint;
  startPoint?: IPoint;
  text?: string;
};

const xy = (p: IPoint): [number, number] => [p.x, p.y];

/** MTEXT formatting codes (\P paragraph, {\f…;} fonts) stripped to the words. */
function plainText(text: string): string {
  return text
    .replace(/\\P/g, ' ')
    .replace(/\\[A-Za-z][^;\\{}]*;/g, '')
    .replace(/[{}]/g, '')
    .trim();
}

function geometryOf(e: Entity): { type: string; coordinates: unknown } | null {
  switch (e.type) {
    case 'POINT':
      return e.position ? { type: 'Point', coordinates: xy(e.position) } : null;
    case 'TEXT':
    case 'MTEXT': {
      const at = e.startPoint ?? e.position;
      return at ? { type: 'Point', coordinates: xy(at) } : null;
    }
    case 'LINE':
    case 'LWPOLYLINE':
    case 'POLYLINE': {
      const line = (e.vertices ?? []).map(xy);
      if (line.length < 2) return null;
      if (e.shape && line.length >= 3) return { type: 'Polygon', coordinates: [[...line, line[0]]] };
      return { type: 'LineString', coordinates: line };
    }
    default:
      return null;
  }
}

export function readDxf(name: string, bytes: Uint8Array): Reading {
  const file = shownName(name);
  let entities: Entity[];
  try {
    const dxf = new DxfParser().parseSync(decodeText(bytes));
    if (!dxf) return { ok: false, problem: say('dxfBroken', file) };
    entities = (dxf.entities ?? []) as Entity[];
  } catch {
    return { ok: false, problem: say('dxfBroken', file) };
  }
  const features: unknown[] = [];
  for (const e of entities) {
    if (e.inPaperSpace) continue;
    const geometry = geometryOf(e);
    if (!geometry) continue;
    const properties: Record<string, string> = { layer: e.layer ?? '', type: e.type };
    if (typeof e.text === 'string') properties.text = plainText(e.text);
    features.push({ type: 'Feature', properties, geometry });
  }
  return { ok: true, layers: [{ name, format: 'dxf', features, declared: null }] };
}
