import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { demoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'openapi-test-admin-token-0123456789abcdef';
const DOCUMENTS = { client: '/docs/openapi.json', admin: '/admin/docs/openapi.json', portal: '/portal/docs/openapi.json' } as const;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
/** Headers of HTTP itself, which the document does not repeat per operation. */
const TRANSPORT_HEADERS = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'vary',
  'content-encoding',
]);

type Doc = { openapi: string; info: { description?: string }; paths: Record<string, Record<string, any>>; components: Record<string, any> };

function operations(document: Doc) {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ method, route, operation: item[method] })),
  );
}

/** The documented operation an actual request path matches (`/api/v1/orders/12` → `/api/v1/orders/{id}`). */
function operationOf(document: Doc, method: string, url: string) {
  const pathname = url.split('?')[0]!;
  const match = Object.keys(document.paths).find((route) => new RegExp(`^${route.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
  assert.ok(match, `no documented path for ${pathname}`);
  const operation = document.paths[match][method.toLowerCase()];
  assert.ok(operation, `no documented ${method} ${match}`);
  return operation;
}

for (const engine of ENGINES) {
  describe(`OpenAPI documents and the reference viewer [${engine}]`, () => {
    let store: TestStore;
    const documents = {} as Record<keyof typeof DOCUMENTS, Doc>;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      for (const [name, url] of Object.entries(DOCUMENTS)) {
        const response = await store.app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, 200, url);
        documents[name as keyof typeof DOCUMENTS] = response.json();
      }
    });
    after(() => store.close());

    test('the three documents pass redocly lint with its recommended rules: no error, no warning but the accepted ones', async () => {
      const config = await loadConfig({ configPath: path.join(import.meta.dirname, '../../redocly.yaml') });
      for (const [name, url] of Object.entries(DOCUMENTS)) {
        const source = JSON.stringify(documents[name as keyof typeof DOCUMENTS]);
        const problems = (await lintFromString({ source, absoluteRef: url, config })).filter((problem) => !problem.ignored);
        assert.deepEqual(
          problems.map((problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`),
          [],
          url,
        );
      }
    });

    test('the client document holds the client API and the admin document the admin API, both OpenAPI 3.1', () => {
      for (const document of Object.values(documents)) assert.equal(document.openapi, '3.1.0');
      const clientPaths = Object.keys(documents.client.paths);
      const adminPaths = Object.keys(documents.admin.paths);
      for (const route of ['/auth/login', '/auth/refresh', '/auth/logout', '/status', '/api/v1/orders', '/api/v1/products/{id}/charges']) {
        assert.ok(clientPaths.includes(route), route);
      }
      assert.ok(
        clientPaths.every((route) => !route.startsWith('/admin/')),
        "clientPaths.every((route) => !route.startsWith('/admin/'))",
      );
      assert.ok(
        adminPaths.length > 40 && adminPaths.every((route) => route.startsWith('/admin/v1/')),
        "adminPaths.length > 40 && adminPaths.every((route) => route.startsWith('/admin/v1/'))",
      );
      assert.ok(!clientPaths.includes('/api/v1/__probe'), 'test routes stay out');
      const portalPaths = Object.keys(documents.portal.paths);
      assert.ok(portalPaths.length >= 12 && portalPaths.every((route) => route.startsWith('/portal/v1/')), portalPaths.join(' '));
      assert.ok(
        clientPaths.every((route) => !route.startsWith('/portal/')),
        'the portal stays out of the client document',
      );
      assert.deepEqual(documents.portal.paths['/portal/v1/session']!.post.security, []);
      assert.deepEqual(documents.portal.paths['/portal/v1/orders']!.get.security, [{ portalSession: [] }]);
      const csrf = documents.portal.paths['/portal/v1/users']!.post.parameters.find((p: { name: string }) => p.name === 'X-CSRF-Token');
      assert.equal(csrf.required, true);
      assert.deepEqual(
        documents.portal.paths['/portal/v1/orders/{id}/reveal']!.post.responses['403'].content['application/json'].schema.allOf[1].properties.error
          .properties.code.enum,
        ['CSRF_FAILED', 'INVALID_PASSWORD', 'PERMISSION_DENIED'],
      );
    });

    test('every operation has a unique operationId, a summary, tags and its security; public ones say security: []', () => {
      for (const [name, document] of Object.entries(documents)) {
        const ids = new Set<string>();
        for (const { method, route, operation } of operations(document)) {
          const where = `${name} ${method} ${route}`;
          assert.match(operation.operationId ?? '', /^[a-z][A-Za-z]+$/, where);
          assert.ok(!ids.has(operation.operationId), `${where}: duplicate ${operation.operationId}`);
          ids.add(operation.operationId);
          assert.ok(operation.summary?.length > 5, where);
          assert.ok(operation.tags?.length > 0, where);
          assert.ok(Array.isArray(operation.security), where);
        }
      }
      const security = (route: string, method = 'post') => documents.client.paths[route]![method].security;
      assert.deepEqual(security('/auth/login'), []);
      assert.deepEqual(security('/auth/refresh'), []);
      assert.deepEqual(security('/status', 'get'), []);
      assert.deepEqual(security('/api/v1/orders'), [{ bearerAuth: [] }]);
      assert.deepEqual(documents.admin.paths['/admin/v1/auth/login']!.post.security, []);
      assert.deepEqual(documents.admin.paths['/admin/v1/auth/session']!.post.security, []);
      assert.deepEqual(documents.admin.paths['/admin/v1/clients']!.get.security, [{ operatorAuth: [] }, { consoleSession: [] }]);
      assert.equal(documents.client.paths['/api/v1/orders']!.post.operationId, 'createOrder');
      assert.equal(documents.client.paths['/api/v1/products/{id}/charges']!.post.operationId, 'quoteProduct');
    });

    test('every entity is a named component schema, with a valid example from the demo data', () => {
      const entities = {
        client: ['Order', 'OrderSummary', 'Voucher', 'Product', 'ProductDetail', 'Denomination', 'Quote', 'Availability', 'Wallet'],
        admin: [
          'Client',
          'AdminOrder',
          'AdminProduct',
          'AdminWallet',
          'Operator',
          'AuditEntry',
          'StockLevel',
          'FxRate',
          'ConsoleSession',
          'OperatorSession',
          'TotpEnrolment',
          'RecoveryCodes',
          'Error',
        ],
      };
      entities.client.push(
        'Transaction',
        'Webhook',
        'WebhookAttempt',
        'Event',
        'Country',
        'Currency',
        'Category',
        'Subcategory',
        'TokenPair',
        'Error',
      );
      for (const [name, expected] of Object.entries(entities)) {
        const schemas = documents[name as keyof typeof DOCUMENTS].components.schemas;
        for (const entity of expected) assert.ok(schemas[entity], `${name}: ${entity}`);
      }
      assert.deepEqual(documents.client.paths['/api/v1/orders']!.post.responses['201'].content['application/json'].schema, {
        $ref: '#/components/schemas/Order',
      });

      let examples = 0;
      for (const document of Object.values(documents)) {
        const ajv = new Ajv2020({ strict: false, allErrors: true });
        (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
        ajv.addSchema({ $id: 'doc', components: document.components });
        for (const [entity, schema] of Object.entries<any>(document.components.schemas)) {
          for (const example of schema.examples ?? []) {
            const validate = ajv.compile({ $ref: `doc#/components/schemas/${entity}` });
            assert.ok(validate(example), `${entity}: ${JSON.stringify(validate.errors)}`);
            examples += 1;
          }
        }
      }
      assert.ok(examples >= 25, `${examples} examples`);
      const order = documents.client.components.schemas.Order.examples[0];
      assert.match(order.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'timestamps in whole seconds, as the API sends them');
    });

    test('ids, pages and limits in queries are typed as integers', () => {
      let typed = 0;
      for (const document of Object.values(documents)) {
        for (const { route, operation } of operations(document)) {
          for (const parameter of operation.parameters ?? []) {
            if (parameter.in !== 'query') continue;
            const where = `${route} ?${parameter.name}`;
            assert.ok(!(parameter.schema.type === 'string' && /^\^\[0-9\]/.test(parameter.schema.pattern ?? '')), `${where} is typed string`);
            if (parameter.name === 'page' || parameter.name === 'limit' || (parameter.name.endsWith('_id') && parameter.name !== 'target_id')) {
              assert.equal(parameter.schema.type, 'integer', where);
              typed += 1;
            }
          }
        }
      }
      assert.ok(typed >= 24, `${typed} integer parameters`);
    });

    test('each error response is the error envelope with the codes that operation can answer', () => {
      for (const document of Object.values(documents)) {
        for (const { method, route, operation } of operations(document)) {
          for (const [status, response] of Object.entries<any>(operation.responses)) {
            if (!/^[45]/.test(status)) continue;
            const schema = response.content['application/json'].schema;
            const envelope = schema.$ref ?? schema.allOf?.[0]?.$ref;
            assert.equal(envelope, '#/components/schemas/Error', `${method} ${route} ${status}`);
            assert.notEqual(response.description, 'Default Response');
          }
        }
      }
      const codes = (route: string, method: string, status: string, document = documents.client) =>
        document.paths[route]![method].responses[status].content['application/json'].schema.allOf[1].properties.error.properties.code.enum;
      assert.deepEqual(codes('/api/v1/orders', 'post', '400'), [
        'BAD_REQUEST',
        'INSUFFICIENT_FUNDS',
        'INVALID_FEATURE',
        'OUT_OF_STOCK',
        'SYNTAX_ERROR',
        'VALIDATION_FAILURE',
      ]);
      assert.deepEqual(codes('/api/v1/orders', 'post', '409'), ['IDEMPOTENCY_IN_PROGRESS']);
      assert.deepEqual(codes('/api/v1/orders', 'post', '422'), ['IDEMPOTENCY_MISMATCH']);
      assert.deepEqual(codes('/api/v1/wallets', 'get', '400'), ['BAD_REQUEST']);
      assert.deepEqual(codes('/admin/v1/orders/{id}/retry', 'post', '409', documents.admin), ['ORDER_NOT_RETRYABLE']);
      assert.deepEqual(codes('/admin/v1/orders/{id}/retry', 'post', '403', documents.admin), ['CSRF_FAILED']);
      assert.deepEqual(codes('/admin/v1/auth/session', 'post', '401', documents.admin), ['TOTP_REQUIRED', 'UNAUTHORIZED']);
      assert.equal(documents.admin.paths['/admin/v1/clients']!.get.responses['403'], undefined, 'a GET needs no CSRF token');
    });

    test('the documents stand on their own: no file outside the repository is cited', () => {
      for (const document of Object.values(documents)) {
        const text = JSON.stringify(document);
        assert.ok(!text.includes('api.md'), 'api.md');
        assert.ok(!text.includes('../shared'), '../shared');
      }
      const introduction = documents.client.info.description ?? '';
      for (const topic of ['# Authentication', '# Errors', '# Pagination', '# Rate limits', '# Idempotency', '# Webhooks', '# Versioning']) {
        assert.ok(introduction.includes(topic), topic);
      }
      assert.ok(!/\]\([^)]*\.md/.test(introduction), 'links between reference files are dissolved');
    });

    test("every 429 and 503 describes Retry-After (the store sends it with a 503 when its database or Redis is unavailable), except /status's own 503", () => {
      let answers = 0;
      for (const document of Object.values(documents)) {
        for (const { method, route, operation } of operations(document)) {
          for (const status of ['429', '503'].filter((code) => code in operation.responses)) {
            answers++;
            const described = 'Retry-After' in (operation.responses[status].headers ?? {});
            assert.equal(described, route !== '/status', `${method} ${route} → ${status}`);
          }
        }
      }
      assert.ok(answers > 0, 'the documents have 429 and 503 answers');
    });

    test('every header the API sends is described for that operation and status', async () => {
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const demo = await demoClient(store, ADMIN_TOKEN);
      const { auth } = demo;
      const order = { product_id: demo.amazonProductId, denomination: 25, quantity: 1 };
      const country = await store.app.inject({ method: 'GET', url: '/api/v1/countries/840', headers: auth });
      const [wallet] = (
        await store.app.inject({ method: 'GET', url: `/admin/v1/wallets?client_id=${demo.credentials.client_id}`, headers: admin })
      ).json();
      const credit = { url: `/admin/v1/wallets/${wallet.id}/credit`, headers: { ...admin, 'idempotency-key': 'openapi-credit-1' } };
      const requests: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: unknown; document?: Doc }[] = [
        { method: 'POST', url: '/auth/login', payload: demo.credentials },
        { method: 'POST', url: '/auth/login', payload: { username: demo.credentials.username, password: 'wrong' } },
        { method: 'GET', url: '/status' },
        { method: 'GET', url: '/api/v1/products?limit=2', headers: auth },
        { method: 'GET', url: `/api/v1/products/${demo.amazonProductId}`, headers: auth },
        { method: 'POST', url: `/api/v1/products/${demo.amazonProductId}/charges`, headers: auth, payload: { denomination: 25, quantity: 2 } },
        { method: 'POST', url: '/api/v1/orders', headers: { ...auth, 'idempotency-key': 'openapi-headers-1' }, payload: order },
        { method: 'POST', url: '/api/v1/orders', headers: { ...auth, 'idempotency-key': 'openapi-headers-1' }, payload: order },
        { method: 'POST', url: '/api/v1/orders', headers: auth, payload: { ...order, denomination: 26 } },
        { method: 'GET', url: '/api/v1/orders?limit=1', headers: auth },
        { method: 'GET', url: '/api/v1/orders/999999', headers: auth },
        { method: 'GET', url: '/api/v1/transactions?limit=1', headers: auth },
        { method: 'GET', url: '/api/v1/events?limit=1', headers: auth },
        { method: 'GET', url: '/api/v1/countries/840', headers: { ...auth, 'if-none-match': country.headers.etag as string } },
        { method: 'GET', url: '/api/v1/currencies', headers: auth },
        { method: 'GET', url: '/api/v1/wallets', headers: {} },
        { method: 'GET', url: '/admin/v1/clients', headers: admin, document: documents.admin },
        { method: 'GET', url: '/admin/v1/orders?limit=1', headers: admin, document: documents.admin },
        { method: 'POST', ...credit, payload: { amount: '1' }, document: documents.admin },
        { method: 'POST', ...credit, payload: { amount: '1' }, document: documents.admin },
        { method: 'POST', ...credit, payload: { amount: '2' }, document: documents.admin },
      ];
      const seen = new Set<string>();
      for (const { document = documents.client, ...request } of requests) {
        const response = await store.app.inject({
          method: request.method,
          url: request.url,
          headers: request.headers,
          payload: request.payload as object,
        });
        const described = operationOf(document, request.method, request.url).responses[String(response.statusCode)];
        assert.ok(described, `${request.method} ${request.url}: status ${response.statusCode} is not documented`);
        const documented = new Set(Object.keys(described.headers ?? {}).map((name) => name.toLowerCase()));
        for (const name of Object.keys(response.headers)) {
          if (TRANSPORT_HEADERS.has(name)) continue;
          seen.add(name);
          assert.ok(documented.has(name), `${request.method} ${request.url} → ${response.statusCode}: ${name} is not described`);
        }
      }
      for (const name of ['x-request-id', 'ratelimit-limit', 'x-total-count', 'x-next-cursor', 'idempotent-replayed', 'etag', 'cache-control']) {
        assert.ok(seen.has(name), `the requests above exercise ${name}`);
      }
    });

    test('a change reads any body sent: 400 SYNTAX_ERROR, 413 and 415 are documented even where it takes none; a body the route may leave out is not required', async () => {
      const demo = await demoClient(store, ADMIN_TOKEN);
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      for (const document of Object.values(documents)) {
        for (const { method, route, operation } of operations(document)) {
          if (method === 'get') continue;
          for (const status of ['400', '413', '415']) assert.ok(operation.responses[status], `${method} ${route} documents ${status}`);
          const codes = operation.responses['400'].content['application/json'].schema.allOf[1].properties.error.properties.code.enum;
          assert.ok(codes.includes('SYNTAX_ERROR'), `${method} ${route}: 400 SYNTAX_ERROR`);
        }
      }
      const remove = { method: 'DELETE' as const, url: '/api/v1/webhooks/999999', headers: demo.auth };
      const notJson = await store.app.inject({ ...remove, headers: { ...demo.auth, 'content-type': 'text/plain' }, payload: 'x' });
      assert.equal(notJson.statusCode, 415, notJson.body);
      const broken = await store.app.inject({ ...remove, headers: { ...demo.auth, 'content-type': 'application/json' }, payload: '{bad' });
      assert.equal(broken.json().error.code, 'SYNTAX_ERROR');

      const optional = [
        {
          document: documents.client,
          route: '/api/v1/events/{id}/redeliver',
          url: `/api/v1/events/evt_${'0'.repeat(24)}/redeliver`,
          headers: demo.auth,
        },
        { document: documents.admin, route: '/admin/v1/orders/{id}/cancel', url: '/admin/v1/orders/999999/cancel', headers: admin },
        { document: documents.admin, route: '/admin/v1/webhooks/{id}/disable', url: '/admin/v1/webhooks/999999/disable', headers: admin },
        { document: documents.portal, route: '/portal/v1/events/{id}/redeliver' },
      ];
      for (const { document, route, url, headers } of optional) {
        assert.equal(document.paths[route]!.post.requestBody.required, false, route);
        if (!url) continue;
        const response = await store.app.inject({ method: 'POST', url, headers });
        assert.equal(response.statusCode, 404, `${route} without a body: ${response.body}`);
      }
      for (const document of [documents.client, documents.admin, documents.portal])
        assert.ok(!JSON.stringify(document).includes('x-optional-body'), "the routes' own extension is not published");
      const required = operations(documents.client).filter(({ operation }) => operation.requestBody?.required === false);
      assert.deepEqual(
        required.map(({ route }) => route),
        ['/api/v1/events/{id}/redeliver'],
      );
    });

    test("the portal's reads and its attempt-limited steps document no RateLimit headers, which they do not send", () => {
      const portal = documents.portal.paths;
      const headers = (route: string, method: string, status: string) => Object.keys(portal[route]![method].responses[status].headers ?? {});
      for (const [route, method, status] of [
        ['/portal/v1/webhooks', 'get', '200'],
        ['/portal/v1/events', 'get', '200'],
        ['/portal/v1/orders/{id}/reveal', 'post', '200'],
        ['/portal/v1/totp/confirm', 'post', '400'],
      ] as const) {
        assert.ok(!headers(route, method, status).includes('RateLimit-Limit'), `${method} ${route} ${status}`);
      }
      assert.equal(portal['/portal/v1/webhooks']!.get.responses['429'], undefined, 'portal reads are not rate limited');
      assert.ok(headers('/portal/v1/products/{id}/quote', 'post', '200').includes('RateLimit-Limit'), 'the quote is, as in the client API');
      assert.ok(headers('/portal/v1/orders', 'post', '201').includes('Idempotent-Replayed'), 'a portal order says when it replays');
      assert.ok(headers('/portal/v1/products', 'get', '200').includes('Cache-Control'), 'the portal catalog says how long its prices may be reused');
      const password =
        portal['/portal/v1/password']!.post.responses['403'].content['application/json'].schema.allOf[1].properties.error.properties.code.enum;
      assert.ok(password.includes('INVALID_PASSWORD'), 'a wrong current password is 403 INVALID_PASSWORD');
    });

    test('/docs and /admin/docs serve the viewer under a strict Content-Security-Policy, its script from the store; /docs/json stays', async () => {
      for (const [url, documentUrl] of [
        ['/docs', DOCUMENTS.client],
        ['/admin/docs', DOCUMENTS.admin],
      ]) {
        const page = await store.app.inject({ method: 'GET', url });
        assert.equal(page.statusCode, 200);
        assert.match(page.headers['content-type'] as string, /^text\/html/);
        const csp = page.headers['content-security-policy'] as string;
        assert.match(csp, /script-src 'self'(;|$)/);
        assert.match(csp, /connect-src 'self'/);
        assert.ok(!/<script>/.test(page.body) && !/<script(?![^>]*\bsrc=)[^>]*>/.test(page.body), 'no inline script');
        assert.ok(page.body.includes(`data-url="${documentUrl}"`), 'page.body.includes(`data-url="${documentUrl}"`)');
        const script = page.body.match(/<script src="([^"]+)"/)![1]!;
        assert.ok(script.startsWith('/'), 'the viewer script comes from the store');
        const asset = await store.app.inject({ method: 'GET', url: script });
        assert.equal(asset.statusCode, 200);
        assert.match(asset.headers['content-type'] as string, /javascript/);
        assert.match(asset.headers['cache-control'] as string, /immutable/);
        assert.ok(asset.rawPayload.length > 100_000, 'asset.rawPayload.length > 100_000');
      }
      const combined = await store.app.inject({ method: 'GET', url: '/docs/json' });
      assert.equal(combined.statusCode, 200);
      assert.ok(
        combined.json().paths['/admin/v1/clients'] && combined.json().paths['/api/v1/orders'],
        "combined.json().paths['/admin/v1/clients'] && combined.json().paths['/api/v1/orders']",
      );
    });
  });
}
