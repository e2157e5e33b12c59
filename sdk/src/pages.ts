/** One page of a list, with what its `X-` headers say about the whole list. */
export interface Page<T> {
  items: T[];
  /** Items matching the filters, all pages together (`X-Total-Count`). */
  total: number;
  /** The page answered (`X-Page`; always 1 for events). */
  page: number;
  /** The `limit` applied (`X-Per-Page`). */
  limit: number;
  totalPages: number;
  /** A later page has items (`X-Has-More`). */
  hasMore: boolean;
  /** The `page` to ask next, or null on the last page (page-numbered lists). */
  nextPage: number | null;
  /** The `after` to ask next (`X-Next-Cursor`: events, orders and transactions), or null. */
  nextCursor: string | null;
}

const whole = (headers: Headers, name: string, fallback: number) => {
  const value = Number(headers.get(name));
  return headers.has(name) && Number.isSafeInteger(value) ? value : fallback;
};

/** A page from a list answer's items and headers; `cursor`: the events list, paged by `after`. */
export function pageFrom<T>(items: T[], headers: Headers, cursor: boolean): Page<T> {
  const page = whole(headers, 'x-page', 1);
  const hasMore = headers.get('x-has-more') === 'true';
  return {
    items,
    total: whole(headers, 'x-total-count', items.length),
    page,
    limit: whole(headers, 'x-per-page', items.length),
    totalPages: whole(headers, 'x-total-pages', 1),
    hasMore,
    nextPage: !cursor && hasMore ? page + 1 : null,
    nextCursor: headers.get('x-next-cursor') ?? null,
  };
}

/**
 * Every page from the first asked: by the `after` cursor wherever the list gives one (it costs
 * the same at any depth, where a page number past 10,000 items is refused), else by page number.
 */
export async function* eachPage<T, Q extends { page?: unknown; after?: unknown }>(
  query: Q,
  list: (query: Q) => Promise<Page<T>>,
): AsyncGenerator<Page<T>, void, undefined> {
  let next: Q = query;
  for (;;) {
    const page = await list(next);
    yield page;
    if (!page.hasMore || page.items.length === 0) return;
    if (page.nextCursor !== null) next = { ...next, page: undefined, after: page.nextCursor };
    else if (page.nextPage !== null) next = { ...next, page: page.nextPage };
    else return;
  }
}

/** Every item of every page from the first asked. */
export async function* eachItem<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) yield* page.items;
}
