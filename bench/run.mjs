// Benchmark of the built atlas against a bare MapLibre page with the same data, in headless
// Chromium: time to the first idle map, JS sizes (gzip), and search / near-me latency when the
// page offers the hooks. Run with `npm run bench` (builds dist/ first). Absolute times depend on
// the machine; the ratio atlas/bare measured in one run is the figure worth comparing. A third
// page, the atlas's map alone (bench/bare/map.ts), splits that ratio into what the atlas draws
// and what the atlas does around its map.
//
// Environment: BENCH_RUNS (loads per page, default 7, at least 3); BENCH_LIGHTHOUSE_RUNS (Lighthouse
// mobile runs per page, default 3; 0 skips them); BENCH_PHONE_RUNS (throttled phone loads per page timed by
// the page itself, default 3).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { measureBundle } from './bundle.mjs';
import { lighthouseMobile } from './lighthouse.mjs';
import { markdown } from './report.mjs';
import { syntheticStreetsArchive } from './streets-synthetic.mjs';
import { TYPED_KEYSTROKES } from './typed-queries.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(repoRoot, 'dist');
const benchConfig = fileURLToPath(new URL('./vite.bench.config.ts', import.meta.url));
const benchDistDir = fileURLToPath(new URL('./dist', import.meta.url));
const resultsDir = fileURLToPath(new URL('./results', import.meta.url));

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 7) || 7);
const lighthouseRuns = Math.max(0, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 0);
const phoneRuns = Math.max(0, Number(process.env.BENCH_PHONE_RUNS ?? 3) || 0);
const warmupRuns = 1;
const viewport = { width: 1440, height: 900 };
/** Both pages open framed on Wujin's extent (src/lib/geo/extent.ts); the atlas's view is checked against it. */
const wujinBbox = [119.668, 31.334, 120.202, 31.811];
const mapIdleMark = 'atlas:map-idle';
const readyMark = 'atlas:ready';
const loadTimeoutMs = 60_000;

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function isExternalUrl(url) {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) && !localHosts.has(parsed.hostname);
  } catch {
    return false;
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round1 = (value) => Math.round(value * 10) / 10;

// ---------------------------------------------------------------------------------------------
// Browser measurements

/** A fresh context, desktop unless `screen` says otherwise; requests beyond the machine are counted and blocked. */
async function newContext(browser, screen = { viewport, deviceScaleFactor: 1 }) {
  const context = await browser.newContext({
    ...screen,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const external = [];
  // Nothing may leave the machine; a request that tries is counted and reported.
  await context.route(
    (url) => isExternalUrl(url.href),
    (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, external };
}

/**
 * Records when WebGL is first asked to draw: the first map pixels a person sees. The bare page
 * paints as each source arrives; the atlas paints once its sources are in (src/lib/map/first-paint.ts),
 * so the two pages differ here in the opposite direction, and both figures are reported.
 */
function watchFirstDraw() {
  for (const name of ['drawElements', 'drawArrays']) {
    const original = WebGL2RenderingContext.prototype[name];
    WebGL2RenderingContext.prototype[name] = function (...args) {
      window.__benchFirstDrawMs ??= performance.now();
      return original.apply(this, args);
    };
  }
}

/** One cold load: fresh context, HTTP cache off; milliseconds from navigation start to the mark. */
async function timeLoad(browser, url, mark) {
  const { context, external } = await newContext(browser);
  const problems = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstDraw);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url, { waitUntil: 'commit', timeout: loadTimeoutMs });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
      timeout: loadTimeoutMs,
      polling: 20,
    });
    const ms = await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0].startTime, mark);
    const firstDrawMs = await page.evaluate(() => window.__benchFirstDrawMs);
    const camera = await page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map) return undefined;
      const center = map.getCenter();
      return {
        center: [center.lng, center.lat],
        zoom: map.getZoom(),
        bounds: map.getBounds().toArray().flat(),
      };
    });
    // Streets drawn at first idle (the page with an archive must really draw it to be compared).
    const streetFeatures = await page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map?.getLayer('streets-roads')) return 0;
      return map.queryRenderedFeatures({ layers: ['streets-roads'] }).length;
    });
    return { ms, firstDrawMs, camera, streetFeatures, problems, external: [...external] };
  } finally {
    await context.close();
  }
}

/** A mid-range phone: Lighthouse's mobile screen and its 4× CPU slowdown, applied by the browser itself. */
const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, cpuSlowdown: 4 };

/** The screens the map-alone page is measured on: the desktop loads' and Lighthouse's phone. */
const mapAloneScreens = {
  desktop: { viewport, deviceScaleFactor: 1 },
  phone: {
    viewport: phone.viewport,
    deviceScaleFactor: phone.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  },
};

/**
 * The atlas's map as it stands at its first idle on one screen: its whole style (sources with
 * their data, layers), camera and size, for the page of the map alone (bench/bare/map.ts).
 */
async function captureAtlasMap(browser, url, screen) {
  const { context } = await newContext(browser, screen);
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: loadTimeoutMs });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mapIdleMark, {
      timeout: loadTimeoutMs,
    });
    return await page.evaluate(() => {
      const map = window.__atlasMap;
      if (!map) return null;
      const container = map.getContainer();
      return {
        style: map.getStyle(),
        center: map.getCenter().toArray(),
        zoom: map.getZoom(),
        widthPx: container.clientWidth,
        heightPx: container.clientHeight,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * One cold load on a throttled phone screen, timed by the page itself: its first contentful paint,
 * its largest contentful paint and which element that was (Lighthouse's own element audit fails on
 * this Chromium's traces, and its LCP is simulated), and the first idle map.
 */
async function timePhoneLoad(browser, url) {
  const { context, external } = await newContext(browser, {
    viewport: phone.viewport,
    deviceScaleFactor: phone.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__benchLcp = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const el = entry.element;
          const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
          const what = el
            ? `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> ${text}`
            : entry.url || 'unknown';
          window.__benchLcp.push({ ms: entry.startTime, size: entry.size, element: what });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit', timeout: loadTimeoutMs });
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mapIdleMark, {
      timeout: loadTimeoutMs,
      polling: 50,
    });
    const timing = await page.evaluate((name) => {
      const lcp = window.__benchLcp.at(-1);
      return {
        fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        lcpMs: lcp?.ms ?? null,
        lcpElement: lcp?.element ?? null,
        idleMs: performance.getEntriesByName(name, 'mark')[0].startTime,
      };
    }, mapIdleMark);
    return { ...timing, external: [...external] };
  } finally {
    await context.close();
  }
}

/**
 * Search and near-me latency through the optional hooks window.__atlasBench.search(query) and
 * .nearMe(lon, lat, radiusM). Each call is timed twice: until the hook returns (or its promise
 * settles) and until the next frame after that, which is when a user could see the result.
 */
async function timeHooks(browser, url) {
  const { context } = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: loadTimeoutMs });
    await page.waitForFunction(
      (marks) => marks.some((name) => performance.getEntriesByName(name, 'mark').length > 0),
      [readyMark, mapIdleMark],
      { timeout: loadTimeoutMs },
    );
    // The typed queries' keystrokes go in as an argument: the function runs in the page.
    return await page.evaluate(async (keystrokes) => {
      const bench = window.__atlasBench;
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      async function timeCalls(calls) {
        const computeMs = [];
        const frameMs = [];
        for (let round = 0; round < 3; round++) {
          for (const call of calls) {
            const start = performance.now();
            await call();
            computeMs.push(performance.now() - start);
            await nextFrame();
            frameMs.push(performance.now() - start);
          }
        }
        return { computeMs, frameMs };
      }
      const result = {};
      if (typeof bench?.search === 'function') {
        result.search = {
          keystrokes: keystrokes.length,
          ...(await timeCalls(keystrokes.map((q) => () => bench.search(q)))),
        };
      }
      if (typeof bench?.nearMe === 'function') {
        const points = [
          [119.95, 31.72],
          [119.97, 31.66],
          [119.86, 31.6],
          [120.05, 31.55],
          [120.1, 31.7],
        ];
        const radiiM = [500, 2000, 5000, 10000];
        const calls = points.flatMap(([lon, lat]) =>
          radiiM.map((radiusM) => () => bench.nearMe(lon, lat, radiusM)),
        );
        result.nearMe = { queries: calls.length, ...(await timeCalls(calls)) };
      }
      return result;
    }, TYPED_KEYSTROKES);
  } finally {
    await context.close();
  }
}

function summariseLatency(samples) {
  if (!samples) return undefined;
  const summary = (values) => ({
    p50: round1(percentile(values, 50)),
    p95: round1(percentile(values, 95)),
    max: round1(Math.max(...values)),
  });
  return {
    calls: samples.computeMs.length,
    computeMs: summary(samples.computeMs),
    toNextFrameMs: summary(samples.frameMs),
  };
}

/** Medians of the phone loads, and every load's largest element (they differ between runs when the page does). */
function summarisePhone(loads) {
  const med = (key) => {
    const values = loads.map((l) => l[key]).filter((v) => typeof v === 'number');
    return values.length ? round1(median(values)) : null;
  };
  return {
    fcpMs: med('fcpMs'),
    lcpMs: med('lcpMs'),
    idleMs: med('idleMs'),
    lcpElements: [...new Set(loads.map((l) => l.lcpElement ?? 'none'))],
    loads,
  };
}

// ---------------------------------------------------------------------------------------------
// Machine

function machine(browserVersion) {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('model name'));
    if (line) cpuModel = line.split(':')[1].trim();
  } catch {
    // Not Linux: os.cpus() already gave the model.
  }
  return {
    cpuModel,
    cores: cpus().length,
    node: process.version,
    chromium: browserVersion,
    platform: `${process.platform} ${process.arch}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0];
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run bench`, which builds the atlas first.');
  }
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');

  console.log('Building the bare MapLibre page…');
  await build({ configFile: benchConfig, logLevel: 'warn' });

  // The same build with a streets archive beside it, as the build makes it when
  // geo/streets/wujin.pmtiles exists (src/lib/map/vite-plugin-streets.ts): the archive under
  // streets/ and a meta element naming it. Its first idle is compared with the atlas's own.
  console.log('Making a synthetic streets archive…');
  const streets = syntheticStreetsArchive();
  const streetsDir = mkdtempSync(join(tmpdir(), 'atlas-bench-streets-'));
  cpSync(distDir, streetsDir, { recursive: true });
  mkdirSync(join(streetsDir, 'streets'), { recursive: true });
  writeFileSync(join(streetsDir, 'streets', 'wujin.pmtiles'), streets.bytes);
  const streetsPage = join(streetsDir, 'index.html');
  writeFileSync(
    streetsPage,
    readFileSync(streetsPage, 'utf8').replace(
      /<\/head>/i,
      `<meta name="atlas-streets" content="./streets/wujin.pmtiles?v=bench-${streets.bytes.length}"></head>`,
    ),
  );
  // Everything started from here is stopped in the `finally` below, whatever fails on the way
  // (a capture that times out must not leave servers, a browser or the temporary archive behind).
  const servers = [];
  let browser;
  try {
    const streetsServer = await preview({
      root: repoRoot,
      logLevel: 'silent',
      build: { outDir: streetsDir },
      preview: { port: 0, host: 'localhost', strictPort: true },
    });
    servers.push(streetsServer);
    const atlasServer = await preview({
      root: repoRoot,
      logLevel: 'silent',
      preview: { port: 0, host: 'localhost', strictPort: true },
    });
    servers.push(atlasServer);
    browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
    // The atlas's map as it draws it, written beside the baseline pages before their server starts
    // (it serves the files it finds then).
    console.log("Capturing the atlas's map for the page of the map alone…");
    let mapAlone = true;
    for (const [screenName, screen] of Object.entries(mapAloneScreens)) {
      const captured = await captureAtlasMap(browser, atlasServer.resolvedUrls.local[0], screen);
      if (!captured) mapAlone = false;
      else writeFileSync(join(benchDistDir, `atlas-map-${screenName}.json`), JSON.stringify(captured));
    }
    const bareServer = await preview({
      configFile: benchConfig,
      logLevel: 'silent',
      preview: { port: 0, host: 'localhost', strictPort: true },
    });
    servers.push(bareServer);
    const bareUrl = bareServer.resolvedUrls.local[0];
    const pages = {
      atlas: atlasServer.resolvedUrls.local[0],
      bare: bareUrl,
      ...(mapAlone ? { map: `${bareUrl}map.html?screen=desktop` } : {}),
    };
    const streetsUrl = streetsServer.resolvedUrls.local[0];
    const times = { atlas: [], bare: [], map: [], streets: [] };
    const firstDraws = { atlas: [], bare: [], map: [] };
    const problems = { atlas: new Set(), bare: new Set(), map: new Set(), streets: new Set() };
    const external = { atlas: new Set(), bare: new Set(), map: new Set(), streets: new Set() };
    let atlasCamera;
    let streetsDrawn = 0;
    console.log(`Timing ${runs} cold loads of each page (after ${warmupRuns} warm-up), alternating…`);
    for (let run = 0; run < warmupRuns + runs; run++) {
      // Alternate the order so drift (thermal, caches) does not favour one page.
      const names = ['atlas', 'bare', ...(pages.map ? ['map'] : []), 'streets'];
      const order = run % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const result = await timeLoad(browser, name === 'streets' ? streetsUrl : pages[name], mapIdleMark);
        result.problems.forEach((text) => problems[name].add(text));
        result.external.forEach((url) => external[name].add(url));
        if (name === 'atlas') atlasCamera ??= result.camera;
        if (name === 'streets') streetsDrawn = Math.max(streetsDrawn, result.streetFeatures);
        if (run >= warmupRuns) {
          times[name].push(round1(result.ms));
          if (result.firstDrawMs !== undefined && name !== 'streets')
            firstDraws[name].push(round1(result.firstDrawMs));
        }
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');

    console.log(`Timing ${phoneRuns} throttled phone loads of each page, alternating…`);
    const phoneLoads = { atlas: [], bare: [] };
    for (let run = 0; run < phoneRuns; run++) {
      for (const name of run % 2 === 0 ? ['atlas', 'bare'] : ['bare', 'atlas']) {
        const load = await timePhoneLoad(browser, pages[name]);
        load.external.forEach((url) => external[name].add(url));
        phoneLoads[name].push(load);
      }
    }
    const hookSamples = await timeHooks(browser, pages.atlas);
    let lighthouse;
    if (lighthouseRuns > 0) {
      console.log(`Lighthouse, mobile preset, ${lighthouseRuns} runs of each page, alternating…`);
      const lighthousePages = {
        atlas: pages.atlas,
        bare: pages.bare,
        ...(pages.map ? { map: `${bareUrl}map.html?screen=phone` } : {}),
      };
      lighthouse = await lighthouseMobile(lighthousePages, lighthouseRuns, executablePath);
      process.stdout.write('\n');
    }
    const bundle = measureBundle(distDir);
    const atlasMedianMs = median(times.atlas);
    const bareMedianMs = median(times.bare);
    const notes = [...bundle.notes];
    // Other work on the machine stretches every load; the ratio suffers less but still does.
    if (loadBefore > cpus().length) {
      notes.push(
        `Load average was ${loadBefore.toFixed(1)} on ${cpus().length} cores at the start: times are inflated.`,
      );
    }
    if (!hookSamples.search) notes.push('window.__atlasBench.search is absent: search latency not measured.');
    if (!hookSamples.nearMe)
      notes.push('window.__atlasBench.nearMe is absent: near-me latency not measured.');
    if (!atlasCamera) notes.push('window.__atlasMap is absent: could not check the atlas camera.');
    else {
      const [w, south, e, n] = atlasCamera.bounds;
      const frames = w <= wujinBbox[0] && south <= wujinBbox[1] && e >= wujinBbox[2] && n >= wujinBbox[3];
      if (!frames || e - w > 1.5) {
        notes.push(
          `The atlas opened at [${atlasCamera.bounds.map((v) => v.toFixed(3))}], not framed on Wujin as the bare page is: the comparison is skewed.`,
        );
      }
    }
    if (!pages.map) notes.push("window.__atlasMap is absent: the atlas's map alone was not measured.");
    if (streetsDrawn === 0)
      notes.push('The page with a streets archive drew no streets: its comparison is void.');
    for (const name of ['atlas', 'bare', 'map', 'streets']) {
      if (problems[name].size) notes.push(`${name} logged: ${[...problems[name]].slice(0, 5).join(' | ')}`);
      if (external[name].size)
        notes.push(`${name} tried external requests (blocked): ${[...external[name]].join(', ')}`);
    }

    const results = {
      date: new Date().toISOString(),
      machine: machine(browser.version()),
      viewport,
      runs,
      mapIdle: {
        atlasMs: times.atlas,
        bareMs: times.bare,
        atlasMedianMs,
        bareMedianMs,
        ratio: Math.round((atlasMedianMs / bareMedianMs) * 100) / 100,
        ...(times.map.length
          ? {
              mapAloneMs: times.map,
              mapAloneMedianMs: median(times.map),
              ratioToMapAlone: Math.round((atlasMedianMs / median(times.map)) * 100) / 100,
              mapAloneToBare: Math.round((median(times.map) / bareMedianMs) * 100) / 100,
            }
          : {}),
      },
      streets: {
        lines: streets.lines,
        tiles: streets.tiles,
        archiveBytes: streets.bytes.length,
        atlasMs: times.streets,
        medianMs: median(times.streets),
        ratioToAtlas: Math.round((median(times.streets) / atlasMedianMs) * 100) / 100,
        roadsDrawnAtFirstIdle: streetsDrawn,
      },
      firstDraw: {
        atlasMs: firstDraws.atlas,
        bareMs: firstDraws.bare,
        atlasMedianMs: firstDraws.atlas.length ? median(firstDraws.atlas) : undefined,
        bareMedianMs: firstDraws.bare.length ? median(firstDraws.bare) : undefined,
        mapAloneMedianMs: firstDraws.map.length ? median(firstDraws.map) : undefined,
      },
      phone: {
        ...phone,
        runs: phoneRuns,
        atlas: summarisePhone(phoneLoads.atlas),
        bare: summarisePhone(phoneLoads.bare),
      },
      bundle,
      search: summariseLatency(hookSamples.search),
      nearMe: summariseLatency(hookSamples.nearMe),
      lighthouse,
      notes,
      durationS: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${markdown(results)}`);
    console.log(`Written to bench/results/latest.json in ${results.durationS} s.`);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(streetsDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
