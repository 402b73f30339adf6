/**
 * Reads the files a planner chose or dropped, in the file reader's worker (import/import.worker.ts),
 * and shows them on the map; any problem becomes a notice, and the atlas's view is left as it was.
 * While the worker reads, the planner sees its progress and can cancel, which ends the worker.
 */
import type { Feature } from 'geojson';
import { excerpt } from '../../i18n/excerpt';
import type { Bilingual } from '../../i18n/lang';
import { bilingual } from '../../i18n/messages';
import type { LayerMeta, ReadReply, ReadRequest } from '../../import/protocol';
import { decodeBatch } from '../../import/transfer';
import type { AtlasState } from '../../state/atlas.svelte';

type ImportMessages = (typeof import('../../i18n/messages/import'))['importMessages'];

let running: { finish: (shown: boolean) => void; messages: ImportMessages } | null = null;

/** The label of a reading: one file's name, or the first with a count. */
function readingName(files: readonly File[]): string {
  const first = excerpt(files[0].name);
  return files.length === 1 ? first : `${first} (+${files.length - 1})`;
}

/** Whether a file is being read now. */
export function isReading(): boolean {
  return running !== null;
}

/** Ends the reading under way, if any; the planner is told it was cancelled, and the map keeps what it had. */
export function cancelReading(atlas: AtlasState): void {
  if (!running) return;
  const name = atlas.planner.reading?.name ?? '';
  const { finish, messages } = running;
  finish(false);
  atlas.notices.notify('info', { zh: messages.zh.cancelled(name), en: messages.en.cancelled(name) });
}

/** Resolves true when at least one of the files is on the map, each as a layer of its own. */
export async function loadUserFiles(atlas: AtlasState, files: readonly File[]): Promise<boolean> {
  if (files.length === 0) return false;
  // The reader's messages load with the reader, not with the page (the drop target is on the map).
  const { importMessages } = await import('../../i18n/messages/import');
  const say = (pick: (m: ImportMessages['zh']) => string): Bilingual => ({
    zh: pick(importMessages.zh),
    en: pick(importMessages.en),
  });
  if (running) {
    atlas.notices.notify(
      'warning',
      say((m) => m.busy),
    );
    return false;
  }
  const name = readingName(files);
  atlas.planner.startReading(name);
  const shown = await new Promise<boolean>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../../import/import.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      console.error('the file reader could not start:', e);
      atlas.planner.endReading();
      atlas.notices.notify(
        'error',
        bilingual((m) => m.notices.fileUnreadable(name)),
      );
      resolve(false);
      return;
    }
    // A layer's features arrive in batches after its description. Nothing is shown before the
    // reader is done, so a cancelled or failed reading leaves the map as it was.
    const layers: { meta: LayerMeta; mapUrl: string; features: Feature[] }[] = [];
    const problems: Bilingual[] = [];
    const finish = (ok: boolean) => {
      worker.terminate();
      if (!ok) for (const layer of layers) URL.revokeObjectURL(layer.mapUrl);
      running = null;
      atlas.planner.endReading();
      resolve(ok);
    };
    running = { finish, messages: importMessages };
    const showAll = () => {
      for (const problem of problems) atlas.notices.notify('error', problem);
      // Each file becomes a layer of its own, over those already shown; the camera shows them all.
      for (const { meta, mapUrl, features } of layers) {
        atlas.showUserData(
          { ...meta, data: { type: 'FeatureCollection', features } },
          { fly: false, mapUrl },
        );
        for (const notice of meta.notices ?? []) atlas.notices.notify('warning', notice);
      }
      if (layers.length > 0)
        atlas.frame([
          Math.min(...layers.map((l) => l.meta.bbox[0])),
          Math.min(...layers.map((l) => l.meta.bbox[1])),
          Math.max(...layers.map((l) => l.meta.bbox[2])),
          Math.max(...layers.map((l) => l.meta.bbox[3])),
        ]);
    };
    const handle = (reply: ReadReply) => {
      switch (reply.type) {
        case 'progress':
          atlas.planner.setReadingProgress(reply.fraction);
          return;
        case 'problem':
          problems.push(reply.problem);
          return;
        case 'layer':
          layers.push({ meta: reply.meta, mapUrl: URL.createObjectURL(reply.mapData), features: [] });
          return;
        case 'features': {
          // One batch per task: unpacking never holds the page for long.
          const features = layers.at(-1)?.features;
          if (features) for (const f of decodeBatch(reply.batch)) features.push(f);
          return;
        }
        case 'done':
          showAll();
          finish(layers.length > 0);
          performance.mark('atlas:user-data-read');
          return;
        case 'failed':
          // Whatever went wrong inside a reader, the planner hears which file, never the error's own text.
          atlas.notices.notify(
            'error',
            bilingual((m) => m.notices.fileUnreadable(name)),
          );
          finish(false);
      }
    };
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      // Each reply's handling is measured: the page's share of reading a file (tests and monitoring).
      const start = performance.now();
      handle(event.data);
      performance.measure('atlas:user-data-reply', { start, detail: { type: event.data.type } });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      console.error('the file reader failed:', event.message);
      atlas.notices.notify(
        'error',
        bilingual((m) => m.notices.fileUnreadable(name)),
      );
      finish(false);
    };
    worker.postMessage({ files: [...files], crs: atlas.planner.crs } satisfies ReadRequest);
  });
  return shown;
}

/** One file (kept for callers that have one). */
export function loadUserFile(atlas: AtlasState, file: File): Promise<boolean> {
  return loadUserFiles(atlas, [file]);
}
