// A 2D canvas for the unit tests, which run without a DOM: images are drawn onto it as on a page.
/** What a 2D context was asked to draw: each fill and stroke with its colour, radius and width. */
export interface Drawn {
  op: 'fill' | 'stroke';
  style: string;
  radius: number;
  lineWidth: number;
}

/** A canvas for node: records fills and strokes of arcs, returns blank pixels of the right size. */
export function fakeCanvas(log: Drawn[]) {
  let radius = 0;
  const canvas = { width: 0, height: 0, getContext: () => ctx };
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    beginPath() {},
    clearRect() {},
    setLineDash() {},
    arc(_x: number, _y: number, r: number) {
      radius = r;
    },
    fill() {
      log.push({ op: 'fill', style: ctx.fillStyle, radius, lineWidth: 0 });
    },
    stroke() {
      log.push({ op: 'stroke', style: ctx.strokeStyle, radius, lineWidth: ctx.lineWidth });
    },
    getImageData: (_x: number, _y: number, w: number, h: number) => ({
      width: w,
      height: h,
      data: new Uint8ClampedArray(w * h * 4),
    }),
  };
  return canvas;
}

/**
 * Runs `draw` with a document whose canvases are fake ones (the unit tests have no DOM) and
 * returns what `draw` returned and what was drawn.
 */
export function withFakeCanvas<T>(draw: () => T): { result: T; drawn: Drawn[] } {
  const drawn: Drawn[] = [];
  const saved = globalThis.document;
  globalThis.document = { createElement: () => fakeCanvas(drawn) } as unknown as Document;
  try {
    return { result: draw(), drawn };
  } finally {
    globalThis.document = saved;
  }
}
