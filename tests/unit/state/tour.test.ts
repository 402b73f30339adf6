import { describe, expect, it } from 'vitest';
import { AtlasState, DEFAULT_GROUPS, NO_INSET } from '../../../src/lib/state/atlas.svelte';
import type { AtlasCommand } from '../../../src/lib/state/commands';
import { parseHash, serialiseHash } from '../../../src/lib/state/url';
import { buildTour } from '../../../src/lib/tour/stops';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();
const stops = buildTour(catalog);

/** Every command the atlas sends to the map, in order. */
function recordCommands(atlas: AtlasState): AtlasCommand[] {
  const sent: AtlasCommand[] = [];
  atlas.commands.subscribe(['fit', 'jump', 'export'], (c) => sent.push(c));
  return sent;
}

describe('the tour in the atlas state', () => {
  it('starts before its stops have loaded and shows the stop once they have', () => {
    const atlas = new AtlasState(catalog);
    const sent = recordCommands(atlas);
    atlas.startTour('review-4');
    expect(atlas.presentation.stopId).toBe('review-4');
    expect(atlas.presentation.stop).toBeNull();
    expect(sent).toEqual([]);
    atlas.setTourStops(stops);
    expect(atlas.presentation.stop?.id).toBe('review-4');
    expect(atlas.filters.groups).toEqual(['water']);
    expect(atlas.filters.year).toBe(2023);
    expect(atlas.markedPlaces).toEqual(stops[5].places);
    expect(sent).toEqual([{ kind: 'fit', bbox: stops[5].camera, inset: NO_INSET }]);
  });

  it('leaving puts back the camera, selection, figure and filters from before', () => {
    const atlas = new AtlasState(catalog);
    const sent = recordCommands(atlas);
    atlas.setTourStops(stops);
    atlas.view.cameraMoved({ zoom: 12, lat: 31.7, lon: 119.9 });
    atlas.select('gehu');
    atlas.selectFigure('gdp-2023');
    atlas.filters.setYear(2024);
    atlas.filters.setStatuses(['planned']);
    atlas.filters.setTown('hutang');
    atlas.filters.toggleGroup('urban');
    const groups = atlas.filters.groups;
    atlas.startTour();
    expect(atlas.presentation.stopId).toBe('title');
    atlas.goToStop('plan-4');
    expect(atlas.selection).toMatchObject({ placeId: null, figureId: null });
    expect(atlas.filters).toMatchObject({ statuses: null, town: null, year: 2024 });
    expect(atlas.filters.groups).toEqual(stops.find((s) => s.id === 'plan-4')!.groups);
    atlas.leaveTour();
    expect(atlas.presentation.stopId).toBeNull();
    expect(atlas.selection).toMatchObject({ placeId: 'gehu', figureId: 'gdp-2023' });
    expect(atlas.filters).toMatchObject({ year: 2024, town: 'hutang' });
    expect(atlas.filters.statuses).toEqual(['planned']);
    expect(atlas.filters.groups).toEqual(groups);
    expect(sent.at(-1)).toEqual({ kind: 'jump', camera: { zoom: 12, lat: 31.7, lon: 119.9 } });
    expect(atlas.markedPlaces).toEqual([]);
    expect(atlas.presentation.captionInset).toEqual(NO_INSET);
  });

  it('names only the stop in the link while presenting, and the whole view again afterwards', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.select('gehu');
    atlas.view.setLang('en');
    atlas.startTour('review-1');
    expect(atlas.hash).toBe('tour=review-1&lang=en');
    atlas.leaveTour();
    expect(parseHash(atlas.hash).state).toMatchObject({ sel: 'gehu', lang: 'en' });
    expect(atlas.hash).not.toContain('tour=');
  });

  it('keeps the chosen basemap in the link while presenting, so a reload mid-tour offers it again', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.basemap.set('osm');
    atlas.startTour('review-1');
    expect(parseHash(atlas.hash).state).toEqual({ tour: 'review-1', base: 'osm' });
    const reloaded = new AtlasState(catalog);
    reloaded.setTourStops(stops);
    reloaded.applyUrl(parseHash(atlas.hash).state, []);
    // A new visit is not taken online by its link: the basemap waits for the visitor's yes.
    expect({
      tour: reloaded.presentation.stopId,
      basemap: reloaded.basemap.kind,
      offer: reloaded.basemap.offer,
    }).toEqual({ tour: 'review-1', basemap: 'embedded', offer: 'osm' });
    reloaded.basemap.acceptOffer();
    expect(reloaded.basemap.kind).toBe('osm');
  });

  it('applies tour, kiosk and idle from a link, and reports a stop it does not know', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    const problems: string[] = [];
    atlas.applyUrl(parseHash('tour=plan-2&kiosk=1&idle=45').state, problems);
    expect(problems).toEqual([]);
    expect({
      tour: atlas.presentation.stopId,
      kiosk: atlas.presentation.kiosk,
      idleS: atlas.presentation.idleS,
    }).toEqual({
      tour: 'plan-2',
      kiosk: true,
      idleS: 45,
    });
    expect(atlas.hash).toBe(serialiseHash({ tour: 'plan-2', kiosk: true, idle: 45 }));
    const later: string[] = [];
    atlas.applyUrl(parseHash('tour=no-such-stop').state, later);
    expect(later).toEqual(['tour: no stop "no-such-stop"']);
    expect(atlas.presentation.stopId).toBe('plan-2');
  });

  it('a kiosk reset forgets what visitors left and starts the tour at its title', () => {
    const atlas = new AtlasState(catalog);
    const sent = recordCommands(atlas);
    atlas.setTourStops(stops);
    atlas.select('gehu');
    atlas.filters.setYear(2023);
    atlas.filters.toggleGroup('water');
    atlas.tools.showSearchPin({ lon: 119.9, lat: 31.7, label: '湖塘' });
    atlas.notices.notify('warning', { zh: '留下的提示', en: 'left behind' });
    atlas.view.openPanel('near');
    atlas.resetForKiosk();
    expect(atlas.presentation.stopId).toBe('title');
    expect(atlas.selection.placeId).toBeNull();
    expect(atlas.filters.year).toBeNull();
    expect(atlas.tools.searchPin).toBeNull();
    expect(atlas.view.panel).toBe('overview');
    expect(atlas.filters.groups).toEqual(DEFAULT_GROUPS);
    expect(atlas.notices.items).toEqual([]);
    // Leaving the tour afterwards shows the whole district, not the visitor's view.
    atlas.leaveTour();
    expect(atlas.filters.groups).toEqual(DEFAULT_GROUPS);
    expect(atlas.selection.placeId).toBeNull();
    expect(sent.at(-1)).toEqual({ kind: 'fit', bbox: [119.668, 31.334, 120.202, 31.811] });
  });

  it('frames a stop clear of the caption', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    const sent = recordCommands(atlas);
    atlas.presentation.setCaptionInset({ ...NO_INSET, left: 640 });
    atlas.startTour('review-2');
    expect(sent.at(-1)).toMatchObject({ kind: 'fit', inset: { top: 0, right: 0, bottom: 0, left: 640 } });
  });
});
