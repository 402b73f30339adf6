// A layer's attribute table as rows: the orders expected here are written by hand (pinyin order of
// the names, numbers by value), not produced by the code under test.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  NAME_COLUMN,
  compareUserCells,
  filterUserTableRows,
  nextUserTableSort,
  sortUserTableRows,
  userTableRows,
  visibleRowRange,
} from '../../../src/lib/geo/user-table';

const point = { type: 'Point' as const, coordinates: [119.95, 31.7] };
function collection(properties: Record<string, unknown>[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: properties.map((p) => ({ type: 'Feature', properties: p, geometry: point })),
  };
}

const stations = collection([
  { name: '武进站', 面积: 12, 类型: '车站' },
  { name: '常州北站', 面积: 9, 类型: '车站' },
  { name: 'Alpha', 面积: '100', 类型: null },
  { 面积: 2.5, 类型: '公园' },
  { name: '湖塘', 类型: '镇' },
]);
const columns = ['面积', '类型'];

describe('userTableRows', () => {
  it('gives each feature its name and its values in the columns’ order', () => {
    const rows = userTableRows(stations, columns, null);
    expect(rows.map((r) => r.name)).toEqual(['武进站', '常州北站', 'Alpha', null, '湖塘']);
    expect(rows[0].values).toEqual([12, '车站']);
    expect(rows[4].values).toEqual([undefined, '镇']);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('names the rows by the layer’s label attribute when it has one', () => {
    const rows = userTableRows(stations, columns, '类型');
    expect(rows.map((r) => r.name)).toEqual(['车站', '车站', null, '公园', '镇']);
  });
});

describe('filterUserTableRows', () => {
  const rows = userTableRows(stations, columns, null);
  it('keeps the rows holding the text in their name or any attribute, in any case', () => {
    expect(filterUserTableRows(rows, '站').map((r) => r.index)).toEqual([0, 1]);
    expect(filterUserTableRows(rows, 'alpha').map((r) => r.index)).toEqual([2]);
    expect(filterUserTableRows(rows, '公园').map((r) => r.index)).toEqual([3]);
    expect(filterUserTableRows(rows, ' 2.5 ').map((r) => r.index)).toEqual([3]);
  });
  it('keeps every row for an empty filter and none for text no row has', () => {
    expect(filterUserTableRows(rows, '  ')).toHaveLength(5);
    expect(filterUserTableRows(rows, '上海')).toHaveLength(0);
  });
});

describe('sortUserTableRows', () => {
  const rows = userTableRows(stations, columns, null);
  const order = (column: string, direction: 'ascending' | 'descending'): number[] =>
    sortUserTableRows(rows, columns, { column, direction }).map((r) => r.index);

  it('sorts numbers by value (numeric text too), empty cells last both ways', () => {
    // 2.5 < 9 < 12 < "100"; 湖塘 has no 面积.
    expect(order('面积', 'ascending')).toEqual([3, 1, 0, 2, 4]);
    expect(order('面积', 'descending')).toEqual([2, 0, 1, 3, 4]);
  });

  it('sorts Chinese names by pinyin (chángzhōu < hútáng < wǔjìn), before Latin as Chinese collation does, no name last', () => {
    expect(order(NAME_COLUMN, 'ascending')).toEqual([1, 4, 0, 2, 3]);
    expect(order(NAME_COLUMN, 'descending')).toEqual([2, 0, 4, 1, 3]);
  });

  it('keeps the file’s order among equal cells', () => {
    // chēzhàn (twice, in the file's order) < gōngyuán < zhèn; Alpha's is empty.
    expect(order('类型', 'ascending')).toEqual([0, 1, 3, 4, 2]);
  });

  it('leaves the rows as they are for no sort or a column the layer lacks', () => {
    expect(sortUserTableRows(rows, columns, null)).toBe(rows);
    expect(sortUserTableRows(rows, columns, { column: '高度', direction: 'ascending' })).toBe(rows);
  });
});

describe('compareUserCells', () => {
  it('puts numbers before text and compares digits in text by value', () => {
    expect(compareUserCells(10, '甲')).toBeLessThan(0);
    expect(compareUserCells('地块10', '地块9')).toBeGreaterThan(0);
    expect(compareUserCells('-3', 2)).toBeLessThan(0);
  });
});

describe('nextUserTableSort', () => {
  it('goes ascending, then descending, and starts ascending on another column', () => {
    const first = nextUserTableSort(null, '面积');
    expect(first).toEqual({ column: '面积', direction: 'ascending' });
    const second = nextUserTableSort(first, '面积');
    expect(second).toEqual({ column: '面积', direction: 'descending' });
    expect(nextUserTableSort(second, '面积')).toEqual({ column: '面积', direction: 'ascending' });
    expect(nextUserTableSort(second, '类型')).toEqual({ column: '类型', direction: 'ascending' });
  });
});

describe('visibleRowRange', () => {
  it('draws the rows in view and a few around them, within the list', () => {
    // 100,000 rows of 30 px, 300 px in view, scrolled to row 1,000.
    expect(visibleRowRange(30_000, 300, 30, 100_000, 8)).toEqual([992, 1018]);
    expect(visibleRowRange(0, 300, 30, 100_000, 8)).toEqual([0, 18]);
    expect(visibleRowRange(2_999_900, 300, 30, 100_000, 8)).toEqual([99_988, 100_000]);
    expect(visibleRowRange(0, 300, 30, 0)).toEqual([0, 0]);
    expect(visibleRowRange(0, 300, 30, 5)).toEqual([0, 5]);
  });
});
