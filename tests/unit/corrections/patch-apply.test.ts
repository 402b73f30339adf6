import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { applyPatch, formatChanges } from '../../../src/lib/corrections/apply';
import { buildPatch, isIsoDate, parsePatch, type Correction } from '../../../src/lib/corrections/patch';
import { validateCatalog } from '../../../src/lib/catalog/validate';
import { GROUP_IDS } from '../../../src/lib/catalog/groups';
import type { GroupId, PlaceFeature } from '../../../src/lib/catalog/types';
import { haversineM, stationEntry } from './fixtures';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const realLayers = () =>
  Object.fromEntries(GROUP_IDS.map((g) => [g, JSON.parse(read(`geo/layers/${g}.geojson`))])) as Record<
    GroupId,
    FeatureCollection
  >;
const find = (layers: Record<GroupId, FeatureCollection>, id: string) =>
  Object.values(layers)
    .flatMap((fc) => fc.features as PlaceFeature[])
    .find((f) => f.properties.id === id)!;

const stationMove: Correction = {
  id: 'wujin-station',
  ...stationEntry([119.943123456, 31.659999], 50, {
    source_zh: '常州市规划局站点坐标',
    source_en: 'Site coordinate from the Changzhou planning bureau',
  }),
};

describe('patch files', () => {
  it('rounds coordinates to five decimals and keys entries by place id', () => {
    const patch = buildPatch([stationMove]);
    expect(Object.keys(patch.features)).toEqual(['wujin-station']);
    expect(patch.features['wujin-station'].new.geometry).toEqual({
      type: 'Point',
      coordinates: [119.94312, 31.66],
    });
  });

  it('reads back what it writes', () => {
    const patch = buildPatch([stationMove]);
    expect(parsePatch(JSON.parse(JSON.stringify(patch)))).toEqual({ ok: true, patch });
  });

  it('names each problem of a malformed patch', () => {
    const patch = JSON.parse(JSON.stringify(buildPatch([stationMove])));
    patch.features['wujin-station'].source_zh = 'only English';
    patch.features['wujin-station'].date = '2026-13-01';
    const parsed = parsePatch(patch);
    expect(parsed.ok).toBe(false);
    const text = parsed.ok ? '' : parsed.problems.join('\n');
    expect(text).toContain('features.wujin-station.source_zh');
    expect(text).toContain('features.wujin-station.date');
    expect(parsePatch({ format: 'something-else' }).ok).toBe(false);
  });

  it('knows a calendar date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});

describe('applying a patch to the layers', () => {
  it('moves the place, records the correction and keeps the catalogue valid', () => {
    const layers = realLayers();
    const { layers: out, changes, problems } = applyPatch(layers, buildPatch([stationMove]));
    expect(problems).toEqual([]);
    const f = find(out, 'wujin-station');
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [119.94312, 31.66] });
    expect(f.properties.precision_m).toBe(50);
    expect(f.properties.source_zh).toBe('常州市规划局站点坐标');
    expect(f.properties.corrections).toEqual([
      {
        date: '2026-12-06',
        source_zh: '常州市规划局站点坐标',
        source_en: 'Site coordinate from the Changzhou planning bureau',
        from_precision: 'surveyed',
      },
    ]);
    expect(changes).toHaveLength(1);
    expect(changes[0].group).toBe('transport');
    expect(changes[0].movedM).toBe(Math.round(haversineM([119.9424, 31.6603], [119.94312, 31.66])));
    // the input is untouched
    expect(find(layers, 'wujin-station').geometry).toEqual({
      type: 'Point',
      coordinates: [119.9424, 31.6603],
    });
    const { errors } = validateCatalog({
      layers: out,
      metrics: JSON.parse(read('data/metrics.json')),
      reportText: read('data/report/wujin-2024-government-work-report.txt'),
      tour: JSON.parse(read('data/tour.json')),
    });
    expect(errors).toEqual([]);
    expect(formatChanges(changes)).toContain(
      'wujin-station (武进站综合交通枢纽) in geo/layers/transport.geojson',
    );
  });

  it('locates an unlocated place and writes its outline counter-clockwise', () => {
    const layers = realLayers();
    const target = Object.values(layers)
      .flatMap((fc) => fc.features as PlaceFeature[])
      .find((f) => f.properties.unlocated)!;
    // A clockwise square (west → north → east → south); RFC 7946 wants the reverse.
    const cw = [
      [119.9, 31.7],
      [119.9, 31.71],
      [119.91, 31.71],
      [119.91, 31.7],
      [119.9, 31.7],
    ];
    const patch = buildPatch([
      {
        id: target.properties.id,
        old: {
          geometry: null,
          precision: target.properties.precision,
          precision_m: target.properties.precision_m,
        },
        new: { geometry: { type: 'Polygon', coordinates: [cw] }, precision: 'approximate', precision_m: 500 },
        source_zh: '企业注册地址',
        source_en: 'Registered address of the company',
        date: '2026-12-01',
      },
    ]);
    const { layers: out, changes } = applyPatch(layers, patch);
    const f = find(out, target.properties.id);
    expect(f.properties.unlocated).toBeUndefined();
    expect(f.properties.corrections?.[0].from_precision).toBe('unlocated');
    expect(f.geometry).toEqual({ type: 'Polygon', coordinates: [[...cw].reverse()] });
    expect(changes[0].movedM).toBeNull();
  });

  it('refuses a place whose geometry changed since the patch was made, unless forced', () => {
    const stale = {
      ...stationMove,
      old: { ...stationMove.old, geometry: { type: 'Point' as const, coordinates: [119.9, 31.6] } },
    };
    const result = applyPatch(realLayers(), buildPatch([stale]));
    expect(result.problems).toEqual([expect.stringContaining('wujin-station: its geometry has changed')]);
    expect(result.changes).toEqual([]);
    expect(applyPatch(realLayers(), buildPatch([stale]), { force: true }).problems).toEqual([]);
  });

  it('names an id that is not in the layers', () => {
    const result = applyPatch(realLayers(), buildPatch([{ ...stationMove, id: 'no-such-place' }]));
    expect(result.problems).toEqual(['no-such-place: no place with this id in geo/layers']);
  });
});
