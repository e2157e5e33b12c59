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
 * X-Has-More is false; returns the ids in the order read, and each answer's X-Total-Count (what
 * follows the cursor, this page included).
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
