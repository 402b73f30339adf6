import { describe, expect, it } from 'vitest';
import { AtlasState, DEFAULT_GROUPS, NO_INSET } from '../../../src/lib/state/atlas.svelte';
import { parseHash, serialiseHash } from '../../../src/lib/state/url';
import { buildTour } from '../../../src/lib/tour/stops';
import { loadRealCatalogue } from '../search/real-catalogue';

const { catalog } = loadRealCatalogue();
const stops = buildTour(catalog);

describe('the tour in the atlas state', () => {
  it('starts before its stops have loaded and shows the stop once they have', () => {
    const atlas = new AtlasState(catalog);
    atlas.startTour('review-4');
    expect(atlas.tour).toBe('review-4');
    expect(atlas.tourStop).toBeNull();
    expect(atlas.flyRequest).toBeNull();
    atlas.setTourStops(stops);
    expect(atlas.tourStop?.id).toBe('review-4');
    expect(atlas.groups).toEqual(['water']);
    expect(atlas.year).toBe(2023);
    expect(atlas.markedPlaces).toEqual(stops[5].places);
    expect(atlas.flyRequest?.bbox).toEqual(stops[5].camera);
  });

  it('leaving puts back the camera, selection, figure and filters from before', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.camera = { zoom: 12, lat: 31.7, lon: 119.9 };
    atlas.select('gehu');
    atlas.selectFigure('gdp-2023');
    atlas.year = 2024;
    atlas.statuses = ['planned'];
    atlas.town = 'hutang';
    atlas.toggleGroup('urban');
    const groups = atlas.groups;
    atlas.startTour();
    expect(atlas.tour).toBe('title');
    atlas.goToStop('plan-4');
    expect(atlas).toMatchObject({ selection: null, figure: null, statuses: null, town: null, year: 2024 });
    expect(atlas.groups).toEqual(stops.find((s) => s.id === 'plan-4')!.groups);
    atlas.leaveTour();
    expect(atlas.tour).toBeNull();
    expect(atlas).toMatchObject({ selection: 'gehu', figure: 'gdp-2023', year: 2024, town: 'hutang' });
    expect(atlas.statuses).toEqual(['planned']);
    expect(atlas.groups).toEqual(groups);
    expect(atlas.jumpRequest?.camera).toEqual({ zoom: 12, lat: 31.7, lon: 119.9 });
    expect(atlas.markedPlaces).toEqual([]);
    expect(atlas.mapInset).toEqual(NO_INSET);
  });

  it('names only the stop in the link while presenting, and the whole view again afterwards', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.select('gehu');
    atlas.lang = 'en';
    atlas.startTour('review-1');
    expect(atlas.hash).toBe('tour=review-1&lang=en');
    atlas.leaveTour();
    expect(parseHash(atlas.hash).state).toMatchObject({ sel: 'gehu', lang: 'en' });
    expect(atlas.hash).not.toContain('tour=');
  });

  it('keeps the chosen basemap in the link while presenting, so a reload mid-tour keeps it', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.basemap = 'osm';
    atlas.startTour('review-1');
    expect(parseHash(atlas.hash).state).toEqual({ tour: 'review-1', base: 'osm' });
    const reloaded = new AtlasState(catalog);
    reloaded.setTourStops(stops);
    reloaded.applyUrl(parseHash(atlas.hash).state, []);
    expect({ tour: reloaded.tour, basemap: reloaded.basemap }).toEqual({ tour: 'review-1', basemap: 'osm' });
  });

  it('applies tour, kiosk and idle from a link, and reports a stop it does not know', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    const problems: string[] = [];
    atlas.applyUrl(parseHash('tour=plan-2&kiosk=1&idle=45').state, problems);
    expect(problems).toEqual([]);
    expect({ tour: atlas.tour, kiosk: atlas.kiosk, idleS: atlas.idleS }).toEqual({
      tour: 'plan-2',
      kiosk: true,
      idleS: 45,
    });
    expect(atlas.hash).toBe(serialiseHash({ tour: 'plan-2', kiosk: true, idle: 45 }));
    const later: string[] = [];
    atlas.applyUrl(parseHash('tour=no-such-stop').state, later);
    expect(later).toEqual(['tour: no stop "no-such-stop"']);
    expect(atlas.tour).toBe('plan-2');
  });

  it('a kiosk reset forgets what visitors left and starts the tour at its title', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.select('gehu');
    atlas.year = 2023;
    atlas.toggleGroup('water');
    atlas.showSearchMarker({ lon: 119.9, lat: 31.7, label: '湖塘' });
    atlas.notify('warning', 'left behind');
    atlas.panel = 'near';
    atlas.resetForKiosk();
    expect(atlas.tour).toBe('title');
    expect(atlas).toMatchObject({ selection: null, year: null, searchMarker: null, panel: 'overview' });
    expect(atlas.groups).toEqual(DEFAULT_GROUPS);
    expect(atlas.notices).toEqual([]);
    // Leaving the tour afterwards shows the whole district, not the visitor's view.
    atlas.leaveTour();
    expect(atlas.groups).toEqual(DEFAULT_GROUPS);
    expect(atlas.selection).toBeNull();
    expect(atlas.flyRequest?.bbox).toEqual([119.668, 31.334, 120.202, 31.811]);
  });

  it('frames a stop clear of the caption', () => {
    const atlas = new AtlasState(catalog);
    atlas.setTourStops(stops);
    atlas.mapInset = { ...NO_INSET, left: 640 };
    atlas.startTour('review-2');
    expect(atlas.flyRequest?.inset).toEqual({ top: 0, right: 0, bottom: 0, left: 640 });
  });
});
