/**
 * The metro stations are found by what people call them (地铁, ditie, dt, 地铁站, 5号线站), and two
 * initials do not pull in names that merely contain those letters somewhere. Expected ids are read
 * from the data files by category, not from the search code.
 */
import { describe, expect, it } from 'vitest';
import { flatHits, search } from '../../../src/lib/search/search';
import { loadRealCatalogue } from './real-catalogue';

const { catalog, index } = loadRealCatalogue();
const stations = catalog.places
  .filter((p) => p.properties.category === 'metro_station')
  .map((p) => p.properties.id)
  .sort();
const metro = new Set(
  catalog.places
    .filter((p) => p.properties.category === 'metro_station' || p.properties.category === 'metro')
    .map((p) => p.properties.id),
);
/** Place ids found, with room for every station (the list shows 8 at first). */
const placeIds = (query: string, limit = 20) =>
  flatHits(search(index, query, { limits: { place: limit, town: 5, figure: 5 } }))
    .filter((h) => h.kind === 'place')
    .map((h) => h.id);

describe('metro stations in search', () => {
  it('are in the catalogue, all eleven of line 5', () => {
    expect(stations).toHaveLength(11);
  });

  it.each(['地铁', 'ditie', 'dt', '地铁站', '5号线站', 'metro line 5 station'])(
    'are all found by "%s"',
    (q) => {
      const found = placeIds(q);
      expect(stations.filter((id) => !found.includes(id))).toEqual([]);
    },
  );

  it.each(['dt', 'ditie', '地铁'])('"%s" brings nothing but the metro', (q) => {
    expect(placeIds(q).filter((id) => !metro.has(id))).toEqual([]);
    // The first screen of results (8 places) is all metro too.
    expect(placeIds(q, 8).every((id) => metro.has(id))).toBe(true);
  });

  it('still finds a name by its consecutive initials', () => {
    expect(placeIds('wjz')[0]).toBe('wujin-station');
  });
});
