import type { Sorting } from '../../shared/ui/data-table.tsx';
import { integer, text } from './search.ts';

/**
 * Lists the admin API sends whole (products, categories, stock, FX rates): filtered, sorted and
 * paged here, with the same table, address and CSV export as the server-paged lists.
 */

export interface ListSearch {
  page?: number;
  sort_by?: string;
  sort_dir?: 'ASC' | 'DESC';
}

/** The page and sorting of a list from the address. */
export const listSearch = (search: Record<string, unknown>): ListSearch => ({
  page: integer(search.page),
  sort_by: text(search.sort_by),
  sort_dir: search.sort_dir === 'ASC' || search.sort_dir === 'DESC' ? search.sort_dir : undefined,
});

/** A field's value of a row, for sorting: numbers as numbers, text without case. */
export type SortKeys<Row> = Record<string, (row: Row) => string | number | null>;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortRows<Row>(rows: Row[], sorting: Sorting, keys: SortKeys<Row>): Row[] {
  const key = keys[sorting.field];
  if (!key) return rows;
  const sign = sorting.direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    if (left === right) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    return sign * (typeof left === 'number' && typeof right === 'number' ? left - right : collator.compare(String(left), String(right)));
  });
}

/** One page of rows and the numbers the table shows under it. */
export function pageRows<Row>(rows: Row[], page: number | undefined, size: number) {
  const totalPages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(page ?? 1, 1), totalPages);
  return { items: rows.slice((current - 1) * size, current * size), page: { page: current, totalPages, total: rows.length } };
}

/** Case-insensitive "contains", for a search box. */
export const contains = (value: string | null | undefined, needle: string | undefined) =>
  !needle || (value ?? '').toLowerCase().includes(needle.toLowerCase());
