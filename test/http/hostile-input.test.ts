import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN } from '../helpers/wallets.ts';
import { clientCall, createWebhook, WEBHOOK_TEST_ENV } from '../helpers/webhooks.ts';
import { rawExchange } from '../fuzz/fuzz-store.ts';

const UNSTORABLE = 'must not contain NUL characters or unpaired UTF-16 surrogates';
const INVALID_QUERY = { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid query parameters' };

function assertEnveloped(response: { statusCode: number; headers: Record<string, unknown> }) {
  assert.match(String(response.headers['content-type']), /^application\/json; charset=utf-8/);
  assert.ok(response.headers['x-request-id'], 'X-Request-Id on the answer');
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
}

for (const engine of ENGINES) {
  describe(`hostile input is refused with the envelope [${engine}]`, () => {
    let store: TestStore;
    let token: string;
    let port: number;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN, ...WEBHOOK_TEST_ENV } });
      token = (await loginOk(store, await createClient(store, { features: ['vouchers'] }))).access_token;
      await store.app.listen({ port: 0, host: '127.0.0.1' });
      port = (store.app.server.address() as { port: number }).port;
    });
    after(() => store.close());

    test('an admin body with a field its route does not take is 400 naming the field, and nothing is written; the client API stays open', async () => {
      const clientsBefore = (await store.container.clients.listClients()).length;
      const wallets = (await admin(store, 'GET', '/wallets')).json() as { id: number; balance: string }[];
      const cases: [string, string, object, string][] = [
        ['POST', '/clients', { name: 'Typo Ltd', feature: ['vouchers'] }, 'feature'],
        ['POST', '/categories', { name: 'Typo category', activ: true }, 'activ'],
        ['POST', `/wallets/${wallets[0]?.id ?? 1}/credit`, { amount: '5', remark: 'wire 42' }, 'remark'],
        ['PUT', '/clients/1/features', { features: ['vouchers'], typo: 1 }, 'typo'],
        ['POST', '/clients', { name: 'Long Ltd', ['k'.repeat(5000)]: 1 }, `${'k'.repeat(40)}…`],
      ];
      for (const [method, url, payload, field] of cases) {
        const response = await admin(store, method as 'POST', url, payload);
        assert.equal(response.statusCode, 400, `${method} ${url}: ${response.body}`);
        assert.deepEqual(errorOf(response), {
          name: 'ValidationException',
          code: 'VALIDATION_FAILURE',
          message: 'Request validation failed',
          details: [{ field, message: 'is not a field of this request' }],
        });
      }
      assert.equal((await store.container.clients.listClients()).length, clientsBefore, 'no client created');
      assert.deepEqual((await admin(store, 'GET', '/wallets')).json(), wallets, 'no wallet credited');
      // The client API's bodies accept fields they do not name, as the public contract's do.
      const login = await store.app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'nobody', password: 'wrong', extra: 1 } });
      assert.equal(login.statusCode, 401, login.body);
      // The OpenAPI documents say the same: every admin and portal body object is closed.
      for (const url of ['/admin/docs/openapi.json', '/portal/docs/openapi.json']) {
        const document = (await store.app.inject({ method: 'GET', url })).json();
        for (const [route, item] of Object.entries<Record<string, any>>(document.paths)) {
          for (const [method, operation] of Object.entries<any>(item)) {
            let schema = operation.requestBody?.content?.['application/json']?.schema;
            if (schema?.$ref) schema = document.components.schemas[schema.$ref.split('/').pop()];
            // The portal's quote takes the client API's quote body, open on purpose (an order body as it is).
            const open = route === '/portal/v1/products/{id}/quote';
            if (schema?.type === 'object') assert.equal(schema.additionalProperties, open, `${method} ${route}`);
          }
        }
      }
    });

    test('NUL or an unpaired surrogate in a JSON string is 400 VALIDATION_FAILURE naming the field, before any write', async () => {
      const clientsBefore = (await store.container.clients.listClients()).length;
      for (const name of ['Acme\u0000Corp', '\ud800', 'ok \udc00 tail']) {
        const response = await admin(store, 'POST', '/clients', { name });
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(errorOf(response), {
          name: 'ValidationException',
          code: 'VALIDATION_FAILURE',
          message: 'Request validation failed',
          details: [{ field: 'name', message: UNSTORABLE }],
        });
        assertEnveloped(response);
      }
      assert.equal((await store.container.clients.listClients()).length, clientsBefore, 'nothing was created');
    });

    test('unauthenticated logins with NUL text answer 400, not 500 (client and operator)', async () => {
      for (const url of ['/auth/login', '/admin/v1/auth/login']) {
        const response = await store.app.inject({ method: 'POST', url, payload: { username: 'prs_\u0000x', password: 'p' } });
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.equal(errorOf(response).code, 'VALIDATION_FAILURE');
        assert.deepEqual(errorOf(response).details, [{ field: 'username', message: UNSTORABLE }]);
      }
    });

    test('nested values and object keys are checked too', async () => {
      const response = await admin(store, 'POST', '/catalog/import', { products: [{ name: 'Gift\u0000card' }] });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(errorOf(response).details, [{ field: 'products.0.name', message: UNSTORABLE }]);
      const key = await admin(store, 'POST', '/clients', { name: 'Acme', ['\u0000']: 1 });
      assert.equal(key.statusCode, 400, key.body);
      assert.equal(errorOf(key).code, 'VALIDATION_FAILURE');
    });

    test('NUL in a query string is 400 Invalid query parameters (invalid UTF-8 decodes to U+FFFD, which is storable)', async () => {
      for (const url of ['/api/v1/orders?client_reference=%00', '/api/v1/products?search=a%00b', '/api/v1/transactions?status=%00']) {
        const response = await clientCall(store, token, 'GET', url);
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.deepEqual(errorOf(response), INVALID_QUERY);
      }
      const operator = await admin(store, 'GET', '/orders?client_reference=%00');
      assert.deepEqual(errorOf(operator), INVALID_QUERY);
      const replaced = await clientCall(store, token, 'GET', '/api/v1/orders?client_reference=%ED%A0%80');
      assert.equal(replaced.statusCode, 200, replaced.body);
    });

    test('ids of 2^31 and more in admin list filters are 400 Invalid query parameters', async () => {
      for (const url of [
        '/wallets?client_id=2147483648',
        '/inventory/stock?product_id=2147483648',
        '/orders?client_id=9999999999',
        '/wallets?client_id=99999999999999999999',
      ]) {
        const response = await admin(store, 'GET', url);
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.deepEqual(errorOf(response), INVALID_QUERY);
      }
      assert.equal((await admin(store, 'GET', '/wallets?client_id=2147483647')).statusCode, 200);
    });

    test('a POST with Content-Type: application/json and no body is a POST without a body', async () => {
      const hook = await createWebhook(store, token, { url: 'http://127.0.0.1:9/hook' });
      const emptyJson = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      for (const url of [`/api/v1/webhooks/${hook.id}/test`, `/api/v1/webhooks/${hook.id}/rotate-secret`]) {
        const response = await store.app.inject({ method: 'POST', url, headers: emptyJson, payload: '' });
        assert.ok(response.statusCode < 300, `${url}: ${response.statusCode} ${response.body}`);
      }
      const clientId = (await createClient(store)).client_id;
      const deactivate = await store.app.inject({
        method: 'POST',
        url: `/admin/v1/clients/${clientId}/deactivate`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: '',
      });
      assert.equal(deactivate.statusCode, 200, deactivate.body);
      // A body of optional fields only: an empty one is `{}`.
      const order = await admin(store, 'POST', '/orders/2147483647/cancel', undefined);
      const emptyCancel = await store.app.inject({
        method: 'POST',
        url: '/admin/v1/orders/2147483647/cancel',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        payload: '',
      });
      assert.equal(emptyCancel.statusCode, 404, emptyCancel.body);
      assert.deepEqual(emptyCancel.json(), order.json());
      // A route whose body has required fields still answers an empty one as not JSON.
      const missing = await store.app.inject({ method: 'POST', url: '/auth/login', headers: { 'content-type': 'application/json' }, payload: '' });
      assert.equal(missing.statusCode, 400);
      assert.equal(errorOf(missing).code, 'SYNTAX_ERROR');
      // Malformed JSON is still a syntax error.
      const malformed = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"a":',
      });
      assert.equal(errorOf(malformed).code, 'SYNTAX_ERROR');
    });

    test('a path parameter longer than the router allows is judged by its route', async () => {
      const response = await clientCall(store, token, 'GET', `/api/v1/products/${'9'.repeat(500)}`);
      assert.equal(response.statusCode, 400);
      assert.deepEqual(errorOf(response), { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid product ID' });
      assertEnveloped(response);
    });

    test('URLs the router cannot decode get the envelope and the request id', async () => {
      for (const path of ['/api/v1/products/%zz', '/api/v1/%', '/api/v1/countries/%C0%80']) {
        const response = await store.app.inject({ method: 'GET', url: path, headers: { 'x-request-id': 'bad-url-1' } });
        assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
        assert.deepEqual(errorOf(response), { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Invalid URL' });
        assert.equal(response.headers['x-request-id'], 'bad-url-1');
        assertEnveloped(response);
      }
    });

    test('a body nested deeper than 64 levels is 400 SYNTAX_ERROR on every route, signed in or not; 64 levels are parsed', async () => {
      const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
      const deep = nested(10_000);
      const routes = [
        { url: '/auth/login', headers: {} },
        { url: '/admin/v1/auth/login', headers: {} },
        { url: '/api/v1/orders', headers: { authorization: `Bearer ${token}` } },
        { url: '/admin/v1/wallets/1/credit', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
      ];
      for (const { url, headers } of routes) {
        for (const payload of [deep, `{"product_id":1,"denomination":10,"quantity":1,"x":${deep}}`, `{"a":"[[[[","b":${nested(65)}}`]) {
          const response = await store.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload });
          assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
          assert.deepEqual(errorOf(response), { name: 'SyntaxError', code: 'SYNTAX_ERROR', message: 'Invalid request body' });
          assertEnveloped(response);
        }
      }
      // Brackets inside strings do not count, and 64 levels are a body like any other.
      const ordersBefore = await store.container.database.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      const within = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: `{"product_id":999999,"denomination":10,"quantity":1,"note":"${'['.repeat(500)}","x":${nested(63)}}`,
      });
      assert.equal(within.statusCode, 404, within.body);
      assert.equal(errorOf(within).message, 'Product not found');
      const ordersAfter = await store.container.database.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(ordersAfter.n, ordersBefore.n, 'no order');
    });

    test('a date that an offset moves past the year 9999 is refused as a bad date, not a database error', async () => {
      for (const url of [
        '/api/v1/orders?start_date=9999-12-31T23:59:59-23:59',
        '/api/v1/orders?end_date=9999-12-31T23:00:00-01:00',
        '/api/v1/transactions?start_date=9999-12-31T23:59:59-00:01',
      ]) {
        const response = await store.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
        assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
        assert.deepEqual(errorOf(response), INVALID_QUERY);
      }
      const operator = await admin(store, 'GET', '/orders?start_date=9999-12-31T23:59:59-23:59');
      assert.deepEqual(errorOf(operator), INVALID_QUERY);
      const edge = await store.app.inject({
        method: 'GET',
        url: '/api/v1/orders?start_date=9999-12-31T23:59:59%2B23:59',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(edge.statusCode, 200, 'an offset that keeps it within 9999 is a date like any other');
      for (const field of ['valid_from', 'valid_to']) {
        const rate = await admin(store, 'POST', '/fx-rates', {
          source_currency: 'JPY',
          destination_currency: 'AUD',
          rate: '0.01',
          valid_from: '2030-01-01T00:00:00Z',
          [field]: '9999-12-31T23:59:59-23:59',
        });
        assert.equal(rate.statusCode, 400, rate.body);
        assert.equal(errorOf(rate).code, 'VALIDATION_FAILURE');
        assert.equal(errorOf(rate).message, `Invalid ${field}: must be an RFC 3339 timestamp`);
      }
    });

    test('an HTTP/1.1 request without Host gets the envelope with a request id, then the connection closes; HTTP/1.0 needs none', async () => {
      const answer = await rawExchange(port, 'GET /status HTTP/1.1\r\n\r\n');
      assert.ok(answer, 'an answer before the connection closed');
      assert.equal(answer.status, 400, answer.body);
      assert.deepEqual(JSON.parse(answer.body).error, { name: 'BadRequestError', code: 'BAD_REQUEST', message: 'Malformed HTTP request' });
      assert.match(answer.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
      assert.match(answer.headers['content-type'] ?? '', /^application\/json; charset=utf-8/);
      assert.equal(answer.headers.connection, 'close');
      // rawExchange half-closes after its bytes, so the route must answer at once: 401, past the Host check.
      const old = await rawExchange(port, 'GET /api/v1/products HTTP/1.0\r\n\r\n');
      assert.equal(old?.status, 401, old?.body);
    });

    test('a body number too large for a double (1e309) is a validation failure with the route message, not Infinity', async () => {
      const order = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: '{"product_id":1,"denomination":10,"quantity":1e309}',
      });
      assert.equal(order.statusCode, 400, order.body);
      assert.equal(errorOf(order).code, 'VALIDATION_FAILURE');
      assert.match(errorOf(order).message, /^product_id must be a product ID/);
    });

    test('an Idempotency-Key sent twice is refused, not joined into a third key; nothing is placed or posted', async () => {
      const ordersBefore = await store.container.database.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      const requests = [
        { url: '/api/v1/orders', auth: token, body: '{"product_id":1,"denomination":10,"quantity":1}' },
        { url: '/admin/v1/wallets/1/credit', auth: ADMIN_TOKEN, body: '{"amount":"5.00"}' },
      ];
      for (const { url, auth, body } of requests) {
        const answer = await rawExchange(
          port,
          `POST ${url} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer ${auth}\r\nContent-Type: application/json\r\n` +
            `Idempotency-Key: first\r\nIdempotency-Key: second\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        );
        assert.equal(answer?.status, 400, `${url}: ${answer?.body}`);
        assert.deepEqual(JSON.parse(answer!.body).error, {
          name: 'BadRequestError',
          code: 'BAD_REQUEST',
          message: 'Invalid Idempotency-Key: 1 to 255 printable ASCII characters',
        });
      }
      const ordersAfter = await store.container.database.db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(ordersAfter.n, ordersBefore.n);
    });

    test('a compressed body (Content-Encoding other than identity) is 415 with Accept-Encoding: identity', async () => {
      const body = { username: 'prs_nobody', password: 'wrong' };
      for (const encoding of ['gzip', 'br', 'deflate, gzip']) {
        const response = await store.app.inject({
          method: 'POST',
          url: '/auth/login',
          headers: { 'content-type': 'application/json', 'content-encoding': encoding },
          payload: JSON.stringify(body),
        });
        assert.equal(response.statusCode, 415, `${encoding}: ${response.body}`);
        assert.deepEqual(errorOf(response), {
          name: 'UnsupportedMediaTypeError',
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: 'Content-Encoding must be identity: send the body uncompressed',
        });
        assert.equal(response.headers['accept-encoding'], 'identity');
        assertEnveloped(response);
      }
      const identity = await store.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { 'content-type': 'application/json', 'content-encoding': 'Identity' },
        payload: JSON.stringify(body),
      });
      assert.equal(identity.statusCode, 401, 'read as sent, then refused for its credentials');
    });

    test('malformed HTTP on a real socket gets the envelope with a request id, then the connection closes', async () => {
      const cases = [
        { bytes: `GET /status HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, status: 431, code: 'HEADERS_TOO_LARGE' },
        { bytes: 'HELLO WORLD\r\n\r\n', status: 400, code: 'BAD_REQUEST' },
        { bytes: 'GET /status HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', status: 400, code: 'BAD_REQUEST' },
        { bytes: 'POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}', status: 400, code: 'BAD_REQUEST' },
        { bytes: 'GET /api/v1/products/%zz HTTP/1.1\r\nHost: x\r\n\r\n', status: 400, code: 'BAD_REQUEST' },
      ];
      for (const { bytes, status, code } of cases) {
        const answer = await rawExchange(port, bytes);
        assert.ok(answer, `an answer to ${bytes.slice(0, 30)}`);
        assert.equal(answer.status, status, answer.body);
        assert.equal(JSON.parse(answer.body).error.code, code);
        assert.match(answer.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
        assert.match(answer.headers['content-type'] ?? '', /^application\/json; charset=utf-8/);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      }
    });
  });
}
