/**
 * Reading GMT's `coast -M` dumps and joining shoreline pieces cut at GSHHG bin edges.
 */
import { describe, expect, it } from 'vitest';
import { closeAlongEdge, joinSegments, parseGmtDump } from '../../../../geo/scripts/basemap/gmt-dump.mjs';
import { path } from '../shapes';

/** One piece of a `coast -M` dump as GMT writes it: its header, then one tab-separated position a line. */
const piece = (bin: number, level: number, positions: string): string =>
  [`> Shore Bin # ${bin}, Level ${level}`, ...path(positions).map((p) => p.join('\t'))].join('\n');

// A square lake split by the bin edge at 120 E into two pieces, plus an island ring, an empty
// header GMT sometimes writes, and a degenerate two-position piece.
const DUMP = `${[
  '> Shore Bin # 20999, Level 2',
  piece(20999, 2, '120 31.2, 119.9 31.2, 119.9 31.1, 120 31.1'),
  piece(21000, 2, '120 31.1, 120.1 31.1, 120.1 31.2, 120 31.2'),
  piece(21000, 3, '120.02 31.12, 120.04 31.12, 120.04 31.14, 120.02 31.12'),
  piece(21000, 8, '120.05 31.5, 120.05 31.5'),
].join('\n')}\n`;

describe('parseGmtDump', () => {
  it('reads bins, levels and positions, and drops empty or degenerate pieces', () => {
    const segments = parseGmtDump(DUMP);
    expect(segments.map((s) => [s.bin, s.level, s.points.length])).toEqual([
      [20999, 2, 4],
      [21000, 2, 4],
      [21000, 3, 4],
    ]);
    expect(segments[0].points[0]).toEqual([120, 31.2]);
  });

  it('fails loudly on text that is not a GMT dump', () => {
    expect(() => parseGmtDump('> something else\n1 2\n')).toThrow(/unexpected GMT header/);
    expect(() => parseGmtDump('> Shore Bin # 1, Level 2\nfoo bar\n')).toThrow(/bad GMT data line/);
  });
});

describe('joinSegments', () => {
  it('joins pieces that meet on a bin edge into one closed ring', () => {
    const joined = joinSegments(parseGmtDump(DUMP));
    const lake = joined.find((r) => r.level === 2);
    expect(joined.filter((r) => r.level === 2)).toHaveLength(1);
    expect(lake?.closed).toBe(true);
    expect(lake?.coords).toHaveLength(7);
    expect(lake?.coords[0]).toEqual(lake?.coords[6]);
  });

  it('joins line pieces met end to end even when one runs the other way', () => {
    const segments = [
      { bin: 1, level: 8, points: path('0 0, 1 0') },
      { bin: 2, level: 8, points: path('2 0, 1 0') },
      { bin: 3, level: 8, points: path('2 0, 3 1') },
      { bin: 3, level: 9, points: path('3 1, 4 1') },
    ];
    const joined = joinSegments(segments);
    expect(joined.find((r) => r.level === 8)?.coords).toEqual(path('0 0, 1 0, 2 0, 3 1'));
    expect(joined.find((r) => r.level === 9)?.coords).toEqual(path('3 1, 4 1'));
  });
});

describe('closeAlongEdge', () => {
  const bbox = [119, 31, 121, 32];

  it('closes a shoreline that leaves and re-enters through the same edge', () => {
    const coords = path('121 31.5, 120.5 31.6, 121 31.7');
    expect(closeAlongEdge(coords, bbox)).toEqual([...coords, [121, 31.5]]);
  });

  it('refuses to guess when the ends lie on different edges', () => {
    expect(() => closeAlongEdge(path('121 31.5, 120.5 32'), bbox)).toThrow(/cannot close/);
  });
});
