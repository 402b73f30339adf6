/**
 * KML (Google Earth, 奥维互动地图), KMZ (KML zipped) and GPX tracks, through @tmcw/togeojson. The XML
 * is parsed by xmldom, which works in a Web Worker where the browser's DOMParser does not exist.
 * Both formats are longitude/latitude by definition.
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { say, shownName } from '../../geo/user-data';
import { decodeText } from '../text';
import type { Reading } from '../types';
import { splitName, unzip } from './zip';

export function readXml(name: string, bytes: Uint8Array): Reading {
  const file = shownName(name);
  const broken: Reading = { ok: false, problem: say('xmlBroken', file) };
  let doc;
  try {
    doc = new DOMParser({
      onError(level) {
        if (level !== 'warning') throw new Error(level);
      },
    }).parseFromString(decodeText(bytes), 'text/xml');
  } catch {
    return broken;
  }
  const root = doc.documentElement?.localName?.toLowerCase();
  try {
    if (root === 'kml')
      return { ok: true, layers: [{ name, format: 'kml', features: kml(doc).features, declared: null }] };
    if (root === 'gpx')
      return { ok: true, layers: [{ name, format: 'gpx', features: gpx(doc).features, declared: null }] };
  } catch {
    return broken;
  }
  return broken;
}

/** A KMZ: the KML inside (doc.kml by convention, else the first one). */
export function readKmz(name: string, bytes: Uint8Array): Reading {
  const entries = unzip(bytes);
  if (!entries) return { ok: false, problem: say('zipBroken', shownName(name)) };
  const kmls = [...entries.keys()].filter((k) => splitName(k).ext === 'kml');
  const main = kmls.find((k) => k.toLowerCase().endsWith('doc.kml')) ?? kmls[0];
  if (!main) return { ok: false, problem: say('zipEmpty', shownName(name)) };
  const read = readXml(name, entries.get(main)!);
  return read;
}
