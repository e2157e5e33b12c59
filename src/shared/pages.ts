import { errors } from './errors.ts';

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
  /** Only the items after this one, in `sort` (keyset pagination); `page` is then 1. */
  after?: ListCursor;
}

/**
 * Where a walk through a list stands: after this item, in this order. The client holds it as an
 * opaque string (`encodeCursor` in list-cursor.ts) and gives it back as `after`.
 */
export interface ListCursor {
  /** Which list it walks (a cursor of one list is refused by another). */
  list: string;
  /** Whose list: the client's id (a cursor of one client is refused for another), null for the operator's. */
  owner: number | null;
  sort: Sort<string>;
  /** The sort key of that item as text (microseconds since 1970 for `created_at`), null for `id`. */
  key: string | null;
  id: number;
}

export interface PageMeta {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
  /** Items on this page. */
  pageSize: number;
  hasMore: boolean;
  /** `total` is a lower bound: counting stopped (LIST_BOUNDS.countCap). */
  totalCapped?: boolean;
  /** The last item's place in the list (absent when the page is empty): the HTTP side's X-Next-Cursor. */
  next?: ListPosition;
}

/** An item's place in a list's order: its sort key as text (null for the id sort) and its id. */
export interface ListPosition {
  key: string | null;
  id: number;
}

/**
 * What one list request may cost (docs/reference/pagination.md, "What a list costs"): the
 * bounds of the order and transaction lists, whatever the volume.
 */
export const LIST_BOUNDS = {
  /** Items before a page asked by `page` ((page − 1) × limit) at most: deeper, page with `after`. */
  maxOffset: 10_000,
  /** Counting by reading items (a date window, what follows a cursor) stops after this many. */
  countCap: 10_000,
  /** Items outside a date window that a list sorted by id may pass over to reach it. */
  maxSkipped: 50_000,
} as const;

export const pageTooDeep = () =>
  errors.badRequest(`Page too deep: (page - 1) × limit may be at most ${LIST_BOUNDS.maxOffset}; read on with after (X-Next-Cursor)`, 'PAGE_TOO_DEEP');

export const listTooExpensive = (advice: string) => errors.badRequest(`List too expensive: ${advice}`, 'LIST_TOO_EXPENSIVE');

/** Page `page` of `limit` items (both ≥ 1). */
export function pageRequest(page: number, limit: number): PageRequest {
  return { page, limit, offset: (page - 1) * limit };
}

export function pageMeta(request: PageRequest, total: number, pageSize: number): PageMeta {
  const totalPages = Math.ceil(total / request.limit);
  return { page: request.page, limit: request.limit, total, totalPages, pageSize, hasMore: request.page < totalPages };
}

/**
 * The meta of a page read within LIST_BOUNDS: `total` counted (a lower bound when `capped`),
 * `hasMore` from reading one item past the page, `next` the place of its last item.
 */
export function listPageMeta(
  request: PageRequest,
  listed: { total: number; capped: boolean; hasMore: boolean },
  pageSize: number,
  next: ListPosition | undefined,
): PageMeta {
  return {
    page: request.page,
    limit: request.limit,
    total: listed.total,
    totalPages: Math.ceil(listed.total / request.limit),
    pageSize,
    hasMore: listed.hasMore,
    ...(listed.capped ? { totalCapped: true } : {}),
    ...(next ? { next } : {}),
  };
}

/** One page of an in-memory list, already filtered and sorted. */
export function paginate<T>(items: readonly T[], request: PageRequest): { items: T[]; meta: PageMeta } {
  const page = items.slice(request.offset, request.offset + request.limit);
  return { items: page, meta: pageMeta(request, items.length, page.length) };
}

/**
 * A request of a list that was answered whole before it was paged (the operator's clients,
 * products, categories, stock, FX rates, operators, webhooks): its sort, and the page asked, or
 * null when none was, and then every item (docs/architecture.md, "Query strings").
 */
export interface OptionalPageRequest<F extends string> {
  sort: Sort<F>;
  page: PageRequest | null;
}

/** What such a list answers: its items, and the page's meta when a page was asked. */
export interface OptionalPage<T> {
  items: T[];
  meta: PageMeta | null;
}

/** Every item (no page asked: `count` is not run), or one page and the count of every match. */
export async function readOptionalPage<T>(
  page: PageRequest | null,
  read: { count: () => Promise<number>; items: () => Promise<T[]> },
): Promise<OptionalPage<T>> {
  if (page === null) return { items: await read.items(), meta: null };
  const [total, items] = await Promise.all([read.count(), read.items()]);
  return { items, meta: pageMeta(page, total, items.length) };
}

/** The same page with each item mapped. */
export const mapPage = <T, U>(page: OptionalPage<T>, map: (item: T) => U): OptionalPage<U> => ({ items: page.items.map(map), meta: page.meta });
