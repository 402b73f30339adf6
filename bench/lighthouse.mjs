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
  return path.replace(/^assets\//, '').replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1') || 'index.html';
}

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
    mainThreadMs: round1(audit('mainthread-work-breakdown').numericValue),
    lcpElement: audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    scripts,
  };
}

/**
 * Runs Lighthouse `runs` times on each page, alternating which goes first, and returns the
 * medians, the ratios atlas/bare and the atlas's main-thread time by chunk (median over runs).
 */
export async function lighthouseMobile(pages, runs, chromePath) {
  // As root (CI, containers) Chromium refuses to start without --no-sandbox; playwright adds it itself.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...sandbox, ...chromiumArgs] });
  const samples = { atlas: [], bare: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const order = run % 2 === 0 ? ['atlas', 'bare'] : ['bare', 'atlas'];
      for (const name of order) {
        const result = await lighthouse(pages[name], {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        samples[name].push(summarise(result.lhr, new URL(pages[name]).origin));
        process.stdout.write('l');
      }
    }
  } finally {
    chrome.kill();
  }
  const keys = ['score', 'fcpMs', 'lcpMs', 'tbtMs', 'speedIndexMs', 'mainThreadMs'];
  const medians = (name) => Object.fromEntries(keys.map((k) => [k, median(samples[name].map((s) => s[k]))]));
  const atlas = medians('atlas');
  const bare = medians('bare');
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
    ratios: {
      mainThread: Math.round((atlas.mainThreadMs / bare.mainThreadMs) * 100) / 100,
      tbt: bare.tbtMs > 0 ? Math.round((atlas.tbtMs / bare.tbtMs) * 100) / 100 : undefined,
      scoreDelta: Math.round((atlas.score - bare.score) * 100) / 100,
      lcpDeltaMs: Math.round(atlas.lcpMs - bare.lcpMs),
    },
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
  const s = (v) => `${(v / 1000).toFixed(2)} s`;
  return [
    [
      'Lighthouse mobile: performance score, atlas / bare',
      `${r.atlas.score.toFixed(2)} / ${r.bare.score.toFixed(2)}`,
    ],
    ['Lighthouse mobile: FCP, atlas / bare', `${s(r.atlas.fcpMs)} / ${s(r.bare.fcpMs)}`],
    ['Lighthouse mobile: LCP, atlas / bare', `${s(r.atlas.lcpMs)} / ${s(r.bare.lcpMs)}`],
    [
      'Lighthouse mobile: main-thread work, atlas / bare (ratio)',
      `${s(r.atlas.mainThreadMs)} / ${s(r.bare.mainThreadMs)} (${r.ratios.mainThread.toFixed(2)})`,
    ],
    [
      'Lighthouse mobile: total blocking time, atlas / bare',
      `${Math.round(r.atlas.tbtMs)} ms / ${Math.round(r.bare.tbtMs)} ms`,
    ],
    [
      'Atlas main-thread time by chunk (Lighthouse bootup-time, medians)',
      r.atlasByChunk
        .slice(0, 6)
        .map((c) => `${c.chunk} ${Math.round(c.medianMs)} ms`)
        .join(', '),
    ],
  ];
}
