/**
 * A page of a list (api.md 1.7), as services take and answer it: which page, how many items,
 * in which order, and what the page holds. The HTTP side reads it from the query string and
 * writes the X-Page… headers (src/http/pagination.ts).
 */

export type SortDirection = 'ASC' | 'DESC';

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

export interface PageRequest {
  page: number;
  limit: number;
  /** Items before this page: (page − 1) × limit. */
  offset: number;
}

export interface ListRequest<F extends string> extends PageRequest {
  sort: Sort<F>;
}

export interface PageMeta {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
  /** Items on this page. */
  pageSize: number;
  hasMore: boolean;
}

/** Page `page` of `limit` items (both ≥ 1). */
export function pageRequest(page: number, limit: number): PageRequest {
  return { page, limit, offset: (page - 1) * limit };
}

export function pageMeta(request: PageRequest, total: number, pageSize: number): PageMeta {
  const totalPages = Math.ceil(total / request.limit);
  return { page: request.page, limit: request.limit, total, totalPages, pageSize, hasMore: request.page < totalPages };
}

/** One page of an in-memory list, already filtered and sorted. */
export function paginate<T>(items: readonly T[], request: PageRequest): { items: T[]; meta: PageMeta } {
  const page = items.slice(request.offset, request.offset + request.limit);
  return { items: page, meta: pageMeta(request, items.length, page.length) };
}
