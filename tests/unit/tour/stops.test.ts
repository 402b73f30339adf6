import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/lib/catalog/catalog';
import { formatFigure } from '../../../src/lib/catalog/metrics-units';
import { placeBounds } from '../../../src/lib/geo/bounds';
import { parseHash } from '../../../src/lib/state/url';
import { groupIndex } from '../../../src/lib/state/filters';
import { contains, intersects, isFramed } from '../../../src/lib/tour/camera';
import { buildTour, nextStopId, previousStopId, type TourStop } from '../../../src/lib/tour/stops';
import { loadRealCatalogue } from '../search/real-catalogue';

let catalog: Catalog;
let stops: TourStop[];

beforeAll(() => {
  catalog = loadRealCatalogue().catalog;
  stops = buildTour(catalog);
});

const CJK = /[\u3400-\u9fff]/;

describe('the tour as data', () => {
  it('follows the report: title, the 2023 review, the 2024 targets, the five plan areas, end', () => {
    expect(stops.map((s) => s.id)).toEqual([
      'title',
      'review-summary',
      'review-1',
      'review-2',
      'review-3',
      'review-4',
      'review-5',
      'review-6',
      'plan-targets',
      'plan-1',
      'plan-2',
      'plan-3',
      'plan-4',
      'plan-5',
      'end',
    ]);
    expect(stops[0].kind).toBe('title');
    expect(stops.at(-1)!.kind).toBe('end');
    // Building twice gives the same tour (ids, places, cameras): links to a stop stay valid.
    expect(buildTour(catalog)).toEqual(stops);
  });

  it('uses ids a link can carry', () => {
    for (const stop of stops) {
      expect(parseHash(`tour=${stop.id}`)).toEqual({ state: { tour: stop.id }, problems: [] });
    }
    expect(new Set(stops.map((s) => s.id)).size).toBe(stops.length);
  });

  it('lists only places that exist and that the stop’s section mentions', () => {
    for (const stop of stops) {
      for (const id of stop.places) {
        const place = catalog.byId.get(id);
        expect(place, `${stop.id}: ${id}`).toBeDefined();
        const sections = place!.properties.report.map(
          (r) => catalog.report.paragraphs.get(r.paragraph)?.section,
        );
        expect(sections, `${stop.id}: ${id}`).toContain(stop.section);
      }
    }
  });

  it('takes every place a section mentions (spot checks by hand)', () => {
    const placesOf = (id: string) => stops.find((s) => s.id === id)!.places;
    expect(placesOf('review-1')).toEqual(
      expect.arrayContaining(['longcheng-xingu', 'li-auto-base', 'quectel-base']),
    );
    expect(placesOf('review-4')).toEqual(expect.arrayContaining(['taihu', 'gehu', 'taihu-centre']));
    expect(placesOf('review-5')).toEqual(
      expect.arrayContaining(['wujin-station', 'hsr-riverside', 'metro-5-pilot']),
    );
    expect(placesOf('plan-3')).toEqual(
      expect.arrayContaining(['gehu-wetland-chain', 'gehu-shore-restoration']),
    );
    expect(placesOf('plan-4')).toEqual(
      expect.arrayContaining(['metro-5', 'tenglong-expressway', 'changzhou-south-cbd']),
    );
    expect(placesOf('plan-5')).toEqual(expect.arrayContaining(['wujin-hospital-south', 'fourth-library']));
    expect(placesOf('review-3')).toEqual(['wujin-shanghai-center']);
    expect(placesOf('title')).toEqual([]);
    expect(placesOf('plan-targets')).toEqual([]);
  });

  it('shows every figure the script names, each from the stop’s own section', () => {
    for (const script of catalog.tour) {
      const stop = stops.find((s) => s.id === script.id)!;
      expect(
        stop.metrics.map((m) => m.id),
        script.id,
      ).toEqual(script.metrics);
      for (const metric of stop.metrics) {
        expect(catalog.report.paragraphs.get(metric.section)?.section, metric.id).toBe(stop.section);
        // Every figure can be rendered with its unit and qualifier in both languages.
        expect(formatFigure(metric, 'zh')).not.toBe('');
        expect(formatFigure(metric, 'en')).not.toBe('');
      }
      expect(stop.metrics.length, script.id).toBeLessThanOrEqual(4);
      if (stop.kind === 'section') expect(stop.metrics.length, script.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('quotes the report verbatim, from the stop’s section, or not at all', () => {
    for (const script of catalog.tour) {
      const stop = stops.find((s) => s.id === script.id)!;
      if (!script.quote) {
        expect(stop.quote).toBeNull();
        continue;
      }
      expect(stop.quote, `${script.id}: quote not found in ${script.section}`).not.toBeNull();
      const paragraph = catalog.report.paragraphs.get(stop.quote!.paragraph)!;
      expect(paragraph.section).toBe(stop.section);
      expect(paragraph.text).toContain(stop.quote!.zh);
      expect(stop.quote!.en).not.toMatch(CJK);
    }
  });

  it('says everything in both languages', () => {
    for (const stop of stops) {
      for (const text of [stop.title, stop.text, stop.eyebrow]) {
        expect(text.zh, stop.id).toMatch(CJK);
        expect(text.en.length, stop.id).toBeGreaterThan(0);
        expect(text.en, stop.id).not.toMatch(CJK);
      }
    }
  });

  it('points each camera at the stop’s places: framed places whole, larger ones at least in view', () => {
    for (const stop of stops) {
      const [w, s, e, n] = stop.camera;
      expect(w < e && s < n, stop.id).toBe(true);
      for (const id of stop.places) {
        const place = catalog.byId.get(id)!;
        const box = placeBounds(place);
        if (!box || place.properties.outside) continue;
        if (isFramed(place)) expect(contains(stop.camera, box), `${stop.id}: ${id}`).toBe(true);
        else expect(intersects(stop.camera, box), `${stop.id}: ${id}`).toBe(true);
      }
    }
    // A themed stop frames its own places, not the whole district.
    const review1 = stops.find((s) => s.id === 'review-1')!.camera;
    expect(review1[2] - review1[0]).toBeLessThan(0.3);
  });

  it('shows the layer groups of its places and the year of its part of the report', () => {
    const groupOf = groupIndex(catalog.groups);
    for (const stop of stops) {
      expect(stop.groups.length, stop.id).toBeGreaterThan(0);
      for (const id of stop.places) {
        const place = catalog.byId.get(id)!;
        if (!place.geometry || place.properties.outside) continue;
        expect(stop.groups, `${stop.id}: ${id}`).toContain(groupOf.get(id));
      }
      expect(stop.year, stop.id).toBe(stop.part === 'review' ? 2023 : stop.part === 'plan' ? 2024 : null);
    }
    expect(stops.find((s) => s.id === 'review-4')!.groups).toEqual(['water']);
  });

  it('steps forwards and backwards, stopping at the ends unless asked to wrap', () => {
    expect(nextStopId(stops, 'title')).toBe('review-summary');
    expect(nextStopId(stops, 'end')).toBe('end');
    expect(nextStopId(stops, 'end', true)).toBe('title');
    expect(nextStopId(stops, 'no-such-stop')).toBe('title');
    expect(previousStopId(stops, 'review-summary')).toBe('title');
    expect(previousStopId(stops, 'title')).toBe('title');
  });
});
