/**
 * Connects the kiosk's clockwork (src/lib/kiosk/idle-timer.ts) to the page and the atlas: any
 * touch, click, pointer move, wheel or key counts as input; after the idle time the atlas is reset
 * to the tour's title and then plays the tour by itself.
 */
import { DEFAULT_ADVANCE_MS, KioskTimer, type KioskMode } from '../../kiosk/idle-timer';
import type { AtlasState } from '../../state/atlas.svelte';
import { TITLE_STOP_ID } from '../../tour/ids';
import { nextStopId } from '../../tour/stops';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Closes any open dialog (the share dialog a visitor left open) so the reset shows a clean atlas. */
function closeDialogs(doc: Document): void {
  for (const dialog of doc.querySelectorAll('dialog[open]')) {
    if (dialog instanceof HTMLDialogElement && typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  }
}

export function bindKiosk(atlas: AtlasState, onModeChange: (mode: KioskMode) => void): () => void {
  const timer = new KioskTimer({
    idleMs: atlas.presentation.idleS * 1000,
    advanceMs: DEFAULT_ADVANCE_MS,
    clock: {
      now: () => performance.now(),
      setTimeout: (run, delayMs) => window.setTimeout(run, delayMs),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    onIdle: () => {
      closeDialogs(document);
      atlas.resetForKiosk();
    },
    onAdvance: () => {
      const stops = atlas.presentation.stops;
      if (!stops || atlas.presentation.stopId === null) atlas.startTour(TITLE_STOP_ID);
      else atlas.goToStop(nextStopId(stops, atlas.presentation.stopId, true));
    },
    onModeChange,
    // A screen in a hall has nobody to read an error: the kiosk carries on with the next stop.
    onError: () => {},
  });

  const onInput = () => timer.input();
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  // A long press on a touch screen opens the browser's menu, whose items lead away from the atlas.
  const onContextMenu = (e: Event) => e.preventDefault();
  window.addEventListener('contextmenu', onContextMenu);
  // A swipe or the back button would leave the atlas: keep one entry of our own to go back to.
  history.pushState(null, '', window.location.href);
  const onPopState = () => history.pushState(null, '', window.location.href);
  window.addEventListener('popstate', onPopState);

  timer.start();
  return () => {
    timer.stop();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener('contextmenu', onContextMenu);
    window.removeEventListener('popstate', onPopState);
  };
}
