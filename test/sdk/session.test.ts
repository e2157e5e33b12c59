import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { PopupStore, PopupStoreError, type PopupStoreOptions } from '../../sdk/src/index.ts';
import { createClient } from '../helpers/api.ts';
import { LostAnswer, openDatabaseLosingAnswers } from '../helpers/lost-answer.ts';
import { ENGINES, type TestDatabase } from '../helpers/store.ts';
import { stockedProduct } from '../orders/setup.ts';
import { answer, customer, FetchSpy, product, sdkFor, type Customer, type SdkStore, type SeenRequest, startListeningStore } from './setup.ts';

/** The store's access tokens live 10 s (ACCESS_TOKEN_TTL's least), so a test can outlive one. */
const ACCESS_TOKEN_TTL_MS = 10_000;

const envelope = (status: number, name: string, code: string, message: string) => answer(status, { error: { name, code, message } });

async function caught(promise: Promise<unknown>): Promise<PopupStoreError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PopupStoreError, String(error));
    return error;
  }
  assert.fail('expected a PopupStoreError');
}

/** The error's fields that describe it (not the stack or the cause). */
const fields = (error: PopupStoreError) => ({
  status: error.status,
  name: error.name,
  code: error.code,
  message: error.message,
  requestId: error.requestId,
  details: error.details,
});

const bearer = (request: SeenRequest) => request.headers.get('authorization');

/** Rewrites the first login's access_expires_at an hour later: this client's clock runs behind the store's. */
function skewedLogin(): FetchSpy {
  let skewed = false;
  return new FetchSpy((request, forward) => {
    if (skewed || request.path !== '/auth/login') return undefined;
    skewed = true;
    return forward().then(async (response) => {
      const body = await response.json();
      body.data.access_expires_at = new Date(Date.parse(body.data.access_expires_at) + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    });
  });
}

for (const engine of ENGINES) {
  describe(`SDK: session, retries and errors [${engine}]`, () => {
    let base: SdkStore;
    let client: Customer;
    let productId: number;
    let sdk: (options?: Partial<PopupStoreOptions>) => PopupStore;
    // Two sessions logged in first, whose access tokens expire while the other tests run.
    const early = { refreshing: new FetchSpy(), skewed: skewedLogin(), loggedInAt: 0 };
    let refreshing: PopupStore;
    let skewed: PopupStore;

    before(async () => {
      base = await startListeningStore(engine, { env: { LOG_LEVEL: 'warn', ACCESS_TOKEN_TTL: String(ACCESS_TOKEN_TTL_MS / 1000) } });
      client = await customer(base.store, '1000.00');
      sdk = (options = {}) => sdkFor(base, client, options);
      refreshing = sdk({ fetch: early.refreshing.fetch });
      skewed = sdk({ fetch: early.skewed.fetch });
      early.loggedInAt = Date.now();
      await Promise.all([refreshing.wallets.list(), skewed.wallets.list()]);
      const category = await base.store.container.reference.createCategory({ name: `SDK session ${engine}` });
      productId = await product(base.store, 'Session Card', category.id);
    });
    after(() => base?.store.close());

    test('logs in on first use, once for concurrent first calls, and keeps the token', async () => {
      const spy = new FetchSpy();
      const store = sdk({ fetch: spy.fetch });
      await Promise.all([store.wallets.list(), store.transactions.list(), store.countries.list(), store.wallets.get(client.walletId)]);
      await store.wallets.list();
      assert.equal(spy.to('POST', '/auth/login').length, 1);
      const tokens = new Set(spy.requests.filter((request) => request.path.startsWith('/api/')).map(bearer));
      assert.equal(tokens.size, 1);
      assert.match([...tokens][0]!, /^Bearer ey/);
    });

    test('a wrong password is 401 Invalid credentials, not retried', async () => {
      const spy = new FetchSpy();
      const store = sdk({ fetch: spy.fetch, password: 'wrong' });
      const error = await caught(store.login());
      assert.deepEqual(fields(error), {
        status: 401,
        name: 'UnauthorizedError',
        code: 'UNAUTHORIZED',
        message: 'Invalid credentials',
        requestId: spy.requests[0]!.requestId,
        details: undefined,
      });
      assert.ok(error.requestId, 'error.requestId');
      assert.equal(spy.requests.length, 1);
    });

    test('a refresh token used twice (reuse detection) is SESSION_REVOKED; the next call logs in again', async () => {
      let stolen = '';
      const spy = new FetchSpy((request, forward) =>
        request.path === '/auth/login'
          ? forward().then(async (response) => {
              stolen = (await response.clone().json()).data.refresh_token;
              return response;
            })
          : undefined,
      );
      // A margin longer than the token lives: every call refreshes first.
      const store = sdk({ fetch: spy.fetch, refreshMarginSeconds: 3600 });
      await store.wallets.list();
      const thief = await fetch(`${base.baseUrl}/auth/refresh`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: stolen }),
      });
      assert.equal(thief.status, 200);
      const thiefTokens = (await thief.json()).data;

      const error = await caught(store.wallets.list());
      assert.deepEqual(
        { status: error.status, name: error.name, code: error.code },
        { status: 401, name: 'UnauthorizedError', code: 'SESSION_REVOKED' },
      );
      assert.match(error.message, /revoked/);
      assert.equal(error.requestId, spy.to('POST', '/auth/refresh')[0]!.requestId);
      // The whole family is revoked: the thief's new access token too.
      const theirs = await fetch(`${base.baseUrl}/api/v1/wallets`, { headers: { authorization: `Bearer ${thiefTokens.access_token}` } });
      assert.equal(theirs.status, 401);

      assert.equal((await store.wallets.list()).total, 1);
      assert.equal(spy.to('POST', '/auth/login').length, 2);
    });

    test('a refresh with no answer is not sent again with the same token: the client logs in again', async () => {
      const spy = new FetchSpy((request) => (request.path === '/auth/refresh' ? Promise.reject(new TypeError('fetch failed')) : undefined));
      const store = sdk({ fetch: spy.fetch, refreshMarginSeconds: 3600 });
      await store.wallets.list();
      await store.wallets.list();
      assert.equal(spy.to('POST', '/auth/refresh').length, 1);
      assert.equal(spy.to('POST', '/auth/login').length, 2);
    });

    test('logout revokes the tokens at the store; the next call logs in again', async () => {
      const spy = new FetchSpy();
      // A client of its own: a logout ends every login of the client.
      const store = sdkFor(base, await customer(base.store, '0'), { fetch: spy.fetch });
      await store.logout();
      assert.equal(spy.requests.length, 0, 'nothing to log out of');
      await store.wallets.list();
      const token = bearer(spy.to('GET', '/api/v1/wallets')[0]!)!;
      await store.logout();
      assert.equal(spy.to('POST', '/auth/logout').length, 1);
      assert.equal((await fetch(`${base.baseUrl}/api/v1/wallets`, { headers: { authorization: token } })).status, 401);
      await store.wallets.list();
      assert.equal(spy.to('POST', '/auth/login').length, 2);
    });

    test('a token still refused after one refresh is an error, not a loop', async () => {
      const spy = new FetchSpy((request) =>
        request.path === '/api/v1/wallets'
          ? Promise.resolve(envelope(401, 'UnauthorizedError', 'UNAUTHORIZED', 'Authentication required'))
          : undefined,
      );
      const error = await caught(sdk({ fetch: spy.fetch }).wallets.list());
      assert.equal(error.status, 401);
      assert.equal(error.code, 'UNAUTHORIZED');
      assert.equal(spy.to('GET', '/api/v1/wallets').length, 2);
      assert.equal(spy.to('POST', '/auth/refresh').length, 1);
    });

    test('reads are retried after 503 and a lost connection, up to `retries`', async () => {
      let failures = 0;
      const spy = new FetchSpy((request) => {
        if (request.path !== '/api/v1/wallets' || failures >= 2) return undefined;
        failures++;
        return failures === 1
          ? Promise.resolve(envelope(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', 'Server is shutting down'))
          : Promise.reject(new TypeError('fetch failed'));
      });
      assert.equal((await sdk({ fetch: spy.fetch }).wallets.list()).total, 1);
      assert.equal(spy.to('GET', '/api/v1/wallets').length, 3);

      const down = new FetchSpy((request) =>
        request.path === '/api/v1/wallets'
          ? Promise.resolve(envelope(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', 'Server is shutting down'))
          : undefined,
      );
      const error = await caught(sdk({ fetch: down.fetch, retries: { max: 2, baseDelayMs: 1 } }).wallets.list());
      assert.deepEqual(fields(error), {
        status: 503,
        name: 'ServiceUnavailableError',
        code: 'SERVICE_UNAVAILABLE',
        message: 'Server is shutting down',
        requestId: 'injected-503',
        details: undefined,
      });
      assert.equal(down.to('GET', '/api/v1/wallets').length, 3);
    });

    test('a 429 waits Retry-After seconds; one asking longer than maxRetryAfterSeconds is thrown', async () => {
      let reads = 0;
      const spy = new FetchSpy((request) => {
        if (request.path !== '/api/v1/wallets' || ++reads !== 2) return undefined;
        return Promise.resolve(
          answer(
            429,
            { error: { name: 'TooManyRequestsError', code: 'TOO_MANY_REQUESTS', message: 'Rate limit exceeded. Retry after 1 seconds.' } },
            { 'retry-after': '1' },
          ),
        );
      });
      const store = sdk({ fetch: spy.fetch });
      await store.wallets.list(); // logged in
      const started = Date.now();
      await store.wallets.list();
      assert.ok(Date.now() - started >= 1000, `waited ${Date.now() - started} ms`);

      // The store's own 429: a client allowed one read a minute.
      const limitedClient = await customer(base.store, '0');
      await base.store.container.clients.setRateLimits(limitedClient.client_id, { read: 1 });
      const tight = new FetchSpy();
      const other = sdkFor(base, limitedClient, { fetch: tight.fetch, retries: { maxRetryAfterSeconds: 5 } });
      await other.wallets.list();
      const error = await caught(other.wallets.list());
      assert.equal(error.status, 429);
      assert.equal(error.name, 'TooManyRequestsError');
      assert.equal(error.code, 'TOO_MANY_REQUESTS');
      assert.ok(error.retryAfterSeconds! > 5, `Retry-After ${error.retryAfterSeconds}`);
      assert.equal(error.message, `Rate limit exceeded. Retry after ${error.retryAfterSeconds} seconds.`);
      assert.equal(error.requestId, tight.requests.at(-1)!.requestId);
      assert.equal(tight.to('GET', '/api/v1/wallets').length, 2);
    });

    test('a 503 with Retry-After waits it; one asking longer than maxRetryAfterSeconds is thrown at once', async () => {
      const unavailable = (seconds: string) =>
        answer(
          503,
          { error: { name: 'ServiceUnavailableError', code: 'SERVICE_UNAVAILABLE', message: 'Service unavailable' } },
          { 'retry-after': seconds },
        );
      let reads = 0;
      const spy = new FetchSpy((request) => (request.path === '/api/v1/wallets' && ++reads === 2 ? Promise.resolve(unavailable('1')) : undefined));
      const store = sdk({ fetch: spy.fetch, retries: { baseDelayMs: 1 } });
      await store.wallets.list(); // logged in
      const started = Date.now();
      assert.equal((await store.wallets.list()).total, 1);
      assert.ok(Date.now() - started >= 1000, `waited ${Date.now() - started} ms, not the backoff of a few ms`);
      assert.equal(spy.to('GET', '/api/v1/wallets').length, 3);

      const away = new FetchSpy((request) => (request.path === '/api/v1/wallets' ? Promise.resolve(unavailable('120')) : undefined));
      const error = await caught(sdk({ fetch: away.fetch }).wallets.list());
      assert.equal(error.status, 503);
      assert.equal(error.code, 'SERVICE_UNAVAILABLE');
      assert.equal(error.retryAfterSeconds, 120);
      assert.equal(away.to('GET', '/api/v1/wallets').length, 1, 'not retried');
    });

    test('a change that is not idempotent is not retried after a 503 or a lost answer', async () => {
      const body = { url: 'http://127.0.0.1:9/hook', events: ['*'] };
      for (const failure of [
        () => Promise.resolve(envelope(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', 'Service unavailable')),
        () => Promise.reject(new TypeError('fetch failed')),
      ]) {
        const spy = new FetchSpy((request) => (request.path === '/api/v1/webhooks' ? failure() : undefined));
        const error = await caught(sdk({ fetch: spy.fetch }).webhooks.create(body));
        assert.ok(error.status === 503 || error.code === 'NETWORK_ERROR', error.code);
        assert.equal(spy.to('POST', '/api/v1/webhooks').length, 1);
      }
      const webhooks = await sdk().webhooks.list();
      assert.equal(webhooks.total, 0);
    });

    test('an order whose answer was lost is retried with its Idempotency-Key: placed and debited once', async () => {
      const payer = await customer(base.store, '500.00');
      let lost = false;
      const spy = new FetchSpy((request, forward) => {
        if (request.path !== '/api/v1/orders' || request.method !== 'POST' || lost) return undefined;
        lost = true;
        // The store places the order; its answer never arrives.
        return forward().then(async (response) => {
          await response.arrayBuffer();
          throw new TypeError('fetch failed');
        });
      });
      const store = sdkFor(base, payer, { fetch: spy.fetch });
      const order = await store.orders.create({ product_id: productId, denomination: 50, quantity: 2 });
      assert.equal(order.status, 'DELIVERED');
      const attempts = spy.to('POST', '/api/v1/orders');
      assert.equal(attempts.length, 2);
      assert.equal(attempts[0]!.headers.get('idempotency-key'), attempts[1]!.headers.get('idempotency-key'));
      assert.equal(attempts[0]!.body, attempts[1]!.body);

      assert.equal((await store.orders.list()).total, 1);
      assert.equal((await store.wallets.get(payer.walletId)).amount, 500 - order.total_payable);
      const debits = (await store.transactions.list()).items.filter((transaction) => transaction.transaction_type === 'DEBIT');
      assert.equal(debits.length, 1);
    });

    test('an order refused 503 or 409 IDEMPOTENCY_IN_PROGRESS before the store placed it is retried and placed once', async () => {
      const payer = await customer(base.store, '500.00');
      const refusals = [
        envelope(503, 'ServiceUnavailableError', 'SERVICE_UNAVAILABLE', 'Server is shutting down'),
        envelope(409, 'ConflictError', 'IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed'),
      ];
      const spy = new FetchSpy((request) =>
        request.path === '/api/v1/orders' && refusals.length > 0 ? Promise.resolve(refusals.shift()!) : undefined,
      );
      const store = sdkFor(base, payer, { fetch: spy.fetch });
      const order = await store.orders.create({ product_id: productId, denomination: 20, quantity: 1 }, { idempotencyKey: `refused-${engine}` });
      assert.deepEqual(
        spy.to('POST', '/api/v1/orders').map((request) => [request.status, request.headers.get('idempotency-key')]),
        [
          [503, `refused-${engine}`],
          [409, `refused-${engine}`],
          [201, `refused-${engine}`],
        ],
      );
      assert.equal((await store.wallets.get(payer.walletId)).amount, 500 - order.total_payable);
      assert.equal((await store.orders.list()).total, 1);
    });

    test('every error status of the store is a PopupStoreError with its fields and request id', async () => {
      const spy = new FetchSpy();
      const store = sdk({ fetch: spy.fetch });
      const lastRequestId = () => spy.requests.at(-1)!.requestId;

      const invalid = await caught(store.orders.create({ product_id: productId, denomination: 20, quantity: 0 }));
      assert.equal(invalid.status, 400);
      assert.equal(invalid.name, 'ValidationException');
      assert.equal(invalid.code, 'VALIDATION_FAILURE');
      assert.deepEqual(invalid.details?.[0]?.field, 'quantity');
      assert.equal(invalid.requestId, lastRequestId());

      assert.deepEqual(fields(await caught(store.products.list({ limit: 0 }))), {
        status: 400,
        name: 'BadRequestError',
        code: 'BAD_REQUEST',
        message: 'Invalid query parameters',
        requestId: lastRequestId(),
        details: undefined,
      });
      const withoutFeature = await createClient(base.store, { name: 'No vouchers' });
      assert.equal((await caught(sdkFor(base, withoutFeature).products.list())).code, 'INVALID_FEATURE');

      const outside = await customer(base.store, '0', { ip_allowlist: ['198.51.100.0/24'] });
      assert.deepEqual(fields(await caught(sdkFor(base, outside, { fetch: spy.fetch }).wallets.list())), {
        status: 403,
        name: 'ForbiddenError',
        code: 'FORBIDDEN',
        message: 'IP address not authorized',
        requestId: lastRequestId(),
        details: undefined,
      });

      assert.deepEqual(fields(await caught(store.orders.get(2_000_000))), {
        status: 404,
        name: 'NotFoundError',
        code: 'NOT_FOUND',
        message: 'Order not found',
        requestId: lastRequestId(),
        details: undefined,
      });

      const tooLarge = await caught(store.webhooks.create({ url: 'http://127.0.0.1:9/x', events: ['*'], description: 'x'.repeat(1_100_000) }));
      assert.deepEqual([tooLarge.status, tooLarge.name, tooLarge.code], [413, 'PayloadTooLargeError', 'PAYLOAD_TOO_LARGE']);

      const body = { product_id: productId, denomination: 20, quantity: 1 };
      await store.orders.create(body, { idempotencyKey: `mismatch-${engine}` });
      assert.deepEqual(fields(await caught(store.orders.create({ ...body, quantity: 2 }, { idempotencyKey: `mismatch-${engine}` }))), {
        status: 422,
        name: 'UnprocessableEntityError',
        code: 'IDEMPOTENCY_MISMATCH',
        message: 'This Idempotency-Key was used with a different request body',
        requestId: lastRequestId(),
        details: undefined,
      });

      // What the store answers only under load or in trouble, and what is not the store's answer at all.
      const injected: Record<string, () => Promise<Response>> = {
        '/api/v1/wallets/1': () =>
          Promise.resolve(envelope(409, 'ConflictError', 'IDEMPOTENCY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed')),
        '/api/v1/wallets/2': () => Promise.resolve(envelope(500, 'InternalServerError', 'INTERNAL_SERVER_ERROR', 'An unexpected error occurred')),
        '/api/v1/wallets/3': () =>
          Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })),
        '/api/v1/wallets/4': () => Promise.reject(new TypeError('fetch failed')),
      };
      const faulty = new FetchSpy((request) => injected[request.path]?.());
      const troubled = sdk({ fetch: faulty.fetch, retries: 0 });
      assert.deepEqual(fields(await caught(troubled.wallets.get(1))), {
        status: 409,
        name: 'ConflictError',
        code: 'IDEMPOTENCY_IN_PROGRESS',
        message: 'A request with this Idempotency-Key is still being processed',
        requestId: 'injected-409',
        details: undefined,
      });
      assert.deepEqual(
        [await caught(troubled.wallets.get(2))].map((error) => [error.status, error.name, error.code, error.requestId]),
        [[500, 'InternalServerError', 'INTERNAL_SERVER_ERROR', 'injected-500']],
      );
      assert.deepEqual(
        [await caught(troubled.wallets.get(3))].map((error) => [error.status, error.name, error.code]),
        [[502, 'HttpError', 'UNEXPECTED_RESPONSE']],
      );
      const network = await caught(troubled.wallets.get(4));
      assert.deepEqual([network.status, network.name, network.code, network.requestId], [0, 'NetworkError', 'NETWORK_ERROR', null]);
      assert.ok(network.cause instanceof TypeError, 'network.cause instanceof TypeError');
    });

    test('a call is limited in time (TIMEOUT) and can be aborted (ABORTED); waitUntilFinal gives up (TIMEOUT)', async () => {
      const hanging = new FetchSpy((request) =>
        request.path.startsWith('/api/v1/wallets/')
          ? new Promise<Response>((_, reject) => {
              request.signal?.addEventListener('abort', () => reject(request.signal?.reason));
            })
          : undefined,
      );
      // Long enough for the login (argon2) on a busy machine; the hanging call never answers anyway.
      const store = sdk({ fetch: hanging.fetch, timeoutMs: 2_000, retries: 1 });
      await store.wallets.list();
      const timeout = await caught(store.wallets.get(1));
      assert.deepEqual([timeout.status, timeout.name, timeout.code], [0, 'TimeoutError', 'TIMEOUT']);
      assert.equal(hanging.to('GET', '/api/v1/wallets/1').length, 2, 'retried once');

      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const aborted = await caught(sdk({ fetch: hanging.fetch }).wallets.get(1, { signal: controller.signal }));
      assert.deepEqual([aborted.status, aborted.name, aborted.code], [0, 'AbortError', 'ABORTED']);

      const pendingOrder = { id: 7, status: 'PENDING', completed_at: null };
      const stuck = new FetchSpy((request) => (request.path === '/api/v1/orders/7' ? Promise.resolve(answer(200, pendingOrder)) : undefined));
      const wait = await caught(sdk({ fetch: stuck.fetch }).orders.waitUntilFinal(7, { timeoutMs: 300, intervalMs: 20 }));
      assert.deepEqual([wait.status, wait.name, wait.code], [0, 'TimeoutError', 'TIMEOUT']);
      // At least one poll after the first (a busy machine may fit few into the 300 ms).
      assert.ok(stuck.to('GET', '/api/v1/orders/7').length >= 2, 'waitUntilFinal polled again before giving up');
    });

    const untilExpired = () => sleep(Math.max(0, early.loggedInAt + ACCESS_TOKEN_TTL_MS + 500 - Date.now()));

    test('ten concurrent calls after the access token expired: one refresh, every call answered', async () => {
      await untilExpired();
      const from = early.refreshing.requests.length;
      const pages = await Promise.all(Array.from({ length: 10 }, () => refreshing.wallets.list()));
      assert.deepEqual(
        pages.map((page) => page.total),
        Array(10).fill(1),
      );
      const requests = early.refreshing.requests.slice(from);
      assert.deepEqual(
        requests.filter((request) => request.path.startsWith('/auth/')).map((request) => [request.path, request.status]),
        [['/auth/refresh', 200]],
      );
      const calls = requests.filter((request) => request.path.startsWith('/api/'));
      assert.equal(calls.length, 10);
      assert.ok(
        calls.every((request) => request.status === 200),
        'calls.every((request) => request.status === 200)',
      );
      assert.equal(new Set(calls.map(bearer)).size, 1);
      assert.equal(early.refreshing.to('POST', '/auth/login').length, 1);
    });

    test('ten concurrent calls the store refuses 401 (its token expired, not by this clock): one refresh, every call sent again', async () => {
      await untilExpired();
      const from = early.skewed.requests.length;
      const pages = await Promise.all(Array.from({ length: 10 }, () => skewed.wallets.list()));
      assert.deepEqual(
        pages.map((page) => page.total),
        Array(10).fill(1),
      );
      const requests = early.skewed.requests.slice(from);
      assert.deepEqual(
        requests.filter((request) => request.path.startsWith('/auth/')).map((request) => [request.path, request.status]),
        [['/auth/refresh', 200]],
      );
      const statuses = requests.filter((request) => request.path.startsWith('/api/')).map((request) => request.status);
      assert.deepEqual(statuses.sort(), [...Array(10).fill(200), ...Array(10).fill(401)].sort());
      assert.equal(early.skewed.to('POST', '/auth/login').length, 1);
    });
  });
}

for (const engine of ENGINES) {
  describe(`SDK: an order whose answer the store lost with its database connection [${engine}]`, () => {
    const lose = new LostAnswer(engine);
    let database: TestDatabase;
    let base: SdkStore;
    let productId: number;

    before(async () => {
      database = await openDatabaseLosingAnswers(engine, lose);
      base = await startListeningStore(engine, { env: { LOG_LEVEL: 'silent' }, database });
      productId = await stockedProduct(base.store, 'Lost Answer SDK Card', 'SDKLOST', 5);
    });
    after(async () => {
      await base?.store.close();
      await database?.drop();
    });

    test('committed, then answered 503: the SDK waits Retry-After, sends it again with its key, and gets that order', async () => {
      const payer = await customer(base.store, '100.00');
      const spy = new FetchSpy();
      const store = sdkFor(base, payer, { fetch: spy.fetch });
      lose.armed = 'after';
      const order = await store.orders.create({ product_id: productId, denomination: 10, quantity: 1 });
      assert.equal(lose.armed, null, 'the order statement ran');
      assert.equal(order.status, 'DELIVERED');
      assert.equal(order.vouchers.length, 1);
      const attempts = spy.to('POST', '/api/v1/orders');
      assert.deepEqual(
        attempts.map((request) => request.status),
        [503, 201],
      );
      assert.equal(attempts[1]!.headers.get('idempotency-key'), attempts[0]!.headers.get('idempotency-key'));
      assert.equal((await store.orders.list()).total, 1);
      assert.equal((await store.wallets.get(payer.walletId)).amount, 90, 'debited once');
    });
  });
}
