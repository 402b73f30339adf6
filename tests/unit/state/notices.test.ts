import { describe, expect, it } from 'vitest';
import {
  MAX_KEPT_NOTICES,
  MAX_VISIBLE_NOTICES,
  NoticesState,
  TRANSIENT_NOTICE_MS,
  type NoticeClock,
} from '../../../src/lib/state/slices/notices.svelte';

/** A clock the test moves by hand: timers run when `advance` passes their time. */
function manualClock(): NoticeClock & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  return {
    after(ms, run) {
      const timer = { at: now + ms, run, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => !t.cancelled && t.at <= now);
      timers = timers.filter((t) => !due.includes(t));
      for (const t of due) t.run();
    },
    pending: () => timers.filter((t) => !t.cancelled).length,
  };
}

const text = (n: number) => ({ zh: `提示 ${n}`, en: `notice ${n}` });

describe('notices over the map', () => {
  it('shows the newest three and collapses the older ones behind a count', () => {
    const notices = new NoticesState(manualClock());
    for (let n = 1; n <= 5; n++) notices.notify('warning', text(n));
    expect(MAX_VISIBLE_NOTICES).toBe(3);
    expect(notices.visible.map((n) => n.text.en)).toEqual(['notice 3', 'notice 4', 'notice 5']);
    expect(notices.hiddenCount).toBe(2);
    notices.setExpanded(true);
    expect(notices.visible).toHaveLength(5);
    expect(notices.hiddenCount).toBe(0);
    // Dismissing down to three collapses the list again by itself.
    notices.dismiss(notices.items[0].id);
    notices.dismiss(notices.items[0].id);
    expect(notices.expanded).toBe(false);
    expect(notices.visible.map((n) => n.text.en)).toEqual(['notice 3', 'notice 4', 'notice 5']);
  });

  it('an info notice expires after about six seconds; warnings and errors stay', () => {
    const clock = manualClock();
    const notices = new NoticesState(clock);
    notices.notify('info', text(1));
    notices.notify('warning', text(2));
    notices.notify('error', text(3));
    expect(TRANSIENT_NOTICE_MS).toBeGreaterThanOrEqual(5000);
    expect(TRANSIENT_NOTICE_MS).toBeLessThanOrEqual(8000);
    clock.advance(TRANSIENT_NOTICE_MS - 1);
    expect(notices.items).toHaveLength(3);
    clock.advance(1);
    expect(notices.items.map((n) => n.kind)).toEqual(['warning', 'error']);
    clock.advance(60 * 60 * 1000);
    expect(notices.items.map((n) => n.kind)).toEqual(['warning', 'error']);
  });

  it('a dismissed or cleared info notice leaves no timer behind', () => {
    const clock = manualClock();
    const notices = new NoticesState(clock);
    const id = notices.notify('info', text(1));
    notices.notify('info', text(2));
    expect(clock.pending()).toBe(2);
    notices.dismiss(id);
    expect(clock.pending()).toBe(1);
    notices.clear();
    expect(clock.pending()).toBe(0);
    expect(notices.items).toEqual([]);
  });

  it('the same message again moves to the front instead of piling up, with a fresh expiry', () => {
    const clock = manualClock();
    const notices = new NoticesState(clock);
    notices.notify('info', text(1));
    notices.notify('warning', text(2));
    clock.advance(4000);
    notices.notify('info', text(1));
    expect(notices.items.map((n) => n.text.en)).toEqual(['notice 2', 'notice 1']);
    clock.advance(4000);
    // 8 s after the first, 4 s after the repeat: still shown.
    expect(notices.items).toHaveLength(2);
    clock.advance(2000);
    expect(notices.items.map((n) => n.text.en)).toEqual(['notice 2']);
  });

  it('fifty junk links leave at most a dozen notices, the newest', () => {
    const clock = manualClock();
    const notices = new NoticesState(clock);
    for (let n = 1; n <= 50; n++) notices.notify(n % 5 === 0 ? 'info' : 'warning', text(n));
    expect(notices.items).toHaveLength(MAX_KEPT_NOTICES);
    expect(notices.items.at(-1)!.text.en).toBe('notice 50');
    expect(notices.items[0].text.en).toBe(`notice ${50 - MAX_KEPT_NOTICES + 1}`);
    // Timers of forgotten info notices were cancelled: only the kept info ones remain.
    expect(clock.pending()).toBe(notices.items.filter((n) => n.kind === 'info').length);
  });
});
