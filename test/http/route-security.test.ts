import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse, RouteOptions } from 'fastify';
import { ClientScope } from '../../src/auth/client-scope.ts';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { createWallet, topUp } from '../helpers/wallets.ts';
import { orderableProduct } from '../orders/setup.ts';

/**
 * Every route the app registers, taken from the route table (buildApp's `onRoute`), not listed
 * here: client routes refuse requests without a client token, admin routes refuse client tokens,
 * client routes refuse operator tokens, and a client route given another client's id answers
 * exactly as for an id that does not exist.
 */

const ADMIN_TOKEN = 'route-security-admin-token-0123456789abcdef';
const NO_SUCH_ID = '2147483647';

interface Route {
  method: string;
  url: string;
  /** The route's schema has a body: calls past authentication send `{}`. */
  hasBody: boolean;
}

const label = (route: Route) => `${route.method} ${route.url}`;

/** `orders` of `/api/v1/orders/:id/…`. */
const resourceOf = (route: Route) => route.url.split('/')[3]!;

/** Admin routes that take no token at all. */
const PUBLIC_ADMIN_ROUTES = new Set(['POST /admin/v1/auth/login', 'POST /admin/v1/auth/session']);

/** Client routes whose id names something every client shares (catalog, reference data): the tenant rule does not apply. */
const SHARED_RESOURCES = new Set(['products', 'countries', 'currencies', 'categories', 'subcategories']);

interface Fixture {
  store: TestStore;
  clientA: number;
  tokenA: string;
}

/**
 * Client routes whose id names one client's own resource: how client A gets one (its id), and
 * an id of that kind that exists for nobody. A new client route with an id must be added here or
 * to SHARED_RESOURCES, or the test fails.
 */
const TENANT_OWNED: Record<string, { create: (f: Fixture) => Promise<string>; missing: string }> = {
  wallets: { create: async (f) => String((await createWallet(f.store, f.clientA, 'USD')).id), missing: NO_SUCH_ID },
  transactions: {
    create: async (f) => {
      const [wallet] = await f.store.container.wallets.listWallets({ clientId: f.clientA });
      return String((await topUp(f.store, wallet!.id, '100.00', 'funding')).id);
    },
    missing: NO_SUCH_ID,
  },
  orders: {
    create: async (f) => {
      const product = await orderableProduct(f.store, { name: 'Route security card' });
      const response = await call(f.store, 'POST', '/api/v1/orders', f.tokenA, { product_id: product, denomination: 10, quantity: 1 });
      assert.equal(response.statusCode, 201, response.body);
      return String(response.json().id);
    },
    missing: NO_SUCH_ID,
  },
  webhooks: {
    create: async (f) => {
      // Inactive: no delivery changes it while the test runs.
      const body = { url: 'http://127.0.0.1:9/hook', events: ['order.delivered'], description: "A's", active: false };
      const response = await call(f.store, 'POST', '/api/v1/webhooks', f.tokenA, body);
      assert.equal(response.statusCode, 201, response.body);
      return String(response.json().id);
    },
    missing: NO_SUCH_ID,
  },
  events: {
    create: async (f) => {
      const response = await call(f.store, 'GET', '/api/v1/events', f.tokenA);
      assert.equal(response.statusCode, 200, response.body);
      const [first] = response.json() as { id: string }[];
      assert.ok(first, 'client A has events (its top-up and order)');
      return first.id;
    },
    missing: `evt_${'0'.repeat(24)}`,
  },
};

function call(store: TestStore, method: string, url: string, token: string | null, payload?: object): Promise<LightMyRequestResponse> {
  return store.app.inject({
    method: method as 'GET',
    url,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** The route's URL with every path parameter set to `id`. */
const urlOf = (route: Route, id: string) => route.url.replace(/:\w+/g, encodeURIComponent(id));

function assertUnauthorized(route: Route, response: LightMyRequestResponse, who: string): void {
  assert.equal(response.statusCode, 401, `${label(route)} ${who}: ${response.statusCode} ${response.body}`);
  if (route.method !== 'HEAD') assert.deepEqual(errorOf(response), UNAUTHORIZED, `${label(route)} ${who}`);
}

for (const engine of ENGINES) {
  describe(`route security: every registered route [${engine}]`, () => {
    const routes: Route[] = [];
    let store: TestStore;
    let tokenA: string;
    let tokenB: string;
    let operatorToken: string;
    /** Client A's resource of each TENANT_OWNED kind. */
    const owned: Record<string, string> = {};

    const clientRoutes = () => routes.filter((route) => route.url.startsWith('/api/v1/'));
    const adminRoutes = () => routes.filter((route) => route.url.startsWith('/admin/v1/'));

    before(async () => {
      store = await startTestStore(engine, {
        env: { ADMIN_TOKEN },
        onRoute: (route: RouteOptions) => {
          for (const method of [route.method].flat()) routes.push({ method, url: route.url, hasBody: route.schema?.body !== undefined });
        },
      });
      const a = await createClient(store, { name: 'A', features: ['vouchers'] });
      const b = await createClient(store, { name: 'B', features: ['vouchers'] });
      tokenA = (await loginOk(store, a)).access_token;
      tokenB = (await loginOk(store, b)).access_token;
      const fixture: Fixture = { store, clientA: a.client_id, tokenA };
      for (const [resource, { create }] of Object.entries(TENANT_OWNED)) owned[resource] = await create(fixture);

      const created = await call(store, 'POST', '/admin/v1/operators', ADMIN_TOKEN, { username: `route-security-${process.pid}` });
      assert.equal(created.statusCode, 201, created.body);
      const { username, password } = created.json() as { username: string; password: string };
      const login = await call(store, 'POST', '/admin/v1/auth/login', null, { username, password });
      assert.equal(login.statusCode, 200, login.body);
      operatorToken = login.json().data.access_token as string;
    });
    after(() => store?.close());

    test('the route table holds the client and admin routes', () => {
      const labels = new Set(routes.map(label));
      for (const expected of [
        'GET /api/v1/orders/:id',
        'POST /api/v1/orders',
        'DELETE /api/v1/webhooks/:id',
        'GET /admin/v1/orders/:id',
        ...PUBLIC_ADMIN_ROUTES,
      ]) {
        assert.ok(labels.has(expected), `${expected} is in the route table`);
      }
      assert.ok(clientRoutes().length >= 30, `client routes: ${clientRoutes().length}`);
      assert.ok(adminRoutes().length >= 50, `admin routes: ${adminRoutes().length}`);
    });

    test('only the authentication hooks (client API, client portal) make a ClientScope', () => {
      for (const maker of ['access-token', 'portal-session'] as const) {
        assert.throws(() => ClientScope.claimFactory(maker), /belongs to the authentication hooks/);
      }
    });

    test('every /api/v1 route without a token: 401', async () => {
      for (const route of clientRoutes()) assertUnauthorized(route, await call(store, route.method, urlOf(route, '1'), null), 'without a token');
    });

    test('a client token on every /admin/v1 route: 401', async () => {
      for (const route of adminRoutes().filter((r) => !PUBLIC_ADMIN_ROUTES.has(label(r)))) {
        assertUnauthorized(route, await call(store, route.method, urlOf(route, '1'), tokenA), 'with a client token');
      }
    });

    test('ADMIN_TOKEN and an operator account token on every /api/v1 route: 401', async () => {
      for (const route of clientRoutes()) {
        assertUnauthorized(route, await call(store, route.method, urlOf(route, '1'), ADMIN_TOKEN), 'with ADMIN_TOKEN');
        assertUnauthorized(route, await call(store, route.method, urlOf(route, '1'), operatorToken), 'with an operator token');
      }
    });

    test("every client route with an id, given another client's resource: 404, as for an id that does not exist", async () => {
      const withId = clientRoutes().filter((route) => /:\w+/.test(route.url));
      const unclassified = withId.filter((route) => !(resourceOf(route) in TENANT_OWNED) && !SHARED_RESOURCES.has(resourceOf(route)));
      assert.deepEqual(
        unclassified.map(label),
        [],
        'client routes with an id that are neither tenant-owned (TENANT_OWNED) nor shared (SHARED_RESOURCES)',
      );

      // A's resources as A sees them, before B tries every route on them.
      const show = (resource: string, token: string) => call(store, 'GET', `/api/v1/${resource}/${owned[resource]}`, token);
      const before: Record<string, unknown> = {};
      for (const resource of Object.keys(TENANT_OWNED)) {
        const response = await show(resource, tokenA);
        assert.equal(response.statusCode, 200, `A reads its own ${resource}: ${response.body}`);
        before[resource] = response.json();
      }

      const tried = new Set<string>();
      for (const route of withId.filter((r) => resourceOf(r) in TENANT_OWNED)) {
        const resource = resourceOf(route);
        const body = route.hasBody ? {} : undefined;
        const others = await call(store, route.method, urlOf(route, owned[resource]!), tokenB, body);
        const missing = await call(store, route.method, urlOf(route, TENANT_OWNED[resource]!.missing), tokenB, body);
        assert.equal(others.statusCode, 404, `${label(route)} with client A's id as client B: ${others.statusCode} ${others.body}`);
        assert.equal(missing.statusCode, 404, `${label(route)} with an id nobody has: ${missing.statusCode} ${missing.body}`);
        if (route.method !== 'HEAD') {
          assert.equal(errorOf(others).code, 'NOT_FOUND');
          assert.deepEqual(errorOf(others), errorOf(missing), `${label(route)}: another client's id looks like no id at all`);
        }
        tried.add(resource);
      }
      assert.deepEqual([...tried].sort(), Object.keys(TENANT_OWNED).sort(), 'every tenant-owned kind has client routes');

      // Nothing B sent changed A's resources (no delete, rotation, ping or redelivery went through).
      for (const resource of Object.keys(TENANT_OWNED)) {
        const response = await show(resource, tokenA);
        assert.equal(response.statusCode, 200, `A still reads its ${resource}`);
        assert.deepEqual(response.json(), before[resource], `A's ${resource} is unchanged`);
      }
    });
  });
}
