/**
 * Zone members in the real data: each place the catalogue counts with a zone stands inside that
 * zone's outline, and the zones the map labels hold the members named here from the sources'
 * wording ("Placed in 武进国家高新区", "at the 两湖 core zone centre").
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { PlaceCollection } from '../../../src/lib/catalog/types';
import { zoneMembers } from '../../../src/lib/catalog/zones';

const places = GROUP_IDS.flatMap(
  (g) =>
    (
      JSON.parse(
        readFileSync(new URL(`../../../geo/layers/${g}.geojson`, import.meta.url), 'utf8'),
      ) as PlaceCollection
    ).features,
);
const byId = new Map(places.map((p) => [p.properties.id, p]));

describe('zone members', () => {
  it('each member point lies inside its zone', () => {
    for (const p of places) {
      const zoneId = p.properties.zone;
      if (zoneId === undefined || p.geometry?.type !== 'Point') continue;
      const zone = byId.get(zoneId) as Feature<Polygon | MultiPolygon>;
      expect(booleanPointInPolygon(p.geometry.coordinates, zone), `${p.properties.id} in ${zoneId}`).toBe(
        true,
      );
    }
  });

  it('lists the members of each zone, in catalogue order', () => {
    const members = zoneMembers(places);
    const ids = (zone: string) => (members.get(zone) ?? []).map((p) => p.properties.id).sort();
    expect(ids('wujin-hitech-zone')).toEqual(
      [
        'longcheng-xingu',
        'li-auto-base',
        'taiyo-yuden',
        'quectel-base',
        'hengli-hydraulic',
        'wide-bandgap-center',
        'sino-israel-park',
        'sino-israel-innovation-village',
        'wunan-2-reclaimed-water',
        'wugaoxin-wwtp-1',
        'wanbang-digital-energy',
      ].sort(),
    );
    expect(ids('xitaihu-park')).toHaveLength(7);
    expect(ids('lianghu-core')).toHaveLength(8);
    expect([...members.keys()].sort()).toEqual(['lianghu-core', 'wujin-hitech-zone', 'xitaihu-park']);
  });
});
