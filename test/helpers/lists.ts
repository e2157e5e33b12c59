import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { TestStore } from './store.ts';

/** GET `url` with a bearer token (a client's, or the operator's for /admin/v1). */
export function listGet(store: TestStore, url: string, token: string): Promise<LightMyRequestResponse> {
  return store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

const withQuery = (url: string, query: string) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

/** The ids of a list answer (200 asserted). */
export function idsOf(response: LightMyRequestResponse, what = ''): number[] {
  assert.equal(response.statusCode, 200, `${what}: ${response.body}`);
  return (response.json() as { id: number }[]).map((item) => item.id);
}

/**
 * Walks `url` page by page with `after` = the previous X-Next-Cursor, `limit` items a page, until
 * X-Has-More is false; returns the ids in the order read, and each answer's X-Total-Count.
 */
export async function walkByCursor(store: TestStore, url: string, token: string, limit: number): Promise<{ ids: number[]; totals: number[] }> {
  const ids: number[] = [];
  const totals: number[] = [];
  let after: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const response = await listGet(store, withQuery(url, `limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`), token);
    const items = idsOf(response, url);
    ids.push(...items);
    totals.push(Number(response.headers['x-total-count']));
    assert.equal(response.headers['x-page-size'], String(items.length));
    if (response.headers['x-has-more'] !== 'true') return { ids, totals };
    after = response.headers['x-next-cursor'] as string | undefined;
    assert.ok(after, `${url}: X-Has-More without X-Next-Cursor`);
  }
  throw new Error(`${url}: no end after 1000 pages`);
}

const INVALID_QUERY = { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' };

/** A 400 "Invalid query parameters" for each query of `queries` added to `url`. */
export async function assertInvalidQueries(store: TestStore, url: string, token: string, queries: string[]): Promise<void> {
  for (const query of queries) {
    const response = await listGet(store, withQuery(url, query), token);
    assert.equal(response.statusCode, 400, `${url} ${query}: ${response.body}`);
    assert.deepEqual((response.json() as { error: object }).error, INVALID_QUERY, `${url} ${query}`);
  }
}

/**
 * The rules of a list answered whole unless a page is asked (docs/architecture.md, "Query
 * strings"), on `url` whose every item, in its default order, is `all` (at least 3 ids, or what
 * `keyOf` reads of each): no page nor limit, all of them without page headers; either, a page
 * with them; a page past the end, empty; malformed pages, limits and sorts refused.
 */
export async function assertOptionalPaging(
  store: TestStore,
  url: string,
  token: string,
  all: (number | string)[],
  keyOf: (item: Record<string, unknown>) => number | string = (item) => item.id as number,
): Promise<void> {
  assert.ok(all.length >= 3, `${url}: at least 3 items`);
  const keysOf = (response: LightMyRequestResponse) => {
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return (response.json() as Record<string, unknown>[]).map(keyOf);
  };
  const whole = await listGet(store, url, token);
  assert.deepEqual(keysOf(whole), all, `${url}: every item`);
  assert.equal(whole.headers['x-page'], undefined, `${url}: no page asked, no page headers`);

  const first = await listGet(store, withQuery(url, 'limit=2'), token);
  assert.deepEqual(keysOf(first), all.slice(0, 2));
  const pages = Math.ceil(all.length / 2);
  assert.deepEqual(
    ['x-page', 'x-per-page', 'x-total-count', 'x-total-pages', 'x-page-size', 'x-has-more'].map((name) => first.headers[name]),
    ['1', '2', String(all.length), String(pages), '2', String(pages > 1)],
    `${url}: page headers`,
  );
  const second = await listGet(store, withQuery(url, 'page=2&limit=2'), token);
  assert.deepEqual(keysOf(second), all.slice(2, 4));
  assert.equal(second.headers['x-page'], '2');
  const byPage = await listGet(store, withQuery(url, 'page=1'), token);
  assert.deepEqual(keysOf(byPage), all.slice(0, 50));
  assert.equal(byPage.headers['x-per-page'], '50', `${url}: page alone, limit 50`);
  const past = await listGet(store, withQuery(url, `page=${pages + 1}&limit=2`), token);
  assert.deepEqual(keysOf(past), []);
  assert.equal(past.headers['x-total-count'], String(all.length));

  await assertInvalidQueries(store, url, token, [
    'page=0',
    'page=',
    'page=abc',
    'page=1.5',
    'page=2147483648',
    'limit=0',
    'limit=',
    'limit=10001',
    'limit=-1',
    'sort=not-json',
    'sort=[]',
    'sort={"field":"nope"}',
    'sort={"direction":"sideways"}',
    'sort_by=nope',
    'sort_dir=sideways',
  ]);
}
