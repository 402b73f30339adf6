// The screen sizes the browser tests open the atlas at.
import type { BrowserContextOptions } from 'playwright-core';

/** Screen presets. The phone keeps deviceScaleFactor 2 (not a real phone's 3) to keep screenshots fast. */
export const viewports = {
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  fourK: { viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 },
} satisfies Record<string, BrowserContextOptions>;

export type ViewportName = keyof typeof viewports;
