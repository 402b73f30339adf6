// Lighthouse's mobile preset (simulated slow 4G, 4× CPU slowdown, a mid-range phone's screen) on
// the atlas and on the bare MapLibre page, alternately, in one run: on a phone the main thread is
// the bottleneck, not the GPU, so this is where the atlas's own start-up work shows.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumArgs } from '../scripts/chromium.mjs';

const round1 = (value) => Math.round(value * 10) / 10;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A built chunk's name without its content hash: `assets/index-CDtlvv_J.js` → `index.js`. */
function chunkName(url, origin) {
  if (!url.startsWith(origin)) return url;
  const path = new URL(url).pathname.replace(/^\/+/, '');
  const name = path.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1') || 'index.html';
  // Rolldown names the shared chunk after its first module; it is Svelte's runtime, where the time
  // of building and updating every component's DOM is spent.
  return name === 'disclose-version.js' ? 'svelte runtime (components)' : name;
}

/** Cumulative layout shift to three places, or null when Lighthouse could not measure it. */
const layoutShift = (value) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : null);

function summarise(lhr, origin) {
  const audit = (id) => lhr.audits[id];
  const scripts = (audit('bootup-time')?.details?.items ?? []).map((item) => ({
    chunk: chunkName(item.url, origin),
    totalMs: round1(item.total),
    scriptingMs: round1(item.scripting),
    parseMs: round1(item.scriptParseCompile),
  }));
  return {
    score: lhr.categories.performance.score,
    fcpMs: round1(audit('first-contentful-paint').numericValue),
    lcpMs: round1(audit('largest-contentful-paint').numericValue),
    tbtMs: round1(audit('total-blocking-time').numericValue),
    speedIndexMs: round1(audit('speed-index').numericValue),
    cls: layoutShift(audit('cumulative-layout-shift')?.numericValue),
    mainThreadMs: round1(audit('mainthread-work-breakdown').numericValue),
    lcpElement: audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    // Why a metric is missing (a page with no LCP candidate has no score, say), so a report says so.
    problems: ['largest-contentful-paint', 'first-contentful-paint', 'total-blocking-time']
      .map((id) => audit(id)?.errorMessage)
      .concat(lhr.runtimeError ? [lhr.runtimeError.message ?? lhr.runtimeError.code] : [])
      .filter(Boolean),
    scripts,
  };
}

/**
 * Runs Lighthouse `runs` times on each page (`atlas`, `bare` and, when given, `map`: the atlas's
 * map alone), alternating which goes first, and returns the medians, the ratios atlas/bare (and
 * atlas/map, map/bare) and the atlas's main-thread time by chunk (median over runs).
 */
export async function lighthouseMobile(pages, runs, chromePath) {
  // As root (CI, containers) Chromium refuses to start without --no-sandbox; playwright adds it itself.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...sandbox, ...chromiumArgs] });
  const names = Object.keys(pages);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  try {
    // A warm-up of each page, not counted: the first page a fresh browser opens also pays for
    // starting its GPU process (several seconds of main-thread time at 4× under software WebGL),
    // which would otherwise land on whichever page happens to go first.
    for (const name of [...names].reverse()) {
      await lighthouse(pages[name], options);
      process.stdout.write('w');
    }
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const result = await lighthouse(pages[name], options);
        samples[name].push(summarise(result.lhr, new URL(pages[name]).origin));
        process.stdout.write('l');
      }
    }
  } finally {
    chrome.kill();
  }
  const keys = ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'speedIndexMs', 'mainThreadMs', 'cls'];
  // A run that could not give a metric (null) is left out of that metric's median, not counted as 0.
  const medians = (name) =>
    Object.fromEntries(
      keys.map((k) => {
        const values = samples[name].map((s) => s[k]).filter((v) => Number.isFinite(v));
        return [k, values.length > 0 ? median(values) : null];
      }),
    );
  const ratio = (a, b) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null);
  const delta = (a, b, scale = 1) => (a !== null && b !== null ? Math.round((a - b) * scale) / scale : null);
  const atlas = medians('atlas');
  const bare = medians('bare');
  const map = samples.map ? medians('map') : null;
  const byChunk = new Map();
  for (const sample of samples.atlas) {
    for (const script of sample.scripts) {
      byChunk.set(script.chunk, [...(byChunk.get(script.chunk) ?? []), script.totalMs]);
    }
  }
  const atlasByChunk = [...byChunk]
    .map(([chunk, values]) => ({ chunk, medianMs: round1(median(values)) }))
    .sort((a, b) => b.medianMs - a.medianMs);
  return {
    runs,
    atlas,
    bare,
    ...(map ? { map } : {}),
    ratios: {
      mainThread: ratio(atlas.mainThreadMs, bare.mainThreadMs),
      tbt: ratio(atlas.tbtMs, bare.tbtMs),
      scoreDelta: delta(atlas.score, bare.score, 100),
      lcpDeltaMs: delta(atlas.lcpMs, bare.lcpMs),
      ...(map
        ? {
            mainThreadAtlasToMap: ratio(atlas.mainThreadMs, map.mainThreadMs),
            mainThreadMapToBare: ratio(map.mainThreadMs, bare.mainThreadMs),
            tbtAtlasToMap: ratio(atlas.tbtMs, map.tbtMs),
          }
        : {}),
    },
    problems: Object.fromEntries(
      names.map((name) => [name, [...new Set(samples[name].flatMap((s) => s.problems))]]),
    ),
    lcpElements: {
      atlas: samples.atlas.map((s) => s.lcpElement),
      bare: samples.bare.map((s) => s.lcpElement),
    },
    atlasByChunk,
    samples,
  };
}

/** Markdown rows for the README's table. */
export function lighthouseRows(r) {
  const na = 'n/a';
  const s = (v) => (v === null ? na : `${(v / 1000).toFixed(2)} s`);
  const f2 = (v) => (v === null ? na : v.toFixed(2));
  const ms = (v) => (v === null ? na : `${Math.round(v)} ms`);
  return [
    ['Lighthouse mobile: performance score, atlas / bare', `${f2(r.atlas.score)} / ${f2(r.bare.score)}`],
    ['Lighthouse mobile: FCP, atlas / bare', `${s(r.atlas.fcpMs)} / ${s(r.bare.fcpMs)}`],
    ['Lighthouse mobile: LCP, atlas / bare', `${s(r.atlas.lcpMs)} / ${s(r.bare.lcpMs)}`],
    [
      'Lighthouse mobile: main-thread work, atlas / bare (ratio)',
      `${s(r.atlas.mainThreadMs)} / ${s(r.bare.mainThreadMs)} (${f2(r.ratios.mainThread)})`,
    ],
    ['Lighthouse mobile: total blocking time, atlas / bare', `${ms(r.atlas.tbtMs)} / ${ms(r.bare.tbtMs)}`],
    ['Lighthouse mobile: cumulative layout shift, atlas / bare', `${f2(r.atlas.cls)} / ${f2(r.bare.cls)}`],
    ...(r.map
      ? [
          [
            "Lighthouse mobile: the atlas's map alone, main-thread work (ratio to bare; atlas's ratio to it)",
            `${s(r.map.mainThreadMs)} (${f2(r.ratios.mainThreadMapToBare)}; ${f2(r.ratios.mainThreadAtlasToMap)})`,
          ],
          [
            "Lighthouse mobile: the atlas's map alone, total blocking time / LCP / score",
            `${ms(r.map.tbtMs)} / ${s(r.map.lcpMs)} / ${f2(r.map.score)}`,
          ],
        ]
      : []),
    ...['atlas', 'bare', 'map']
      .filter((name) => (r.problems?.[name] ?? []).length > 0)
      .map((name) => [`Lighthouse could not measure on the ${name} page`, r.problems[name].join('; ')]),
    [
      'Atlas main-thread time by chunk (Lighthouse bootup-time, medians)',
      r.atlasByChunk
        .slice(0, 6)
        .map((c) => `${c.chunk} ${Math.round(c.medianMs)} ms`)
        .join(', '),
    ],
  ];
}
