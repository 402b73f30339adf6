import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { firstIdleWithStreets } from '../../../src/lib/map/first-idle';

/** A map whose idle events the test fires. */
function fakeMap() {
  const idle: Array<() => void> = [];
  return {
    idle,
    once: vi.fn((_type: string, listener: () => void) => idle.push(listener)),
    triggerRepaint: vi.fn(),
  };
}

/** The first idle asked for with streets still on their way (8 s at the most); `settle` brings them. */
function waitingForStreets() {
  const map = fakeMap();
  const done = vi.fn();
  let settle!: () => void;
  firstIdleWithStreets(
    map as never,
    { isSettled: false, settled: new Promise<void>((r) => (settle = r)) },
    done,
    8000,
  );
  return { map, done, settle };
}

describe('the first idle with the streets extract', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('without streets to wait for, it is the map’s own first idle, at once', () => {
    const map = fakeMap();
    const done = vi.fn();
    firstIdleWithStreets(map as never, undefined, done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(map.once).not.toHaveBeenCalled();
  });

  test('streets whose layers were on the map before this idle are in it: ready at once, no second idle', () => {
    const map = fakeMap();
    const done = vi.fn();
    firstIdleWithStreets(map as never, { isSettled: true, settled: Promise.resolve() }, done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(map.once).not.toHaveBeenCalled();
    expect(map.triggerRepaint).not.toHaveBeenCalled();
  });

  test('with streets, it waits for their layers and then for the map to be idle again', async () => {
    const { map, done, settle } = waitingForStreets();
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).not.toHaveBeenCalled();
    settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(map.triggerRepaint).toHaveBeenCalledTimes(1);
    expect(done).not.toHaveBeenCalled(); // not before the map has drawn them
    map.idle[0]();
    expect(done).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  test('streets that never arrive do not hold the map back past the limit, and a late idle does not call twice', async () => {
    const { map, done, settle } = waitingForStreets();
    await vi.advanceTimersByTimeAsync(7999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledTimes(1);
    settle();
    await vi.advanceTimersByTimeAsync(0);
    map.idle.forEach((listener) => listener());
    expect(done).toHaveBeenCalledTimes(1);
  });

  test('streets whose code failed count as settled: the map is ready without them', async () => {
    const map = fakeMap();
    const done = vi.fn();
    firstIdleWithStreets(
      map as never,
      { isSettled: false, settled: Promise.reject(new Error('offline')) },
      done,
      8000,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledTimes(1);
  });
});
