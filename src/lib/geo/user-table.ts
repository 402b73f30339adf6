/**
 * A layer's attribute table as rows: each feature's name and its attributes as text, sorted by a
 * column and filtered by what the planner types. Pure functions; the table component shows a
 * window of the result.
 */
import type { FeatureCollection } from 'geojson';
import { userFeatureLabel } from './user-features';

/** One feature of the layer as a row of its table. */
export interface UserTableRow {
  /** The feature's index in its file (what selecting it needs). */
  readonly index: number;
  /** Its name (by the layer's label attribute), or null when it has none. */
  readonly name: string | null;
  /** Each column's value as the file has it; undefined where the feature lacks the attribute. */
  readonly values: readonly (string | number | boolean | null | undefined)[];
  /** Everything the filter looks in, in lower case, joined once. */
  readonly search: string;
}

/** The name column's key; attribute columns are their names. */
export const NAME_COLUMN = '';

export type SortDirection = 'ascending' | 'descending';

export interface UserTableSort {
  /** NAME_COLUMN, or an attribute name. */
  column: string;
  direction: SortDirection;
}

/** The rows of a file's features, in the file's order, for the given attribute columns. */
export function userTableRows(
  data: FeatureCollection,
  columns: readonly string[],
  labelField: string | null,
): UserTableRow[] {
  return data.features.map((f, index) => {
    const properties = f.properties ?? {};
    const name = userFeatureLabel(properties, labelField);
    const values = columns.map((c) => {
      const v: unknown = properties[c];
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null
        ? v
        : v === undefined
          ? undefined
          : JSON.stringify(v);
    });
    const search = [name ?? '', ...values.map((v) => (v === null || v === undefined ? '' : String(v)))]
      .join('\u0000')
      .toLowerCase();
    return { index, name, values, search };
  });
}

/** The rows holding the text typed (any case, in the name or any attribute), in their order. */
export function filterUserTableRows(rows: readonly UserTableRow[], query: string): readonly UserTableRow[] {
  const q = query.trim().toLowerCase();
  if (q === '') return rows;
  return rows.filter((r) => r.search.includes(q));
}

/** Chinese text by its pinyin order (as planners' lists are sorted), digits in text by value. */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true, sensitivity: 'base' });

/** A number, or a text that is one (a CSV's columns are text), or null. */
function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Compares two cells: numbers (and numeric text) by value and before text, text with Chinese
 * collation. Empty cells are not compared here (the sort keeps them last either way).
 */
export function compareUserCells(a: unknown, b: unknown): number {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== null && y !== null) return x - y;
  if (x !== null) return -1;
  if (y !== null) return 1;
  return collator.compare(String(a), String(b));
}

/**
 * The rows sorted by a column (a stable sort: equal cells keep the file's order); empty cells come
 * last in both directions, so the rows with a value are always at the top.
 */
export function sortUserTableRows(
  rows: readonly UserTableRow[],
  columns: readonly string[],
  sort: UserTableSort | null,
): readonly UserTableRow[] {
  if (!sort) return rows;
  const at = columns.indexOf(sort.column);
  if (sort.column !== NAME_COLUMN && at < 0) return rows;
  const cell = (r: UserTableRow): unknown => (sort.column === NAME_COLUMN ? r.name : r.values[at]);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((p, q) => {
    const a = cell(p);
    const b = cell(q);
    const ea = isEmpty(a);
    const eb = isEmpty(b);
    if (ea || eb) return ea === eb ? p.index - q.index : ea ? 1 : -1;
    return sign * compareUserCells(a, b) || p.index - q.index;
  });
}

/** The next sort after a click on a column's header: ascending, then descending, then back again. */
export function nextUserTableSort(current: UserTableSort | null, column: string): UserTableSort {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}

/** A cell as the table shows it. */
export function userCellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  return String(value);
}

/**
 * Which rows of a scrolled list are drawn: those in view and a few around them, as [first, end)
 * (end exclusive), never past the list.
 */
export function visibleRowRange(
  scrollTopPx: number,
  viewHeightPx: number,
  rowHeightPx: number,
  count: number,
  overscan = 8,
): [number, number] {
  if (count === 0 || rowHeightPx <= 0) return [0, 0];
  const first = Math.max(0, Math.floor(scrollTopPx / rowHeightPx) - overscan);
  const end = Math.min(count, Math.ceil((scrollTopPx + Math.max(0, viewHeightPx)) / rowHeightPx) + overscan);
  return [Math.min(first, count), Math.max(end, Math.min(first, count))];
}
