/**
 * Correction mode in the state: `edit=1` in the link, never in a kiosk or a tour, the draft and
 * the list of corrections with undo, the patch they export, and bulk matching's accepted rows.
 */
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { acceptedCorrections, bulkRows } from '../../../src/lib/corrections/bulk';
import { formProblems, patchFileName } from '../../../src/lib/corrections/form';
import { buildPatch, parsePatch } from '../../../src/lib/corrections/patch';
import { correctedGroups } from '../../../src/lib/corrections/preview';
import { AtlasState } from '../../../src/lib/state/atlas.svelte';
import { parseHash, serialiseHash } from '../../../src/lib/state/url';
import { loadRealCatalogue } from '../search/real-catalogue';
import { place } from './fixtures';

const { catalog } = loadRealCatalogue();
const STATION = 'wujin-station';
const stationPoint = () => catalog.byId.get(STATION)!.geometry as Point;
const form = {
  precision: 'surveyed' as const,
  precision_m: 200,
  source_zh: '车站站房位置',
  source_en: 'the station building',
  date: '2026-12-06',
};

function editingAtlas(): AtlasState {
  const atlas = new AtlasState(catalog);
  atlas.applyUrl(parseHash('edit=1').state, []);
  return atlas;
}

describe('the edit=1 link parameter', () => {
  it('round-trips, and only 1 switches it on', () => {
    expect(parseHash('edit=1')).toEqual({ state: { edit: true }, problems: [] });
    expect(serialiseHash({ edit: true, lang: 'en' })).toBe('edit=1&lang=en');
    expect(parseHash('edit=yes').problems).toEqual(['edit: "yes" is not 1']);
    expect(parseHash('edit=yes').state.edit).toBeUndefined();
  });

  it('turns correction mode on, keeps it in the link, and a link without it turns it off', () => {
    const atlas = editingAtlas();
    expect(atlas.corrections.active).toBe(true);
    expect(atlas.hash).toContain('edit=1');
    atlas.applyUrl(parseHash('').state, []);
    expect(atlas.corrections.active).toBe(false);
  });

  it('is never in effect in a kiosk or while presenting', () => {
    const kiosk = new AtlasState(catalog);
    kiosk.applyUrl(parseHash('edit=1&kiosk=1').state, []);
    expect(kiosk.corrections.active).toBe(false);
    const tour = editingAtlas();
    tour.corrections.begin(STATION, { geometry: stationPoint(), precision: 'surveyed', precision_m: 150 });
    tour.startTour();
    expect(tour.corrections.active).toBe(false);
    expect(tour.corrections.draft).toBeNull();
  });
});

describe('corrections made in the page', () => {
  it('records a dragged point with its source, and undo takes it back', () => {
    const atlas = editingAtlas();
    const before = stationPoint();
    atlas.select(STATION);
    atlas.corrections.begin(STATION, { geometry: before, precision: 'surveyed', precision_m: 150 });
    expect(atlas.corrections.draft?.kind).toBe('point');
    const moved: Point = { type: 'Point', coordinates: [119.95, 31.665] };
    atlas.corrections.moveDraft(moved);
    expect(atlas.corrections.commit(form)).toBe(true);
    expect(atlas.corrections.list).toHaveLength(1);
    const parsed = parsePatch(JSON.parse(JSON.stringify(buildPatch(atlas.corrections.list))));
    expect(parsed.ok && parsed.patch.features[STATION]).toEqual({
      old: { geometry: before, precision: 'surveyed', precision_m: 150 },
      new: { geometry: moved, precision: 'surveyed', precision_m: 200 },
      source_zh: '车站站房位置',
      source_en: 'the station building',
      date: '2026-12-06',
    });
    expect(atlas.corrections.undo()?.id).toBe(STATION);
    expect(atlas.corrections.list).toEqual([]);
  });

  it('keeps the data’s position as "before" when a place is corrected twice', () => {
    const atlas = editingAtlas();
    const before = stationPoint();
    for (const lon of [119.95, 119.96]) {
      atlas.corrections.begin(STATION, { geometry: before, precision: 'surveyed', precision_m: 150 });
      atlas.corrections.moveDraft({ type: 'Point', coordinates: [lon, 31.66] });
      atlas.corrections.commit(form);
    }
    expect(atlas.corrections.list).toHaveLength(1);
    expect(atlas.corrections.list[0].old.geometry).toEqual(before);
    expect(atlas.corrections.list[0].new.geometry).toEqual({ type: 'Point', coordinates: [119.96, 31.66] });
  });

  it('records nothing until an unlocated place has been put somewhere', () => {
    const atlas = editingAtlas();
    atlas.corrections.begin('third-library', { geometry: null, precision: 'area', precision_m: 5000 });
    expect(atlas.corrections.commit(form)).toBe(false);
    expect(formProblems(form, false)).toEqual(['needGeometry']);
    expect(formProblems({ ...form, source_zh: 'only English', date: '2026-02-30' }, true)).toEqual([
      'needSourceZh',
      'needDate',
    ]);
  });

  it('drops the draft when another place is opened', () => {
    const atlas = editingAtlas();
    atlas.select(STATION);
    atlas.corrections.begin(STATION, { geometry: stationPoint(), precision: 'surveyed', precision_m: 150 });
    atlas.select('gehu');
    expect(atlas.corrections.draft).toBeNull();
  });

  it('draws each corrected place where it was put, without touching the catalogue', () => {
    const moved: Point = { type: 'Point', coordinates: [119.95, 31.665] };
    const groups = correctedGroups(catalog.groups, [
      {
        id: STATION,
        old: { geometry: stationPoint(), precision: 'surveyed', precision_m: 150 },
        new: { geometry: moved, precision: 'approximate', precision_m: 500 },
        ...form,
      },
    ]);
    const drawn = groups.transport.features.find((f) => f.properties.id === STATION)!;
    expect(drawn.geometry).toEqual(moved);
    expect(drawn.properties.precision).toBe('approximate');
    expect(stationPoint().coordinates).not.toEqual(moved.coordinates);
    expect(patchFileName('2026-12-06')).toBe('wujin-atlas-corrections-2026-12-06.json');
  });
});

describe('bulk matching', () => {
  const places = [
    place('lib', { name_zh: '第三图书馆', name_en: 'Third Library' }, null),
    place(
      'park',
      { name_zh: '滨湖公园', name_en: 'Binhu Park' },
      { type: 'Point', coordinates: [119.9, 31.6] },
    ),
  ];
  const file: Feature[] = [
    {
      type: 'Feature',
      properties: { 名称: '武进区第三图书馆' },
      geometry: { type: 'Point', coordinates: [119.95, 31.7] },
    },
    {
      type: 'Feature',
      properties: { 名称: '滨湖公园' },
      geometry: { type: 'Point', coordinates: [119.9, 31.61] },
    },
    {
      type: 'Feature',
      properties: { 名称: '无关的名字' },
      geometry: { type: 'Point', coordinates: [120, 31.7] },
    },
  ];

  it('makes a correction of each accepted row only, from today’s position to the chosen feature', () => {
    const rows = bulkRows(places, file);
    expect(rows.map((r) => [r.placeId, r.suggestions[0].name])).toEqual([
      ['lib', '武进区第三图书馆'],
      ['park', '滨湖公园'],
    ]);
    // 0.01° of latitude is 1,112 m on the mean Earth radius.
    expect(rows[1].suggestions[0].distanceM).toBeCloseTo((0.01 * Math.PI * 6371008.8) / 180, 0);
    rows[0].accepted = true;
    const meta = {
      precision: 'approximate' as const,
      precision_m: 300,
      source_zh: '规划文件',
      source_en: 'planning file',
      date: '2026-12-06',
    };
    const out = acceptedCorrections(rows, new Map(places.map((p) => [p.properties.id, p])), meta);
    expect(out).toEqual([
      {
        id: 'lib',
        old: { geometry: null, precision: 'area', precision_m: 5000 },
        new: {
          geometry: { type: 'Point', coordinates: [119.95, 31.7] },
          precision: 'approximate',
          precision_m: 300,
        },
        source_zh: '规划文件',
        source_en: 'planning file',
        date: '2026-12-06',
      },
    ]);
  });
});
