import { describe, expect, it, vi } from 'vitest';
import { locate, MAX_ACCURACY_M } from '../../../../src/lib/ui/near/locate';

type Success = (position: GeolocationPosition) => void;
type Failure = (error: GeolocationPositionError) => void;

/** A stand-in for navigator.geolocation that answers the way it is told to. */
function fake(answer: (ok: Success, fail: Failure) => void) {
  return { getCurrentPosition: vi.fn((ok: Success, fail?: Failure | null) => answer(ok, fail!)) };
}

const at = (longitude: number, latitude: number, accuracy: number) =>
  ({ coords: { longitude, latitude, accuracy }, timestamp: 0 }) as unknown as GeolocationPosition;
const error = (code: number) => ({ code, message: '' }) as GeolocationPositionError;

describe('locate', () => {
  it('returns a usable position', async () => {
    const geo = fake((ok) => ok(at(119.97, 31.7, 35)));
    await expect(locate(geo)).resolves.toEqual({ ok: true, lon: 119.97, lat: 31.7, accuracyM: 35 });
    expect(geo.getCurrentPosition).toHaveBeenCalledOnce();
  });

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ])('turns error code %i into "%s"', async (code, reason) => {
    await expect(locate(fake((_, fail) => fail(error(code))))).resolves.toEqual({ ok: false, reason });
  });

  it('refuses a position too rough to tell what is near, and says how rough', async () => {
    const result = await locate(fake((ok) => ok(at(119.97, 31.7, MAX_ACCURACY_M + 1))));
    expect(result).toEqual({ ok: false, reason: 'inaccurate', accuracyM: MAX_ACCURACY_M + 1 });
    expect(await locate(fake((ok) => ok(at(119.97, 31.7, MAX_ACCURACY_M))))).toMatchObject({ ok: true });
    expect(await locate(fake((ok) => ok(at(119.97, 31.7, NaN))))).toMatchObject({ reason: 'inaccurate' });
  });

  it('says when there is no geolocation at all, or it throws, or returns nonsense', async () => {
    await expect(locate(null)).resolves.toEqual({ ok: false, reason: 'unsupported' });
    const throwing = {
      getCurrentPosition: () => {
        throw new Error('blocked');
      },
    };
    await expect(locate(throwing)).resolves.toEqual({ ok: false, reason: 'unavailable' });
    await expect(locate(fake((ok) => ok(at(NaN, 31.7, 10))))).resolves.toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('gives up when the browser never answers', async () => {
    vi.useFakeTimers();
    try {
      const pending = locate(fake(() => {}));
      await vi.advanceTimersByTimeAsync(20_000);
      await expect(pending).resolves.toEqual({ ok: false, reason: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers once even if the browser calls back twice', async () => {
    const result = await locate(
      fake((ok, fail) => {
        ok(at(119.97, 31.7, 10));
        fail(error(1));
      }),
    );
    expect(result).toMatchObject({ ok: true });
  });
});
