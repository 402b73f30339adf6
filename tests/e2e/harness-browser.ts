// Starts headless Chromium, with or without WebGL.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium, noWebGLArgs } from '../../scripts/chromium.mjs';

/** Browsers started without WebGL: openAtlas refuses to wait for the map in them. */
export const browsersWithoutWebGL = new WeakSet<Browser>();

/**
 * Starts headless Chromium. With `webgl: false` WebGL is switched off entirely, so MapLibre
 * cannot create a context and the atlas has to show its fallback.
 */
export async function launchBrowser(options: { webgl?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      'No Chromium found. Run `node scripts/ensure-chromium.mjs` (npm test does) or set CHROME_PATH.',
    );
  }
  const webgl = options.webgl ?? true;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: webgl ? [...chromiumArgs] : [...chromiumArgs, ...noWebGLArgs],
  });
  if (!webgl) browsersWithoutWebGL.add(browser);
  return browser;
}
