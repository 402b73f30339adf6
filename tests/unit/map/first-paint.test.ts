import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_MAX_HOLD_MS, FirstPaintGate } from '../../../src/lib/map/first-paint';
import { isSoftwareRenderer, webglRendererName } from '../../../src/lib/map/first-paint';

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

describe('the renderer a canvas draws with', () => {
  /** WebGL's RENDERER and the debug extension's UNMASKED_RENDERER_WEBGL (their numbers in the WebGL spec). */
  const RENDERER = 0x1f01;
  const UNMASKED = 0x9246;

  /** A canvas whose WebGL context answers like a browser: `renderer` in RENDERER, `unmasked` through the extension, if it has one. */
  function canvas(renderer: string, unmasked?: string) {
    const asked: string[] = [];
    const gl = {
      RENDERER,
      getParameter: (p: number) => (p === RENDERER ? renderer : p === UNMASKED ? unmasked : null),
      getExtension: (name: string) => {
        asked.push(name);
        return unmasked === undefined ? null : { UNMASKED_RENDERER_WEBGL: UNMASKED };
      },
    };
    return { canvas: { getContext: () => gl } as unknown as HTMLCanvasElement, asked };
  }

  it('reads the unmasked name where RENDERER is masked (Chromium, Safari)', () => {
    const { canvas: c, asked } = canvas('WebKit WebGL', 'ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)');
    expect(webglRendererName(c)).toBe('ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)');
    expect(asked).toEqual(['WEBGL_debug_renderer_info']);
  });

  it('takes RENDERER as it is where it names the renderer (Firefox), without the deprecated extension', () => {
    const { canvas: c, asked } = canvas('llvmpipe, or similar', 'llvmpipe (LLVM 15.0.6, 256 bits)');
    expect(webglRendererName(c)).toBe('llvmpipe, or similar');
    expect(asked).toEqual([]);
  });

  it('falls back to the masked name when there is no extension, and to nothing without WebGL', () => {
    expect(webglRendererName(canvas('WebKit WebGL').canvas)).toBe('WebKit WebGL');
    expect(webglRendererName({ getContext: () => null } as unknown as HTMLCanvasElement)).toBe('');
  });
});
