/**
 * A file kept in IndexedDB comes back only through the same checks as a new file: a damaged entry
 * (a null feature, a wrong shape, another version, a cycle, absurd depth) is refused without a
 * throw, and a sound one comes back whole.
 */
import { describe, expect, it } from 'vitest';
import { validatedEntry } from '../../../../src/lib/ui/user-data/keep';

const point = {
  type: 'Feature',
  properties: { name: '站点' },
  geometry: { type: 'Point', coordinates: [119.95, 31.7] },
};
const entry = (data: unknown, name: unknown = 'plan.geojson') => ({ version: 1, data: { name, data } });
const collection = (features: unknown) => ({ type: 'FeatureCollection', features });

const cyclic: Record<string, unknown> = { type: 'FeatureCollection' };
cyclic.features = [cyclic];
let deep: unknown = [119.95, 31.7];
for (let i = 0; i < 10_000; i++) deep = [deep];

const damaged: Record<string, unknown> = {
  'a null feature': entry(collection([null, point])),
  'only a null feature': entry(collection([null])),
  'features that are not a list': entry(collection('features')),
  'a geometry collection whose geometries are not a list': entry(
    collection([
      { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: 'x' } },
    ]),
  ),
  'coordinates that are not numbers': entry(
    collection([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 'b'] } }]),
  ),
  'no data': { version: 1, data: null },
  'a name that is not text': entry(collection([point]), 5),
  'another version': { version: 0, data: 'old' },
  'a string': 'file',
  null: null,
  'a list': [1, 2, 3],
  'a cycle': entry(cyclic),
  'nesting 10,000 deep': entry(
    collection([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: deep } }]),
  ),
};

describe('a kept entry on restore', () => {
  for (const [name, value] of Object.entries(damaged)) {
    it(`is refused without a throw: ${name}`, async () => {
      await expect(validatedEntry(value)).resolves.toBeNull();
    });
  }

  it('comes back whole when it is sound, its conversion kept only when it names one the atlas makes', async () => {
    const data = await validatedEntry({
      version: 1,
      data: { name: 'plan.geojson', data: collection([point]), convertedFrom: 'EPSG:4549' },
    });
    expect(data?.data.features).toHaveLength(1);
    expect(data?.convertedFrom).toBe('EPSG:4549');
    const odd = await validatedEntry({
      version: 1,
      data: {
        name: 'plan.geojson',
        data: collection([point]),
        convertedFrom: '<img src=x onerror=alert(1)>',
      },
    });
    expect(odd?.convertedFrom).toBeNull();
  });
});
