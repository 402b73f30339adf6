// Shared helpers for browser tests that drive the built atlas in a real headless Chromium.
// A test serves dist/ with startServer(), starts Chromium with launchBrowser(), opens the atlas
// with openAtlas() and ends with expectCleanRun(). Everything the page logs as an error or
// warning, every uncaught exception, every breach of the page's security policy and every request
// that would leave the machine is recorded, so a test fails on them even when the feature it
// checks looks right.
//
// The helpers live in small modules by job (harness-*.ts); tests import them all from here.
export { marks, markTimeMs, waitForMark } from './harness-marks';
export { viewports, type ViewportName } from './harness-viewports';
export { hasTestHooks, startServer, type AtlasServer } from './harness-server';
export { launchBrowser } from './harness-browser';
export {
  isExternalUrl,
  openAtlas,
  type AtlasPage,
  type ConsoleProblem,
  type OpenAtlasOptions,
} from './harness-page';
export { expectCleanRun } from './harness-problems';
export { screenshot } from './harness-screenshots';
export { saveExport, type SavedExport } from './harness-exports';
export { useAtlas, withAtlasOn, type AtlasSuite } from './harness-suite';
export { readState, type TestWindow } from './harness-state';
export { axeViolations } from './harness-axe';
export { openPanel } from './harness-panels';
export { mapIdle, mapSettled, overlayFeatures, pixelOf, renderedIds } from './harness-map';
