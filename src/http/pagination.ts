import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { decodeCursor, encodeCursor } from './list-cursor.ts';
import {
  pageRequest,
  type ListCursor,
  type ListRequest,
  type OptionalPage,
  type OptionalPageRequest,
  type PageMeta,
  type PageRequest,
  type Sort,
  type SortDirection,
} from '../shared/pages.ts';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_PAGE } from './page-limits.ts';
import { invalidQuery as invalid, present } from './query-params.ts';

/** The page types are src/shared/pages.ts's (services import them from there); the HTTP side may name them here too. */
export type { ListCursor, ListRequest, PageMeta, PageRequest, Sort, SortDirection } from '../shared/pages.ts';

/**
 * Lists (api.md 1.7): `page` / `limit`, `sort` as a JSON object or `sort_by` + `sort_dir`, and
 * the X-Page… headers. Every paginated list (products, wallets, transactions, orders) uses this:
 * its route reads the query into a `PageRequest` or `ListRequest` (src/shared/pages.ts) and
 * passes that to the service.
 *
 * Rules (all failures are `400 BAD_REQUEST "Invalid query parameters"`):
 * - `page`: decimal digits, 1 … 2,147,483,647, default 1. `limit`: decimal digits, 1 … 10,000,
 *   default 50. Signs, spaces, fractions, exponents are "not an integer".
 * - `sort`: a JSON object; key names case-insensitive (`field`/`Field`/`FIELD`, likewise
 *   `direction`), other keys ignored, the same key twice (in two spellings) refused. `field` is
 *   one of the list's fields (case-insensitive), `direction` `ASC`/`DESC` (case-insensitive).
 *   A missing field means the list's default field; a missing direction means `ASC`.
 * - `sort_by` / `sort_dir`: the same, as two parameters; used only when `sort` is absent.
 * - An empty `sort`, `sort_by` or `sort_dir` (`sort=`) counts as absent.
 * - A list that does not sort (`sortFields: null`) ignores all three.
 * - `after` (lists that take a cursor): the `X-Next-Cursor` of an earlier answer of the same list
 *   and client; it carries its sort, so a `sort` given with it must be the same. Not with a
 *   `page` other than 1, nor a sort the list cannot read on from (`cursorFields`). Empty is none.
 */

export interface PageQuery {
  page?: string;
  limit?: string;
}

export interface CursorQuery {
  after?: string;
}

export interface SortQuery {
  sort?: string;
  sort_by?: string;
  sort_dir?: string;
}

const digits = (description: string) => Type.Optional(Type.String({ pattern: '^[0-9]+$', maxLength: 12, description }));

/** Querystring properties of every paginated list; spread them into the route's schema. */
export const pageQueryProperties = {
  page: digits('Page number, an integer ≥ 1 (default 1)'),
  limit: digits(`Items per page, an integer 1 – ${MAX_LIMIT} (default ${DEFAULT_LIMIT})`),
};

/** The description of a list that answers every item when no page is asked (`parseOptionalPageRequest`). */
export const OPTIONAL_PAGES =
  `With neither page nor limit, every match in one answer; with either, one page of them (limit 1 – ${MAX_LIMIT}, default ${DEFAULT_LIMIT}) ` +
  'and the X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size and X-Has-More headers. ' +
  'A malformed filter, sort, page or limit is 400 BAD_REQUEST "Invalid query parameters".';

/** Querystring property of a list that reads on after a cursor (orders, transactions). */
export const cursorQueryProperties = {
  after: Type.Optional(
    Type.String({
      maxLength: 300,
      description: 'X-Next-Cursor of the previous answer: only the items after its last one, in its sort (page must be 1); empty: none',
    }),
  ),
};

/** Querystring properties of a sortable list. */
export function sortQueryProperties(fields: readonly string[], defaultSort: Sort<string>) {
  const names = fields.join('|');
  return {
    sort: Type.Optional(
      Type.String({
        maxLength: 200,
        description: `JSON object {"field": ${names}, "direction": "ASC"|"DESC"}; key names case-insensitive; default ${defaultSort.field} ${defaultSort.direction}`,
      }),
    ),
    sort_by: Type.Optional(Type.String({ maxLength: 64, description: `Alternative to sort: ${names}` })),
    sort_dir: Type.Optional(Type.String({ maxLength: 8, description: 'Alternative to sort: asc|desc' })),
  };
}

function integerParam(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^[0-9]{1,12}$/.test(raw)) throw invalid();
  const value = Number(raw);
  if (value < 1 || value > max) throw invalid();
  return value;
}

export function parsePageRequest(query: PageQuery): PageRequest {
  const page = integerParam(query.page, 1, MAX_PAGE);
  const limit = integerParam(query.limit, DEFAULT_LIMIT, MAX_LIMIT);
  return pageRequest(page, limit);
}

function pickField<F extends string>(value: unknown, fields: readonly F[]): F {
  if (typeof value !== 'string') throw invalid();
  const field = fields.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!field) throw invalid();
  return field;
}

function pickDirection(value: unknown): SortDirection {
  if (typeof value !== 'string') throw invalid();
  const upper = value.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw invalid();
  return upper;
}

export function parseSort<F extends string>(query: SortQuery, fields: readonly F[], defaultSort: Sort<F>): Sort<F> {
  if (present(query.sort)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(query.sort);
    } catch {
      throw invalid();
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalid();
    let field: unknown;
    let direction: unknown;
    let seenField = false;
    let seenDirection = false;
    for (const [key, value] of Object.entries(parsed)) {
      const name = key.toLowerCase();
      if (name === 'field') {
        if (seenField) throw invalid();
        seenField = true;
        field = value;
      } else if (name === 'direction') {
        if (seenDirection) throw invalid();
        seenDirection = true;
        direction = value;
      }
    }
    return {
      field: seenField ? pickField(field, fields) : defaultSort.field,
      direction: seenDirection ? pickDirection(direction) : seenField ? 'ASC' : defaultSort.direction,
    };
  }
  if (present(query.sort_by) || present(query.sort_dir)) {
    return {
      field: present(query.sort_by) ? pickField(query.sort_by, fields) : defaultSort.field,
      direction: present(query.sort_dir) ? pickDirection(query.sort_dir) : present(query.sort_by) ? 'ASC' : defaultSort.direction,
    };
  }
  return defaultSort;
}

/**
 * Page and sort of a list that answers every item when no page is asked (`OptionalPageRequest`):
 * with neither `page` nor `limit` the page is null; with either, it is read as every list's
 * (`limit` 50 when only `page` is given, page 1 when only `limit` is).
 */
export function parseOptionalPageRequest<F extends string>(
  query: PageQuery & SortQuery,
  options: { sortFields: readonly F[]; defaultSort: Sort<F> },
): OptionalPageRequest<F> {
  const paged = query.page !== undefined || query.limit !== undefined;
  return { sort: parseSort(query, options.sortFields, options.defaultSort), page: paged ? parsePageRequest(query) : null };
}

/** Who may read on after a cursor of a list: the list's name and its owner (the client; null for the operator). */
export interface CursorScope<F extends string> {
  list: string;
  owner: number | null;
  /** The sort fields a cursor may carry (keyset reads); other sorts answer no cursor and take none. */
  cursorFields: readonly F[];
}

function cursorOf<F extends string>(text: string, scope: CursorScope<F>): ListCursor & { sort: Sort<F> } {
  const cursor = decodeCursor(text);
  if (!cursor || cursor.list !== scope.list || cursor.owner !== scope.owner) throw invalid();
  const field = scope.cursorFields.find((candidate) => candidate === cursor.sort.field);
  if (!field || (field === 'id') !== (cursor.key === null)) throw invalid();
  return { ...cursor, sort: { field, direction: cursor.sort.direction } };
}

/**
 * Page and sort of a list request. With `sortFields: null` the list has a fixed order
 * (e.g. wallets, always `id DESC`) and any sort parameter is ignored. With `cursor`, the list
 * also takes `after`.
 */
export function parseListRequest<F extends string>(
  query: PageQuery & SortQuery & CursorQuery,
  options: { sortFields: readonly F[] | null; defaultSort: Sort<F>; cursor?: CursorScope<F> },
): ListRequest<F> {
  const page = parsePageRequest(query);
  const sort = options.sortFields ? parseSort(query, options.sortFields, options.defaultSort) : options.defaultSort;
  if (!options.cursor || !present(query.after)) return { ...page, sort };
  const after = cursorOf(query.after, options.cursor);
  const sorted = present(query.sort) || present(query.sort_by) || present(query.sort_dir);
  if (page.page !== 1 || (sorted && (sort.field !== after.sort.field || sort.direction !== after.sort.direction))) throw invalid();
  return { ...page, sort: after.sort, after };
}

/**
 * X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size, X-Has-More (api.md 1.7);
 * X-Total-Count-Capped when counting stopped; with `cursor` (a list that takes `after`, read in
 * `sort`), X-Next-Cursor after the page's last item, when the sort is one a cursor may carry.
 */
export function setPageHeaders<F extends string>(reply: FastifyReply, meta: PageMeta, cursor?: CursorScope<F> & { sort: Sort<F> }): FastifyReply {
  reply.headers({
    'x-page': String(meta.page),
    'x-per-page': String(meta.limit),
    'x-total-count': String(meta.total),
    'x-total-pages': String(meta.totalPages),
    'x-page-size': String(meta.pageSize),
    'x-has-more': String(meta.hasMore),
  });
  if (meta.totalCapped) reply.header('x-total-count-capped', 'true');
  if (cursor && meta.next && cursor.cursorFields.includes(cursor.sort.field)) {
    reply.header('x-next-cursor', encodeCursor({ list: cursor.list, owner: cursor.owner, sort: cursor.sort, ...meta.next }));
  }
  return reply;
}

/** The items of a list that may answer whole, with the X-Page… headers when a page was asked. */
export function sendOptionalPage<T>(reply: FastifyReply, answer: OptionalPage<T>): T[] {
  if (answer.meta) setPageHeaders(reply, answer.meta);
  return answer.items;
}
