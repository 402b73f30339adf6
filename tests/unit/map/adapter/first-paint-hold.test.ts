// The first frame's hold against a stub map: frames drawn while the sources load are tiny and
// hidden; once every source is in, one full frame is drawn and shown, and only then is the map
// reported painted and, after it, idle. With a graphics processor nothing is held back, and the
// map is reported painted and idle at the same moments.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFirstPaint, type HoldMap } from '../../../../src/lib/map/first-paint';
import { StubMap, asMap } from './stub-map';

const LIMIT_MS = 3000;

function setup(software = true) {
  const stub = new StubMap();
  const events: string[] = [];
  let now = 0;
  const end = holdFirstPaint(asMap<HoldMap>(stub), {
    onPainted: (complete) => events.push(`painted ${complete ? 'complete' : 'partial'}`),
    onFirstIdle: () => events.push('idle'),
    nowMs: () => now,
    software,
  });
  return { stub, events, end, setNow: (ms: number) => (now = ms) };
}

describe('the first full frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is hidden and small while the sources load, then drawn full size once and shown', () => {
    const { stub, events, setNow } = setup();
    expect(stub.canvas.style.visibility).toBe('hidden');
    setNow(400);
    stub.fire('render');
    stub.fire('idle');
    expect(stub.callsTo('setPixelRatio')).toEqual([]);
    stub.isLoaded = true;
    setNow(900);
    stub.fire('render');
    // Back to the device's pixel ratio (null), and a frame asked for.
    expect(stub.callsTo('setPixelRatio')).toEqual([{ method: 'setPixelRatio', args: [null] }]);
    expect(stub.callsTo('triggerRepaint')).toHaveLength(1);
    // MapLibre may report idle after the small frame: that is not the map's first idle.
    stub.fire('idle');
    expect(stub.canvas.style.visibility).toBe('hidden');
    expect(events).toEqual([]);
    stub.fire('render');
    expect(stub.canvas.style.visibility).toBe('');
    expect(events).toEqual(['painted complete']);
    stub.fire('idle');
    expect(events).toEqual(['painted complete', 'idle']);
    // Later frames and idles change nothing.
    stub.fire('render');
    stub.fire('idle');
    expect(events).toEqual(['painted complete', 'idle']);
    expect(stub.callsTo('setPixelRatio')).toHaveLength(1);
  });

  it('comes at the time limit when a source never finishes, reported as partial', () => {
    const { stub, events, setNow } = setup();
    setNow(LIMIT_MS - 1);
    vi.advanceTimersByTime(LIMIT_MS - 1);
    expect(stub.callsTo('setPixelRatio')).toEqual([]);
    setNow(LIMIT_MS);
    vi.advanceTimersByTime(1);
    expect(stub.callsTo('setPixelRatio')).toHaveLength(1);
    stub.fire('render');
    expect(events).toEqual(['painted partial']);
  });

  it('ends with the map: a removed map is not touched by the timer', () => {
    const { stub, end } = setup();
    end();
    vi.advanceTimersByTime(LIMIT_MS * 2);
    stub.fire('render');
    expect(stub.callsTo('setPixelRatio')).toEqual([]);
  });

  it('with a graphics processor is not held: full size and shown from the start', () => {
    const { stub, events, setNow } = setup(false);
    expect(stub.canvas.style.visibility).toBe('');
    expect(stub.callsTo('setPixelRatio')).toEqual([{ method: 'setPixelRatio', args: [null] }]);
    setNow(400);
    stub.fire('render');
    expect(events).toEqual([]);
    stub.isLoaded = true;
    stub.fire('render');
    stub.fire('render');
    expect(events).toEqual(['painted complete']);
    stub.fire('idle');
    expect(events).toEqual(['painted complete', 'idle']);
    // The pixel ratio was set once, at the start.
    expect(stub.callsTo('setPixelRatio')).toHaveLength(1);
  });
});
