import { describe, expect, it } from 'vitest';
import { KioskTimer, type Clock, type KioskMode } from '../../../src/lib/kiosk/idle-timer';

/** A clock in virtual time: timers fire only when the test advances it. */
class FakeClock implements Clock {
  private t = 1000;
  private seq = 0;
  private timers = new Map<number, { at: number; run: () => void }>();

  now(): number {
    return this.t;
  }
  setTimeout(run: () => void, delayMs: number): number {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + delayMs, run });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Moves time forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].run();
    }
    this.t = end;
  }
  get pending(): number {
    return this.timers.size;
  }
}

function setup(idleMs = 120_000, advanceMs = 12_000) {
  const clock = new FakeClock();
  const events: string[] = [];
  const modes: KioskMode[] = [];
  const errors: unknown[] = [];
  const timer = new KioskTimer({
    idleMs,
    advanceMs,
    clock,
    onIdle: () => events.push(`reset@${clock.now() - 1000}`),
    onAdvance: () => events.push(`next@${clock.now() - 1000}`),
    onModeChange: (m) => modes.push(m),
    onError: (e) => errors.push(e),
  });
  return { clock, events, modes, errors, timer };
}

describe('kiosk idle timer', () => {
  it('resets after the idle time and then advances at a steady pace', () => {
    const { clock, events, modes, timer } = setup();
    timer.start();
    clock.advance(119_999);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(events).toEqual(['reset@120000']);
    expect(timer.mode).toBe('playing');
    clock.advance(36_000);
    expect(events).toEqual(['reset@120000', 'next@132000', 'next@144000', 'next@156000']);
    expect(modes).toEqual(['playing']);
  });

  it('counts the idle time from the last input, without a new timer for every input', () => {
    const { clock, events, timer } = setup();
    timer.start();
    clock.advance(100_000);
    for (let i = 0; i < 50; i++) timer.input();
    expect(clock.pending).toBe(1);
    clock.advance(20_000);
    expect(events).toEqual([]);
    clock.advance(99_999);
    expect(events).toEqual([]);
    clock.advance(1);
    expect(events).toEqual(['reset@220000']);
  });

  it('stops playing at the first input and resets again after another idle spell', () => {
    const { clock, events, modes, timer } = setup(15_000, 12_000);
    timer.start();
    clock.advance(15_000 + 12_000);
    expect(events).toEqual(['reset@15000', 'next@27000']);
    timer.input();
    expect(timer.mode).toBe('attended');
    clock.advance(14_999);
    expect(events).toHaveLength(2);
    clock.advance(1);
    expect(events).toEqual(['reset@15000', 'next@27000', 'reset@42000']);
    expect(modes).toEqual(['playing', 'attended', 'playing']);
  });

  it('keeps running when a callback throws, and reports the error', () => {
    const clock = new FakeClock();
    const errors: unknown[] = [];
    let advances = 0;
    const timer = new KioskTimer({
      idleMs: 1000,
      advanceMs: 500,
      clock,
      onIdle: () => {
        throw new Error('reset failed');
      },
      onAdvance: () => {
        advances++;
        throw new Error('advance failed');
      },
      onError: (e) => errors.push(e),
    });
    timer.start();
    clock.advance(2000);
    expect(advances).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual([
      'reset failed',
      'advance failed',
      'advance failed',
    ]);
    expect(timer.mode).toBe('playing');
  });

  it('does nothing once stopped, and ignores input before it starts', () => {
    const { clock, events, timer } = setup(1000, 500);
    timer.input();
    clock.advance(5000);
    expect(events).toEqual([]);
    timer.start();
    clock.advance(1500);
    expect(events).toEqual(['reset@6000', 'next@6500']);
    timer.stop();
    expect(timer.mode).toBe('attended');
    expect(clock.pending).toBe(0);
    clock.advance(10_000);
    expect(events).toHaveLength(2);
  });

  it('refuses a zero or negative idle time', () => {
    const clock = new FakeClock();
    const noop = () => {};
    expect(() => new KioskTimer({ idleMs: 0, advanceMs: 1, clock, onIdle: noop, onAdvance: noop })).toThrow();
    expect(
      () => new KioskTimer({ idleMs: 1, advanceMs: NaN, clock, onIdle: noop, onAdvance: noop }),
    ).toThrow();
  });
});
