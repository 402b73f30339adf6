/// <reference lib="webworker" />
/**
 * The atlas's service worker: after one visit the page, its data and the embedded basemap open
 * with no network at all (a phone on a weak signal, a kiosk whose cable is pulled). Everything the
 * build emits is precached under its hashed name; a new build replaces it and the page offers to
 * reload. A streets archive, when the atlas ships one, is kept whole after its first use and its
 * range requests are answered from that copy.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

// The page that installed the worker is served by it from then on (offline too), and a new
// version the visitor accepts takes over the open page, which then reloads.
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

const STREETS_CACHE = 'atlas-streets';
/** Larger archives are read from the network only: a phone's storage is not the place for them. */
const STREETS_MAX_BYTES = 150 * 1024 * 1024;
/** One download of the whole archive at a time, whatever the number of tiles asking. */
const filling = new Map<string, Promise<void>>();

function totalBytes(response: Response): number | null {
  const range = response.headers.get('content-range');
  const total = range?.split('/')[1];
  if (total && /^\d+$/.test(total)) return Number(total);
  const length = response.headers.get('content-length');
  return length && /^\d+$/.test(length) ? Number(length) : null;
}

function keepWholeArchive(url: string, sizeBytes: number | null): Promise<void> {
  if (sizeBytes === null || sizeBytes > STREETS_MAX_BYTES) return Promise.resolve();
  const running = filling.get(url);
  if (running) return running;
  const job = (async () => {
    const whole = await fetch(url);
    if (whole.status === 200) await (await caches.open(STREETS_CACHE)).put(url, whole);
  })()
    .catch(() => undefined)
    .finally(() => filling.delete(url));
  filling.set(url, job);
  return job;
}

/**
 * A range reaching past the end is answered with what there is, as a server does (RFC 9110
 * 14.1.2): the archive reader asks for its first 16 KiB whatever the file's size, and Workbox
 * refuses such a range outright.
 */
async function withinSize(request: Request, kept: Response): Promise<Request> {
  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.get('range') ?? '');
  if (!range) return request;
  const sizeBytes = (await kept.clone().blob()).size;
  if (Number(range[2]) < sizeBytes) return request;
  const headers = new Headers(request.headers);
  headers.set('range', `bytes=${range[1]}-${sizeBytes - 1}`);
  return new Request(request.url, { headers });
}

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith('.pmtiles'),
  async ({ request, event }) => {
    const url = request.url;
    const kept = await (await caches.open(STREETS_CACHE)).match(url);
    if (kept)
      return request.headers.has('range')
        ? createPartialResponse(await withinSize(request, kept), kept)
        : kept;
    const response = await fetch(request);
    if (response.ok) (event as ExtendableEvent).waitUntil(keepWholeArchive(url, totalBytes(response)));
    return response;
  },
);

// The page asks for the waiting version when the visitor accepts the "new version" notice.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
