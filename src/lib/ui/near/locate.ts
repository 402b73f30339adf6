/**
 * Asks the browser once for the device's position and turns every outcome into something the
 * panel can say: a usable position, or why there is none (refused, unavailable, timed out, too
 * inaccurate to tell what is near, or no geolocation at all).
 */

/** Beyond this the position cannot tell one town from the next. */
export const MAX_ACCURACY_M = 5000;
const TIMEOUT_MS = 12_000;

export type LocateResult =
  | { ok: true; lon: number; lat: number; accuracyM: number }
  | {
      ok: false;
      reason: 'unsupported' | 'insecure' | 'denied' | 'unavailable' | 'timeout' | 'inaccurate';
      accuracyM?: number;
    };

export function locate(
  geolocation: Pick<Geolocation, 'getCurrentPosition'> | null | undefined = typeof navigator === 'undefined'
    ? undefined
    : navigator.geolocation,
): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' });
  // Browsers only offer geolocation to https pages (and localhost).
  if (typeof window !== 'undefined' && window.isSecureContext === false)
    return Promise.resolve({ ok: false, reason: 'insecure' });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: LocateResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      resolve(result);
    };
    // Some in-app browsers never call back at all: give up a little after the API's own timeout.
    const guard = setTimeout(() => finish({ ok: false, reason: 'timeout' }), TIMEOUT_MS + 3000);
    try {
      geolocation.getCurrentPosition(
        (position) => {
          const { longitude, latitude, accuracy } = position.coords;
          if (!Number.isFinite(longitude) || !Number.isFinite(latitude))
            return finish({ ok: false, reason: 'unavailable' });
          if (!(accuracy <= MAX_ACCURACY_M))
            return finish({ ok: false, reason: 'inaccurate', accuracyM: accuracy });
          finish({ ok: true, lon: longitude, lat: latitude, accuracyM: accuracy });
        },
        (error) =>
          finish({
            ok: false,
            reason: error.code === 1 ? 'denied' : error.code === 3 ? 'timeout' : 'unavailable',
          }),
        { enableHighAccuracy: true, timeout: TIMEOUT_MS, maximumAge: 60_000 },
      );
    } catch {
      finish({ ok: false, reason: 'unavailable' });
    }
  });
}
