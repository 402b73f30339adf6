/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that lets the atlas open offline after one visit. It waits until
 * the map has drawn its first view (or a few seconds when there is no map), so precaching never
 * competes with the start-up a phone's slow CPU is busy with.
 */
const MAP_IDLE_MARK = 'atlas:map-idle';
/** Without a map (no WebGL) there is no idle mark: register anyway after this long. */
const FALLBACK_DELAY_MS = 8000;

export interface OfflineHandlers {
  /** A newer version is installed and waits; `apply` switches to it and reloads the page. */
  onUpdate(apply: () => Promise<void>): void;
}

function afterFirstView(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  let observer: PerformanceObserver | null = null;
  if (performance.getEntriesByName(MAP_IDLE_MARK, 'mark').length > 0) return once();
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MAP_IDLE_MARK).length > 0) once();
    });
    observer.observe({ type: 'mark', buffered: true });
  }
  setTimeout(once, FALLBACK_DELAY_MS);
}

/** Starts offline support where the browser has service workers and the page is served over http(s). */
export function startOfflineSupport(handlers: OfflineHandlers): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  afterFirstView(() => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () =>
          handlers.onUpdate(async () => {
            // The helper reloads only when the page had a worker before it registered; on the
            // visit that installed the first version the new one takes over silently, so the
            // page reloads itself once the new worker controls it.
            navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
              once: true,
            });
            await update(true);
          }),
      });
    });
  });
}
