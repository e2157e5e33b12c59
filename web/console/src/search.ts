import type { Sorting } from '../../shared/ui/data-table.tsx';

/** A positive integer from the address or a form, else nothing. */
export function integer(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/** A non-empty text from the address or a form, else nothing. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The page and sort of a server-paged list, kept in the address. */
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

/** The sorting a list shows: the address's, else the list's default. */
export const sortingOf = (search: ListSearch, fallback: Sorting): Sorting => ({
  field: search.sort_by ?? fallback.field,
  direction: search.sort_dir ?? (search.sort_by ? 'ASC' : fallback.direction),
});

/** The query of one page of a server list: the filters that are set, its sorting, the address's page, `size` items a page. */
export function pageQuery<F extends Record<string, string | number | undefined>>(filters: F, sorting: Sorting, search: ListSearch, size: number) {
  const set = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')) as Partial<F>;
  return { ...set, sort_by: sorting.field, sort_dir: sorting.direction, page: search.page ?? 1, limit: size };
}

/** A yes-or-no filter as the admin API reads it. */
export const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 'true' : 'false');

export { allPages } from '../../shared/all-pages.ts';
