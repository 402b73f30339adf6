/**
 * The file reader's worker: planners' files are read, parsed and converted here (serve.ts), so a
 * 100,000-vertex outline or 100,000 points never hold up the page. The page terminates the
 * worker to cancel.
 */
import type { ReadReply, ReadRequest } from './protocol';
import { serveRead } from './serve';

const post = (reply: ReadReply, transfer: Transferable[] = []): void => postMessage(reply, { transfer });

onmessage = (event: MessageEvent<ReadRequest>) => void serveRead(event.data, post);
