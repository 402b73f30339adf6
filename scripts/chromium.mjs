// Where the atlas's browser tests and benchmark find Chromium, and how they start it.
// Shared by scripts/ensure-chromium.mjs, tests/e2e/harness.ts and bench/run.mjs so all three
// agree on one binary and one set of flags.
import { accessSync, constants } from 'node:fs';

/** Paths tried, in order, after the CHROME_PATH environment variable. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to use: CHROME_PATH if it is set and executable, else the first
 * executable candidate, else undefined.
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && isExecutable(fromEnv)) return fromEnv;
  return chromiumCandidates.find(isExecutable);
}

/**
 * Flags for headless runs. SwiftShader gives WebGL without a GPU; the unsafe-swiftshader flag
 * opts in explicitly, which keeps Chromium's "automatic fallback to software WebGL" deprecation
 * warning out of the console. The rest stop Chromium itself calling out to the network
 * (component updates, sync, field trials, QUIC probes), so a test that sees an external request
 * knows the page made it. No --disable-features here: Chromium honours only the last such
 * switch, and playwright-core already passes one that switches off its own network features.
 */
export const chromiumArgs = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
];

/** Flags that take WebGL away entirely, for the atlas's no-WebGL fallback. */
export const noWebGLArgs = ['--disable-webgl', '--disable-3d-apis'];
