/**
 * Runs an export the user asked for (AtlasState.requestExport), for the map view that consumes
 * the request. The export code itself is imported on first use, so it costs nothing at first load.
 */
import type { PrintSpec } from '../../export/print-page';
import type { ExportFacts } from '../../export/content';
import { measure } from '../../geo/measure';
import { nameOf } from '../../i18n/lang';
import { bilingual } from '../../i18n/messages';
import { exporting } from '../../i18n/messages/exporting';
import type { AtlasMap } from '../../map/adapter';
import type { AtlasState } from '../../state/atlas.svelte';

/** The address that reopens this view (the state's hash, even before the address bar catches up). */
function viewLink(hash: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${hash ? `#${hash}` : ''}`;
}

function exportFacts(atlas: AtlasState): ExportFacts {
  return {
    lang: atlas.view.lang,
    groups: atlas.filters.groups,
    statuses: atlas.filters.statuses,
    visibleCount: atlas.visiblePlaces.length,
    totalCount: atlas.catalog.places.length,
    year: atlas.filters.year,
    selectedName: atlas.selectedPlace ? nameOf(atlas.selectedPlace.properties, atlas.view.lang) : null,
    basemap: atlas.basemap.active,
    streets: atlas.basemap.streetsShown !== null,
    reviewNumber: atlas.basemap.reviewNumber,
    link: viewLink(atlas.hash),
    date: new Date(),
    userDataName: atlas.planner.data?.name ?? null,
    measurement: atlas.tools.measurement
      ? measure(atlas.tools.measurement.points, atlas.tools.measurement.closed)
      : null,
  };
}

export async function runExport(map: AtlasMap, atlas: AtlasState, print?: PrintSpec): Promise<void> {
  try {
    if (print) {
      const { exportPrint } = await import('../../export/print-image');
      const result = await exportPrint(map, {
        ...exportFacts(atlas),
        spec: print,
        places: atlas.visiblePlaces.map((place) => ({
          place,
          group: atlas.groupOf.get(place.properties.id)!,
        })),
        userFeatures: atlas.planner.data?.data ?? null,
      });
      const paper = `${print.paper.toUpperCase()}`;
      atlas.notices.notify('info', {
        zh: exporting.zh.printSaved(result.fileName, paper, result.widthPx, result.heightPx),
        en: exporting.en.printSaved(result.fileName, paper, result.widthPx, result.heightPx),
      });
      return;
    }
    const { exportMapImage } = await import('../../export/export-image');
    const result = await exportMapImage(map, exportFacts(atlas));
    atlas.notices.notify(
      'info',
      bilingual((m) => m.notices.exportSaved(result.fileName, result.widthPx, result.heightPx)),
    );
  } catch (error) {
    // The reason is for whoever maintains the atlas; the visitor gets a plain message.
    console.error('export failed:', error);
    atlas.notices.notify(
      'error',
      bilingual((m) => m.notices.exportFailed),
    );
  } finally {
    atlas.view.exportFinished();
  }
}
