/**
 * The simulated DOM has no Web Workers and no object URLs. The file reader's worker is stood in for
 * by a class that runs the worker's own code (src/lib/import/serve.ts) on the page and delivers
 * its replies as message events, one task each, as a worker would; object URLs are counted names.
 */
import { vi } from 'vitest';
import type { ReadReply, ReadRequest } from '../../src/lib/import/protocol';
import { serveRead } from '../../src/lib/import/serve';

class InProcessWorker {
  onmessage: ((event: MessageEvent<ReadReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  #terminated = false;

  postMessage(request: ReadRequest): void {
    void serveRead(request, (reply) => {
      setTimeout(() => {
        if (!this.#terminated) this.onmessage?.({ data: reply } as MessageEvent<ReadReply>);
      });
    });
  }

  terminate(): void {
    this.#terminated = true;
  }
}

/** Installs the stand-ins; vi.unstubAllGlobals() removes them. */
export function stubFileReaderWorker(): void {
  let objectUrls = 0;
  vi.stubGlobal('Worker', InProcessWorker);
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: () => `blob:test/${++objectUrls}`,
      revokeObjectURL: () => {},
    }),
  );
}
