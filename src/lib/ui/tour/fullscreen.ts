/**
 * Full screen through the Fullscreen API, where the browser has it and allows it. Many do not
 * (iOS Safari on phones, in-app browsers, a kiosk already full screen): then nothing happens and
 * the caller says so quietly; the tour works the same either way.
 */
export function isFullscreen(doc: Document = document): boolean {
  return Boolean(doc.fullscreenElement);
}

/** Enters or leaves full screen; resolves true when the switch happened. Never throws. */
export async function toggleFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) {
      if (typeof doc.exitFullscreen !== 'function') return false;
      await doc.exitFullscreen();
      return true;
    }
    const root = doc.documentElement;
    if (!doc.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return false;
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}
