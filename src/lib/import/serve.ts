/**
 * What the file reader's worker does with one request: reads, parses and converts the files and
 * posts the results back as typed arrays in batches (transfer.ts), the map's copy as JSON in a
 * Blob. Apart from the worker's own wiring (import.worker.ts), so a test can run the same code
 * where there are no workers.
 */
import { MAX_USER_FILE_BYTES, say, shownName } from '../geo/user-data';
import { userMapFeatures } from '../geo/user-features';
import type { ReadReply, ReadRequest } from './protocol';
import { readFiles } from './read';
import { BATCH_FEATURES, encodeBatch, transferables } from './transfer';
import type { ImportFile } from './types';

export type PostReply = (reply: ReadReply, transfer?: Transferable[]) => void;

export async function serveRead({ files, crs }: ReadRequest, post: PostReply): Promise<void> {
  try {
    const read: ImportFile[] = [];
    for (const file of files) {
      // Too large a file is refused before a byte of it is read.
      if (file.size > MAX_USER_FILE_BYTES)
        post({
          type: 'problem',
          problem: say('tooLarge', shownName(file.name), MAX_USER_FILE_BYTES / 1024 / 1024),
        });
      else read.push({ name: file.name, bytes: await file.arrayBuffer() });
    }
    let last = 0;
    const results = await readFiles(read, crs, (fraction) => {
      // A bar moves visibly at 2 %: finer steps would only cost messages.
      if (fraction - last >= 0.02) {
        last = fraction;
        post({ type: 'progress', fraction });
      }
    });
    for (const result of results) {
      if (!result.ok) {
        post({ type: 'problem', problem: result.problem });
        continue;
      }
      const { data, ...meta } = result.value;
      const mapData = new Blob([JSON.stringify(userMapFeatures(data))], { type: 'application/geo+json' });
      post({ type: 'layer', meta, mapData });
      for (let i = 0; i < data.features.length; i += BATCH_FEATURES) {
        const batch = encodeBatch(data.features.slice(i, i + BATCH_FEATURES));
        post({ type: 'features', batch }, transferables(batch));
      }
    }
    post({ type: 'done' });
  } catch {
    post({ type: 'failed' });
  }
}
