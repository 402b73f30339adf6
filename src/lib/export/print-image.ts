/**
 * The print export, loaded on first use: the map drawn again at the paper's size at 300 dpi, the
 * page composed around it, and the PNG saved with its resolution written in, so that it prints at
 * the paper size it was made for.
 */
import { exporting } from '../i18n/messages/exporting';
import type { AtlasMap } from '../map/adapter';
import { exportContent, type ExportFacts } from './content';
import { localIsoDate } from './file-name';
import { legendInView, type ExportPlaces, type ExportUserLayerData } from './legend-in-view';
import { composePrint } from './print-compose';
import { PRINT_DPI, printLayout, type PrintSpec } from './print-page';
import { withPngDpi } from './png-dpi';
import { saveFile } from './save-file';

export interface PrintFacts extends ExportFacts {
  spec: PrintSpec;
  /** The places that pass the filters, each with its group: the legend names those the print shows. */
  places: ExportPlaces;
  /** Every visible layer of the planner's own, bottom to top: the legend names those with a feature in the frame. */
  userLayerData: readonly ExportUserLayerData[];
}

export interface PrintResult {
  fileName: string;
  widthPx: number;
  heightPx: number;
  /** The map frame, and the pieces the card drew it in. */
  mapWidthPx: number;
  mapHeightPx: number;
  pieces: number;
}

/** `wujin-atlas-2024-2026-12-06-a4-landscape.png`. */
export function printFileName(spec: PrintSpec, date: Date): string {
  return `wujin-atlas-2024-${localIsoDate(date)}-${spec.paper}-${spec.orientation}.png`;
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export async function exportPrint(map: AtlasMap, facts: PrintFacts): Promise<PrintResult> {
  const layout = printLayout(facts.spec);
  const render = await map.renderForPrint({
    widthPx: layout.map.width,
    heightPx: layout.map.height,
    pixelRatio: layout.mapPixelRatio,
  });
  // The legend names only what the printed map shows: groups, statuses and layers in the frame.
  const base = exportContent({
    ...facts,
    ...legendInView(facts.groups, facts.places, facts.userLayerData, render.bounds),
  });
  const t = exporting[facts.lang];
  const fileName = printFileName(facts.spec, facts.date);
  const canvas = await composePrint(
    layout,
    { canvas: render.canvas, lat: render.camera.lat, zoom: render.camera.zoom, bearingDeg: 0 },
    {
      ...base,
      title: facts.spec.title.trim() || t.defaultTitle,
      fileName,
      link: facts.link,
      northLabel: t.north,
      scaleText: t.scale,
      sourcesLabel: t.sources,
    },
  );
  const png = withPngDpi(new Uint8Array(await (await toPngBlob(canvas)).arrayBuffer()), PRINT_DPI);
  saveFile(new Blob([png as BlobPart], { type: 'image/png' }), fileName);
  return {
    fileName,
    widthPx: canvas.width,
    heightPx: canvas.height,
    mapWidthPx: render.canvas.width,
    mapHeightPx: render.canvas.height,
    pieces: render.pieces,
  };
}
