import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterFirstContentfulPaint, afterNextPaint } from '../../../src/lib/ui/after-paint';

/**
 * Started with `start`, a task waits `limitMs` for a paint that does not come, then runs, once:
 * the paint arriving afterwards (`late`) does not run it again.
 */
function expectOnceAtLimit(start: (task: () => void) => void, limitMs: number, late: () => void): void {
  const task = vi.fn();
  start(task);
  vi.advanceTimersByTime(limitMs - 1);
  expect(task).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(task).toHaveBeenCalledTimes(1);
  late();
  expect(task).toHaveBeenCalledTimes(1);
}

describe('afterNextPaint', () => {
  let frames: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {};
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('runs after the next frame, not before it', () => {
    const task = vi.fn();
    afterNextPaint(task);
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
    frames[0]();
    expect(task).not.toHaveBeenCalled(); // queued behind the paint, not inside the frame callback
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('a page that gets no frames still runs it once, after the time limit', () => {
    expectOnceAtLimit(
      (task) => afterNextPaint(task, 100),
      100,
      () => {
        frames[0]();
        vi.advanceTimersByTime(10);
      },
    );
  });

  test('cancelled before it runs, it never runs', () => {
    const task = vi.fn();
    const cancel = afterNextPaint(task);
    cancel();
    frames[0]?.();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('afterFirstContentfulPaint', () => {
  /** The observers made, each with the callback the browser would call with new paint entries. */
  let observers: Array<{
    callback: (list: { getEntriesByName(name: string): unknown[] }) => void;
    disconnected: boolean;
  }>;
  const entries = (...names: string[]) => ({
    getEntriesByName: (name: string) => names.filter((n) => n === name),
  });
  beforeEach(() => {
    vi.useFakeTimers();
    observers = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        record: (typeof observers)[number];
        constructor(callback: (typeof observers)[number]['callback']) {
          this.record = { callback, disconnected: false };
          observers.push(this.record);
        }
        observe(): void {}
        disconnect(): void {
          this.record.disconnected = true;
        }
      },
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('waits for the first contentful paint, not the first paint, and runs once', () => {
    const task = vi.fn();
    afterFirstContentfulPaint(task, 500);
    observers[0].callback(entries('first-paint'));
    expect(task).not.toHaveBeenCalled();
    observers[0].callback(entries('first-contentful-paint'));
    expect(task).toHaveBeenCalledTimes(1);
    expect(observers[0].disconnected).toBe(true);
    vi.advanceTimersByTime(1000);
    observers[0].callback(entries('first-contentful-paint'));
    expect(task).toHaveBeenCalledTimes(1);
  });

  test('a page that paints nothing (opened in the background) still starts, once, after the limit', () => {
    expectOnceAtLimit(
      (task) => afterFirstContentfulPaint(task, 500),
      500,
      () => observers[0].callback(entries('first-contentful-paint')),
    );
  });

  test('a browser without paint timing starts after the limit', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const task = vi.fn();
    afterFirstContentfulPaint(task, 300);
    vi.advanceTimersByTime(300);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
