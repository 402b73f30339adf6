// The markers' spread and counted discs for the places shown: a hidden place is neither spread
// nor counted, the shown ones are laid out as if the hidden ones were not there, and a change
// extends the offset tables the map holds rather than renumbering them.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { fromArtifact } from '../../../src/lib/catalog/artifact';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId } from '../../../src/lib/catalog/types';
import { catalogueArtifact } from '../../../src/lib/catalog/vite-plugin-validate';
import { toMapFeatures } from '../../../src/lib/map/features';
import { spreadTablesOf } from '../../../src/lib/map/marker-data';
import { spreadPlaces, type SpreadPlaces } from '../../../src/lib/map/style/atlas-style';
import {
  SPREAD_ZOOMS,
  spreadOffsetExpression,
  spreadProperty,
} from '../../../src/lib/map/style/marker-spread';
import { clusteredProperty } from '../../../src/lib/map/style/marker-clusters';

const result = fromArtifact(JSON.parse(JSON.stringify(catalogueArtifact('.'))));
if (!result.ok) throw new Error(result.reason);
const catalog = result.catalog;
const places = toMapFeatures(catalog);
const transportIds = new Set(catalog.groups.transport.features.map((f) => f.properties.id));
const withoutTransport = (_id: string, group: GroupId) => group !== 'transport';

/** Each place's offset per zoom as drawn (its table entry), and whether it is counted in a disc. */
function drawn(spread: SpreadPlaces): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of GROUP_IDS)
    for (const f of spread.places[g].features) {
      const p = f.properties ?? {};
      out.set(
        `${String(f.id)}/${f.geometry.type}/${p.label_point ? 'label' : ''}`,
        SPREAD_ZOOMS.map((_, i) =>
          p[clusteredProperty(i)]
            ? 'disc'
            : JSON.stringify(spread.tables[i]![Number(p[spreadProperty(i)] ?? 0)]),
        ),
      );
    }
  return out;
}

describe('spread and discs for the places shown', () => {
  it('leave hidden places out of every disc and offset, and lay the rest out as if they were absent', () => {
    const spread = spreadPlaces(places, 1, catalog.spread, withoutTransport);
    const members = spread.clusters.features.flatMap((f) => String(f.properties?.members).split(','));
    expect(members.length).toBeGreaterThan(0);
    expect(members.filter((id) => transportIds.has(id))).toEqual([]);
    for (const f of spread.clusters.features)
      expect(String(f.properties?.members).split(',')).toHaveLength(Number(f.properties?.count));
    for (const f of spread.places.transport.features)
      expect(Object.keys(f.properties ?? {}).filter((k) => /^(spread|clustered)_/.test(k))).toEqual([]);

    // The same markers with 交通's simply not in the catalogue.
    const emptied = {
      ...places,
      transport: { type: 'FeatureCollection', features: [] } as FeatureCollection,
    };
    const alone = drawn(spreadPlaces(emptied, 1));
    const shown = drawn(spread);
    for (const [key, offsets] of alone) expect(shown.get(key), key).toEqual(offsets);
  });

  it("use the build's cache only while everything is shown", () => {
    expect(spreadPlaces(places, 1, catalog.spread, () => true)).toEqual(spreadPlaces(places, 1));
    const poisoned = {
      ...catalog.spread!,
      scales: {
        1: Object.fromEntries(
          [...catalog.byId.keys()].map((id) => [id, SPREAD_ZOOMS.flatMap(() => [99, 99])]),
        ),
      },
    };
    const subset = spreadPlaces(places, 1, poisoned, withoutTransport);
    expect(subset.tables.flat().some(([dx, dy]) => dx === 99 && dy === 99)).toBe(false);
  });

  it('extend the tables in use: old indices keep their offsets, every place is drawn as without them', () => {
    const before = spreadPlaces(places, 1, catalog.spread);
    const after = spreadPlaces(places, 1, catalog.spread, withoutTransport, before.tables);
    before.tables.forEach((table, i) => expect(after.tables[i]!.slice(0, table.length)).toEqual(table));
    expect(drawn(after)).toEqual(drawn(spreadPlaces(places, 1, catalog.spread, withoutTransport)));
  });

  it("read back the tables from the map's icon-offset expression", () => {
    const { tables } = spreadPlaces(places, 1.5, catalog.spread);
    const read = spreadTablesOf(spreadOffsetExpression(tables));
    expect(read).toEqual(tables.map((t) => (t.length <= 1 ? [[0, 0]] : t)));
    expect(spreadTablesOf([0, 0])).toBeUndefined();
  });
});
