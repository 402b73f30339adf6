/**
 * Between the state and its link: what a link holds (toUrlState) and how a link is applied
 * (applyUrlState). A link applies in full: a parameter it leaves out goes back to its default, so
 * deleting `sel=` from the address closes the details, as the user meant. The camera is the one
 * exception: a link without one leaves the camera where it is.
 */
import type { AtlasState } from './atlas.svelte';
import { DEFAULT_FILTERS, DEFAULT_GROUPS } from './slices/filters.svelte';
import { DEFAULT_PANEL } from './slices/view.svelte';
import { excerpt } from '../i18n/excerpt';
import { TITLE_STOP_ID } from '../tour/ids';
import { DEFAULT_LANG, type Bilingual } from '../i18n/lang';
import { bilingual } from '../i18n/messages';
import { IDLE_LIMITS_S, LINK_TOO_LONG, type UrlState } from './url';

/** The shareable state; while presenting, a link names the stop only (the stop sets the rest). */
export function toUrlState(atlas: AtlasState): UrlState {
  const { view, selection, filters, presentation, basemap, tools } = atlas;
  const common: UrlState = {
    kiosk: presentation.kiosk || undefined,
    idle: presentation.idleS === IDLE_LIMITS_S.default ? undefined : presentation.idleS,
    // The basemap stays while presenting: a presenter who reloads keeps the map they chose. An
    // offer not yet answered stays in the link too, so passing the link on passes the offer on.
    base: basemap.kind === 'embedded' ? (basemap.offer ?? undefined) : basemap.kind,
    streets: basemap.streets ? undefined : false,
    lang: view.lang === DEFAULT_LANG ? undefined : view.lang,
  };
  if (presentation.stopId !== null) return { tour: presentation.stopId, ...common };
  const m = tools.measurement;
  return {
    camera: view.camera,
    sel: selection.placeId ?? undefined,
    layers: sameSet(filters.groups, DEFAULT_GROUPS) ? undefined : [...filters.groups],
    status: filters.statuses ? [...filters.statuses] : undefined,
    year: filters.year ?? undefined,
    panel: view.panel === DEFAULT_PANEL ? undefined : (view.panel ?? undefined),
    fig: selection.figureId ?? undefined,
    para: view.panel === 'report' ? (atlas.reader.paragraph ?? undefined) : undefined,
    town: filters.town ?? undefined,
    updates: filters.updatesOnly || undefined,
    measure: m ? { points: m.points.map(([lon, lat]) => [lon, lat]), closed: m.closed } : undefined,
    edit: atlas.corrections.requested || undefined,
    ...common,
  };
}

/** Applies a parsed link in full. Unknown ids are added to `problems`, which are then reported. */
export function applyUrlState(atlas: AtlasState, url: UrlState, problems: string[]): void {
  const { view, selection, filters, presentation, basemap, tools, catalog } = atlas;
  view.setLang(url.lang ?? 'zh');
  // A link never takes the visitor online by itself: an online basemap it names is offered.
  basemap.fromLink(url.base ?? 'embedded');
  basemap.setStreets(url.streets ?? true);
  presentation.setKiosk(url.kiosk ?? false);
  presentation.setIdle(url.idle ?? IDLE_LIMITS_S.default);

  // A kiosk presents from the start: without a stop of its own it opens at the tour's title, so
  // the normal controls never show in it.
  const tour = url.tour ?? (url.kiosk ? TITLE_STOP_ID : undefined);
  if (tour) {
    // A presenting link holds the stop only; the stop sets layers, selection and camera itself.
    if (tour !== presentation.stopId) {
      if (!presentation.stops || presentation.stops.some((s) => s.id === tour)) atlas.startTour(tour);
      else problems.push(`tour: no stop "${tour}"`);
    }
  } else {
    atlas.leaveTour();
    if (url.camera) {
      view.cameraFromUrl(url.camera);
      atlas.commands.emit({ kind: 'jump', camera: url.camera });
    }
    filters.setGroups(url.layers ?? DEFAULT_FILTERS.groups);
    filters.setStatuses(url.status ?? null);
    filters.setYear(url.year ?? null);
    filters.setUpdatesOnly(url.updates ?? false);
    view.openPanel(url.panel ?? DEFAULT_PANEL);
    if (url.sel && !catalog.byId.has(url.sel)) problems.push(`sel: no place "${url.sel}"`);
    atlas.select(url.sel && catalog.byId.has(url.sel) ? url.sel : null);
    if (url.fig && !atlas.metricById.has(url.fig)) problems.push(`fig: no figure "${url.fig}"`);
    selection.setFigure(url.fig ?? null);
    if (url.para) {
      if (catalog.report.paragraphs.has(url.para)) atlas.showParagraph(url.para, { flash: false });
      else problems.push(`para: no paragraph "${url.para}"`);
    }
    if (!filters.setTown(url.town ?? null)) {
      problems.push(`town: no places in "${url.town}"`);
      filters.setTown(null);
    }
    tools.setMeasurement(url.measure ?? null);
  }
  // After the tour and kiosk settings: the slice itself refuses correction mode in either.
  atlas.corrections.setRequested(url.edit ?? false);

  if (problems.length > 0) atlas.notices.notify('warning', linkNotice(problems));
}

/** How many of a link's problems a notice names; the rest are counted. */
const NAMED_LINK_PROBLEMS = 3;

/**
 * The notice for a link's problems, from the codec's phrases (`sel: no place "x"`): each named by
 * its parameter and, where it has one, the value it was given, both as short clean excerpts. The
 * phrases themselves are for developers and are never shown.
 */
export function linkNotice(problems: readonly string[]): Bilingual {
  if (problems.includes(LINK_TOO_LONG)) return bilingual((m) => m.notices.linkTooLong);
  const parts = problems.slice(0, NAMED_LINK_PROBLEMS).map((problem) => {
    const colon = problem.indexOf(': ');
    const param = excerpt(colon > 0 ? problem.slice(0, colon) : problem, 20);
    const value = /"(.*?)"/.exec(colon > 0 ? problem.slice(colon + 2) : '')?.[1];
    return value === undefined ? param : `${param} “${excerpt(value, 24)}”`;
  });
  const more = problems.length - parts.length;
  return bilingual((m) =>
    m.notices.linkNotUnderstood(parts.join(m.notices.listSeparator), parts.length, more),
  );
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
