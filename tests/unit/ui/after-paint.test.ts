import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterNextPaint } from '../../../src/lib/ui/after-paint';

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
    const task = vi.fn();
    afterNextPaint(task, 100);
    vi.advanceTimersByTime(99);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    frames[0]();
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);
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
