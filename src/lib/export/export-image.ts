/**
 * The export, loaded on first click: snapshot the idle map, compose the image and hand it to the
 * browser as a download. Nothing here is part of the atlas's first load.
 */
import type { AtlasMap } from '../map/adapter';
import { composeExport } from './compose';
import { exportContent, type ExportFacts } from './content';
import { saveFile } from './save-file';

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
export async function exportMapImage(map: AtlasMap, facts: ExportFacts): Promise<ExportResult> {
  const content = exportContent(facts);
  const snapshot = await map.snapshot();
  const canvas = composeExport(snapshot, content);
  const blob = await toPngBlob(canvas);
  saveFile(blob, content.fileName);
  return { fileName: content.fileName, widthPx: canvas.width, heightPx: canvas.height };
}
