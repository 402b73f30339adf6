import { describe, expect, it } from 'vitest';
import {
  FIRST_PAINT_MAX_HOLD_MS,
  FirstPaintGate,
  isSoftwareRenderer,
} from '../../../src/lib/map/first-paint';

describe('first paint gate', () => {
  it('holds while the sources load and opens the moment they are loaded', () => {
    const gate = new FirstPaintGate(1000);
    expect(gate.allows(1000, false)).toBe(false);
    expect(gate.allows(1900, false)).toBe(false);
    expect(gate.isOpen).toBe(false);
    expect(gate.allows(1950, true)).toBe(true);
    expect(gate.isOpen).toBe(true);
  });

  it('opens at its time limit even if the sources never finish, and not a millisecond before', () => {
    const gate = new FirstPaintGate(1000);
    expect(gate.deadlineMs).toBe(1000 + FIRST_PAINT_MAX_HOLD_MS);
    expect(gate.allows(gate.deadlineMs - 1, false)).toBe(false);
    expect(gate.allows(gate.deadlineMs, false)).toBe(true);
  });

  it('never closes again: later loads (an online basemap, a planner file) paint as they come', () => {
    const gate = new FirstPaintGate(0, 500);
    expect(gate.allows(10, true)).toBe(true);
    expect(gate.allows(20, false)).toBe(true);
    expect(gate.allows(10_000, false)).toBe(true);
  });
});

describe('which renderers draw on the CPU', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)', false],
    ['Apple GPU', false],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Mali-G78', false],
    ['', false],
  ])('%s → %s', (name, software) => {
    expect(isSoftwareRenderer(name)).toBe(software);
  });
});
