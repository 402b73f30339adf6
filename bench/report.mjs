// The benchmark's results as the Markdown table the README quotes.
import { lighthouseRows } from './lighthouse.mjs';

const round1 = (value) => Math.round(value * 10) / 10;
const kB = (bytes) => round1(bytes / 1000);

export function markdown(r) {
  const m = r.machine;
  const spread = (values) => ` (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
  const rows = [
    [
      'Navigation → first map idle, atlas (median, min–max)',
      `${Math.round(r.mapIdle.atlasMedianMs)} ms${spread(r.mapIdle.atlasMs)}`,
    ],
    [
      'Navigation → first map idle, bare MapLibre, same data (median, min–max)',
      `${Math.round(r.mapIdle.bareMedianMs)} ms${spread(r.mapIdle.bareMs)}`,
    ],
    ['Ratio atlas / bare', `${r.mapIdle.ratio.toFixed(2)}`],
  ];
  if (r.mapIdle.mapAloneMedianMs !== undefined) {
    rows.push([
      "Navigation → first map idle, the atlas's map alone (its style in a bare page; median, min–max); its ratio to bare, the atlas's ratio to it",
      `${Math.round(r.mapIdle.mapAloneMedianMs)} ms${spread(r.mapIdle.mapAloneMs)}; ${r.mapIdle.mapAloneToBare.toFixed(2)}; ${r.mapIdle.ratioToMapAlone.toFixed(2)}`,
    ]);
  }
  if (r.streets) {
    rows.push([
      `Navigation → first map idle, atlas with a streets archive (synthetic: ${r.streets.lines} lines, ${r.streets.tiles} tiles, ${kB(r.streets.archiveBytes)} kB; median) and ratio to the atlas without`,
      `${Math.round(r.streets.medianMs)} ms${spread(r.streets.atlasMs)}; ${r.streets.ratioToAtlas.toFixed(2)}`,
    ]);
  }
  if (r.firstDraw.atlasMedianMs !== undefined && r.firstDraw.bareMedianMs !== undefined) {
    rows.push([
      'Navigation → first map pixels (first WebGL draw), atlas / bare (medians)',
      `${Math.round(r.firstDraw.atlasMedianMs)} ms / ${Math.round(r.firstDraw.bareMedianMs)} ms`,
    ]);
  }
  rows.push(
    ['MapLibre JS, main chunk (gzip)', `${kB(r.bundle.maplibreMainGzipBytes)} kB`],
    ['MapLibre JS, worker (gzip)', `${kB(r.bundle.maplibreWorkerGzipBytes)} kB`],
    ['Atlas own JS, all chunks (gzip)', `${kB(r.bundle.atlasAllGzipBytes)} kB`],
  );
  if (r.bundle.firstLoad) {
    rows.push(['Atlas own JS at first load (gzip)', `${kB(r.bundle.firstLoad.atlasOwnGzipBytes)} kB`]);
    rows.push(['CSS at first load (gzip)', `${kB(r.bundle.firstLoad.cssGzipBytes)} kB`]);
  }
  if (r.phone?.runs > 0) {
    const s = (v) => (v === null ? 'n/a' : `${(v / 1000).toFixed(2)} s`);
    const p = r.phone;
    rows.push(
      [
        `Phone screen, ${p.cpuSlowdown}× CPU slowdown, timed by the page (medians of ${p.runs}): FCP / LCP / first map idle, atlas`,
        `${s(p.atlas.fcpMs)} / ${s(p.atlas.lcpMs)} / ${s(p.atlas.idleMs)}`,
      ],
      ['… the same, bare MapLibre', `${s(p.bare.fcpMs)} / ${s(p.bare.lcpMs)} / ${s(p.bare.idleMs)}`],
      [
        '… largest contentful paint element, atlas / bare',
        `${p.atlas.lcpElements.join('; ')} / ${p.bare.lcpElements.join('; ')}`,
      ],
    );
  }
  if (r.lighthouse) rows.push(...lighthouseRows(r.lighthouse));
  const latencyRow = (label, summary) =>
    summary
      ? [
          label,
          `p95 ${summary.computeMs.p95} ms (to next frame ${summary.toNextFrameMs.p95} ms), ${summary.calls} calls`,
        ]
      : [label, 'not measured (hook absent)'];
  rows.push(latencyRow('Search, per keystroke', r.search));
  rows.push(latencyRow('Near me', r.nearMe));
  const table = ['| Measure | Value |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
  const setup =
    `Headless Chromium ${m.chromium} (SwiftShader WebGL), ${r.viewport.width}×${r.viewport.height}, ` +
    `median of ${r.runs} cold loads each, ${m.cpuModel}, ${m.cores} cores, Node ${m.node}.` +
    (r.lighthouse ? ` Lighthouse: mobile preset, medians of ${r.lighthouse.runs} runs each.` : '');
  const notes = r.notes.length ? `\n\nNotes:\n${r.notes.map((n) => `- ${n}`).join('\n')}` : '';
  return `${table}\n\n${setup}${notes}\n`;
}
