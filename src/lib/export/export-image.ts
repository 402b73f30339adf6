/**
 * The export, loaded on first click: snapshot the idle map, compose the image and hand it to the
 * browser as a download. Nothing here is part of the atlas's first load.
 */
import type { AtlasMap } from '../map/adapter';
import { composeExport } from './compose';
import { exportContent, type ExportFacts } from './content';
import { legendInView, type ExportPlaces, type ExportUserLayerData } from './legend-in-view';
import { saveFile } from './save-file';
import { exposeForTests, TEST_HOOKS_ENABLED } from '../testing/hooks';

/** The facts of a screen image, with what its legend may name (it names only what the view shows). */
export interface MapImageFacts extends ExportFacts {
  places: ExportPlaces;
  userLayerData: readonly ExportUserLayerData[];
}

export interface ExportResult {
  fileName: string;
  widthPx: number;
  heightPx: number;
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Saves the current view as a PNG with title, legend, scale, attribution, date and link. */
export async function exportMapImage(map: AtlasMap, facts: MapImageFacts): Promise<ExportResult> {
  const snapshot = await map.snapshot();
  const content = exportContent({
    ...facts,
    ...legendInView(facts.groups, facts.places, facts.userLayerData, snapshot.bounds),
  });
  const canvas = composeExport(snapshot, content);
  // The browser tests read what the legend lists; nothing is exposed in the page people get.
  if (TEST_HOOKS_ENABLED) exposeForTests('__atlasExport', content);
  const blob = await toPngBlob(canvas);
  saveFile(blob, content.fileName);
  return { fileName: content.fileName, widthPx: canvas.width, heightPx: canvas.height };
}
