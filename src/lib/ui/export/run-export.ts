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
import { palette } from '../../map/style/palette';
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
    measurement: atlas.tools.measurement
      ? measure(atlas.tools.measurement.points, atlas.tools.measurement.closed)
      : null,
  };
}

/** What an export's legend may name: the places that pass the filters, and every visible layer of the planner's. */
function legendSources(atlas: AtlasState) {
  return {
    places: atlas.visiblePlaces.map((place) => ({ place, group: atlas.groupOf.get(place.properties.id)! })),
    userLayerData: atlas.planner.layers
      .filter((l) => l.visible)
      .map((l) => ({ name: l.name, colour: palette[l.colour], features: l.data.data })),
  };
}

export async function runExport(map: AtlasMap, atlas: AtlasState, print?: PrintSpec): Promise<void> {
  try {
    if (print) {
      const { exportPrint } = await import('../../export/print-image');
      const result = await exportPrint(map, {
        ...exportFacts(atlas),
        ...legendSources(atlas),
        spec: print,
      });
      const paper = `${print.paper.toUpperCase()}`;
      atlas.notices.notify('info', {
        zh: exporting.zh.printSaved(result.fileName, paper, result.widthPx, result.heightPx),
        en: exporting.en.printSaved(result.fileName, paper, result.widthPx, result.heightPx),
      });
      return;
    }
    const { exportMapImage } = await import('../../export/export-image');
    const result = await exportMapImage(map, { ...exportFacts(atlas), ...legendSources(atlas) });
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
