import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, twoStoresOnPostgres, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'rate-limits-admin-token-0123456789abcdefgh';
const LIMITS = { ADMIN_TOKEN, RATE_LIMIT_READ: '4', RATE_LIMIT_ORDERS: '3', RATE_LIMIT_QUOTES: '5' };
const REDIS_URL = process.env.REDIS_TEST_URL;

function admin(store: TestStore, method: 'GET' | 'PUT', url: string, payload?: object, token = ADMIN_TOKEN) {
  return store.app.inject({ method, url: `/admin/v1${url}`, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
}

async function setLimits(store: TestStore, clientId: number, body: object) {
  const response = await admin(store, 'PUT', `/clients/${clientId}/rate-limits`, body);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

/** A client GET (the read class). */
function read(store: TestStore, token: string) {
  return store.app.inject({ method: 'GET', url: '/api/v1/wallets', headers: { authorization: `Bearer ${token}` } });
}

/** Reads until the first 429; returns how many were let through (at most `cap`) and the limit the first answer announced. */
async function readsAllowed(store: TestStore, token: string, cap = 30): Promise<{ allowed: number; limit: string | undefined }> {
  let limit: string | undefined;
  for (let i = 0; i < cap; i++) {
    const response = await read(store, token);
    limit ??= response.headers['ratelimit-limit'] as string | undefined;
    if (response.statusCode === 429) {
      const retryAfter = Number(response.headers['retry-after']);
      assert.ok(retryAfter >= 1 && retryAfter <= 60, 'retryAfter >= 1 && retryAfter <= 60');
      assert.deepEqual(errorOf(response), {
        name: 'TooManyRequestsError',
        code: 'TOO_MANY_REQUESTS',
        message: `Rate limit exceeded. Retry after ${retryAfter} seconds.`,
      });
      return { allowed: i, limit };
    }
    assert.equal(response.statusCode, 200, response.body);
  }
  return { allowed: cap, limit };
}

async function loggedIn(store: TestStore) {
  const credentials = await createClient(store);
  return { id: credentials.client_id, token: (await loginOk(store, credentials)).access_token };
}

for (const engine of ENGINES) {
  describe(`per-client rate limits [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: LIMITS });
    });
    after(() => store.close());

    test('GET shows the defaults until the operator sets a limit; PUT sets classes, null returns one to the default', async () => {
      const { id } = await loggedIn(store);
      const shown = await admin(store, 'GET', `/clients/${id}/rate-limits`);
      assert.equal(shown.statusCode, 200);
      assert.deepEqual(shown.json(), {
        client_id: id,
        overrides: { read: null, orders: null, quotes: null },
        defaults: { read: 4, orders: 3, quotes: 5 },
        effective: { read: 4, orders: 3, quotes: 5 },
      });
      assert.deepEqual((await setLimits(store, id, { read: 100, quotes: 7 })).effective, { read: 100, orders: 3, quotes: 7 });
      // A class left out stays as it is.
      const changed = await setLimits(store, id, { orders: 1, read: null });
      assert.deepEqual(changed.overrides, { read: null, orders: 1, quotes: 7 });
      assert.deepEqual(changed.effective, { read: 4, orders: 1, quotes: 7 });
      assert.deepEqual((await admin(store, 'GET', `/clients/${id}/rate-limits`)).json(), changed);

      const entries = (await admin(store, 'GET', `/audit?action=client.rate_limits&client_id=${id}`)).json();
      assert.deepEqual(
        entries.map((entry: { details: object }) => entry.details),
        [
          { before: { read: 100, orders: null, quotes: 7 }, after: { read: null, orders: 1, quotes: 7 } },
          { before: { read: null, orders: null, quotes: null }, after: { read: 100, orders: null, quotes: 7 } },
        ],
      );
      assert.equal(entries[0].actor, 'operator:admin-token');
    });

    test('bad values, an empty or unknown body, an unknown client: the documented errors', async () => {
      const { id } = await loggedIn(store);
      for (const body of [{ read: 0 }, { read: 1_000_001 }, { read: 1.5 }, { read: '5' }, {}, { login: 5 }]) {
        const response = await admin(store, 'PUT', `/clients/${id}/rate-limits`, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE', JSON.stringify(body));
      }
      for (const method of ['GET', 'PUT'] as const) {
        const response = await admin(store, method, '/clients/999999/rate-limits', method === 'PUT' ? { read: 5 } : undefined);
        assert.equal(response.statusCode, 404);
        assert.deepEqual(errorOf(response), { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Client not found' });
        assert.equal((await admin(store, method, '/clients/abc/rate-limits', method === 'PUT' ? { read: 5 } : undefined)).statusCode, 400);
      }
      const { token } = await loggedIn(store);
      assert.equal((await admin(store, 'GET', `/clients/${id}/rate-limits`, undefined, token)).statusCode, 401);
    });

    test('an override lowers or raises the limit of that client only, at once; reset returns to the default', async () => {
      const lowered = await loggedIn(store);
      const raised = await loggedIn(store);
      const other = await loggedIn(store);

      await setLimits(store, lowered.id, { read: 2 });
      assert.deepEqual(await readsAllowed(store, lowered.token), { allowed: 2, limit: '2' });
      await setLimits(store, raised.id, { read: 9 });
      assert.deepEqual(await readsAllowed(store, raised.token), { allowed: 9, limit: '9' });
      // Another client keeps the configured limit.
      assert.deepEqual(await readsAllowed(store, other.token), { allowed: 4, limit: '4' });

      // Raised within the same minute: the requests already counted stay counted.
      await setLimits(store, lowered.id, { read: 6 });
      const again = await read(store, lowered.token);
      assert.equal(again.statusCode, 200);
      assert.equal(again.headers['ratelimit-limit'], '6');
      // Reset: the default again, below the five requests counted this minute.
      await setLimits(store, lowered.id, { read: null });
      const reset = await read(store, lowered.token);
      assert.equal(reset.statusCode, 429);
      assert.equal(reset.headers['ratelimit-limit'], '4');
    });

    test('the orders and quotes classes follow their overrides too (webhook writes with orders)', async () => {
      const client = await loggedIn(store);
      await setLimits(store, client.id, { orders: 1, quotes: 2 });
      const post = (url: string, payload: object) =>
        store.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${client.token}` }, payload });
      const orders = [await post('/api/v1/orders', {}), await post('/api/v1/orders', {})];
      assert.equal(orders[0]!.headers['ratelimit-limit'], '1');
      assert.notEqual(orders[0]!.statusCode, 429);
      assert.equal(orders[1]!.statusCode, 429);
      const webhook = await post('/api/v1/webhooks', {});
      assert.equal(webhook.headers['ratelimit-limit'], '1');
      const quotes = [
        await post('/api/v1/products/1/charges', {}),
        await post('/api/v1/products/1/charges', {}),
        await post('/api/v1/products/1/charges', {}),
      ];
      assert.deepEqual(
        quotes.map((response) => [response.headers['ratelimit-limit'], response.statusCode === 429]),
        [
          ['2', false],
          ['2', false],
          ['2', true],
        ],
      );
    });
  });
}

if (ENGINES.includes('postgres')) {
  describe('per-client rate limits across processes [postgres]', () => {
    const stores = twoStoresOnPostgres({ env: LIMITS });

    test("a limit set through one process applies to the client's next request on the other", async () => {
      const { first, second } = stores;
      const client = await loggedIn(second);
      assert.equal((await read(second, client.token)).headers['ratelimit-limit'], '4'); // cached in `second`
      await setLimits(first, client.id, { read: 1 });
      const limited = await read(second, client.token);
      assert.equal(limited.headers['ratelimit-limit'], '1');
      assert.equal(limited.statusCode, 429);
      await setLimits(first, client.id, { read: null });
      assert.equal((await read(second, client.token)).headers['ratelimit-limit'], '4');
    });
  });
}

describe('per-client rate limits with Redis counters', { skip: REDIS_URL ? false : 'REDIS_TEST_URL not set' }, () => {
  let store: TestStore;
  before(async () => {
    store = await startTestStore('pglite', { env: { ...LIMITS, REDIS_URL: REDIS_URL! } });
  });
  after(() => store.close());

  test('the override is the limit of the shared counter', async () => {
    const client = await loggedIn(store);
    await setLimits(store, client.id, { read: 2 });
    // Another run sharing this Redis may have counted requests of a client with the same id this minute.
    const { allowed, limit } = await readsAllowed(store, client.token);
    assert.equal(limit, '2');
    assert.ok(allowed <= 2, `allowed ${allowed}`);
    await setLimits(store, client.id, { read: 50 });
    const raised = await read(store, client.token);
    assert.equal(raised.headers['ratelimit-limit'], '50');
    assert.equal(raised.statusCode, 200);
  });
});
