import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { RouteOptions } from 'fastify';
import { PORTAL_PERMISSIONS } from '../../src/portal/portal-roles.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { clientCall, createWebhook } from '../helpers/webhooks.ts';
import { orderableProduct, orderingClient, orderOf, placeOrder, getOrder, type OrderActor } from '../orders/setup.ts';
import {
  ADMIN_TOKEN,
  errorOf,
  PASSWORD,
  PERMISSION_DENIED,
  ROLES,
  startPortalStore,
  uniqueEmail,
  type Member,
  type Method,
  type PortalApi,
  type PortalUser,
  UNAUTHORIZED,
  type Role,
  type Session,
} from './setup.ts';

const ALL = ROLES;
const NO_SUCH_ID = '2147483647';

/**
 * Who may call each portal route that needs a permission, as docs/portal.md's table says. A new
 * route with a permission must be added here, or the first test fails.
 */
const EXPECTED: Record<string, readonly Role[]> = {
  'GET /portal/v1/users': ALL,
  'POST /portal/v1/users': ['owner', 'admin'],
  'PATCH /portal/v1/users/:id': ['owner', 'admin'],
  'GET /portal/v1/wallets': ['owner', 'admin', 'finance', 'viewer'],
  'GET /portal/v1/transactions': ['owner', 'admin', 'finance', 'viewer'],
  'GET /portal/v1/spend': ['owner', 'admin', 'finance', 'viewer'],
  'GET /portal/v1/orders': ALL,
  'GET /portal/v1/orders/:id': ALL,
  'GET /portal/v1/orders/:id/timeline': ALL,
  'POST /portal/v1/orders/:id/reveal': ['owner', 'admin', 'developer'],
  'GET /portal/v1/audit': ['owner', 'admin'],
  'GET /portal/v1/products': ALL,
  'GET /portal/v1/products/filters': ALL,
  'GET /portal/v1/products/:id': ALL,
  'POST /portal/v1/products/:id/quote': ALL,
  'POST /portal/v1/orders': ['owner', 'admin', 'finance'],
  'GET /portal/v1/webhooks': ['owner', 'admin', 'developer', 'viewer'],
  'GET /portal/v1/webhooks/:id': ['owner', 'admin', 'developer', 'viewer'],
  'GET /portal/v1/webhooks/:id/attempts': ['owner', 'admin', 'developer', 'viewer'],
  'POST /portal/v1/webhooks': ['owner', 'admin', 'developer'],
  'PATCH /portal/v1/webhooks/:id': ['owner', 'admin', 'developer'],
  'DELETE /portal/v1/webhooks/:id': ['owner', 'admin', 'developer'],
  'POST /portal/v1/webhooks/:id/rotate-secret': ['owner', 'admin', 'developer'],
  'POST /portal/v1/webhooks/:id/test': ['owner', 'admin', 'developer'],
  'POST /portal/v1/webhooks/:id/recover': ['owner', 'admin', 'developer'],
  'GET /portal/v1/events': ['owner', 'admin', 'developer', 'viewer'],
  'GET /portal/v1/events/:id': ['owner', 'admin', 'developer', 'viewer'],
  'POST /portal/v1/events/:id/redeliver': ['owner', 'admin', 'developer'],
  'GET /portal/v1/low-balance': ['owner', 'admin', 'finance', 'viewer'],
  'PUT /portal/v1/wallets/:id/low-balance': ['owner', 'admin', 'finance'],
  'GET /portal/v1/credentials': ['owner', 'admin', 'developer', 'viewer'],
  'POST /portal/v1/credentials': ['owner', 'admin', 'developer'],
  'POST /portal/v1/credentials/:id/revoke': ['owner', 'admin', 'developer'],
  'GET /portal/v1/ip-allowlist': ['owner', 'admin', 'developer', 'viewer'],
  'POST /portal/v1/ip-allowlist/preview': ['owner', 'admin', 'developer'],
  'PUT /portal/v1/ip-allowlist': ['owner', 'admin', 'developer'],
  'GET /portal/v1/top-up-instructions': ['owner', 'admin', 'finance', 'viewer'],
};

/** What each permissioned route's id names, to try another client's. */
const ID_KIND: Record<string, 'order' | 'user' | 'product' | 'webhook' | 'spare' | 'event' | 'wallet' | 'credential'> = {
  'PATCH /portal/v1/users/:id': 'user',
  'POST /portal/v1/credentials/:id/revoke': 'credential',
  'GET /portal/v1/orders/:id': 'order',
  'GET /portal/v1/orders/:id/timeline': 'order',
  'POST /portal/v1/orders/:id/reveal': 'order',
  'GET /portal/v1/products/:id': 'product',
  'POST /portal/v1/products/:id/quote': 'product',
  'GET /portal/v1/webhooks/:id': 'webhook',
  'GET /portal/v1/webhooks/:id/attempts': 'webhook',
  'PATCH /portal/v1/webhooks/:id': 'webhook',
  'DELETE /portal/v1/webhooks/:id': 'spare',
  'POST /portal/v1/webhooks/:id/rotate-secret': 'webhook',
  'POST /portal/v1/webhooks/:id/test': 'webhook',
  'POST /portal/v1/webhooks/:id/recover': 'webhook',
  'GET /portal/v1/events/:id': 'event',
  'POST /portal/v1/events/:id/redeliver': 'event',
  'PUT /portal/v1/wallets/:id/low-balance': 'wallet',
};

interface Client {
  id: number;
  buyer: OrderActor;
  order: number;
  /** The product the client buys; the other client's is blacklisted for it (the client's "another client's id"). */
  product: number;
  members: Record<Role, Member>;
  /** A viewer whom the PATCH rows set to viewer again (a change that changes nothing). */
  target: PortalUser;
  /** An endpoint of the client (every event type, at a local receiver) and an event of its order. */
  webhook: number;
  event: string;
  /** Endpoints the DELETE rows delete, one each. */
  spares: number[];
  /** A revoked API credential, which the revoke rows revoke again (a change that changes nothing). */
  credential: number;
}

for (const engine of ENGINES) {
  describe(`client portal roles and tenant scope [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    const routes: { method: string; url: string; permission: unknown }[] = [];
    let a: Client;
    let b: Client;
    let receiver: WebhookReceiver;

    const setUp = async (name: string, roles: readonly Role[]): Promise<Client> => {
      const buyer = await orderingClient(store, '500.00');
      await store.container.clients.setFeatures(buyer.clientId, ['vouchers']);
      const product = await orderableProduct(store, { name: `${name} card`, voucherType: 'CODE_WITH_PIN' });
      const order = orderOf(await placeOrder(store, buyer.token, { product_id: product, denomination: 10, quantity: 2 })).id;
      const members = {} as Client['members'];
      for (const role of roles) members[role] = await call.member(buyer.clientId, role);
      const target = await call.member(buyer.clientId, 'viewer');
      const webhook = (await createWebhook(store, buyer.token, { url: receiver.url(`/${name}`) })).id;
      const spares: number[] = [];
      for (let i = 0; i < ROLES.length; i++) spares.push((await createWebhook(store, buyer.token, { url: receiver.url(`/${name}/spare`) })).id);
      const event = (await clientCall(store, buyer.token, 'GET', '/api/v1/events')).json()[0].id as string;
      const operator = { actor: 'operator:test', audit: 'operator' as const };
      const credential = (await store.container.credentials.createForOperator(buyer.clientId, 'revoked', operator)).credential.id;
      await store.container.credentials.revokeForOperator(buyer.clientId, credential, operator);
      return { id: buyer.clientId, buyer, order, product, members, target, webhook, event, spares, credential };
    };

    /**
     * A request of the route that is harmless to the fixture: reads, a no-op role change, a new invitation, a reveal, a new API
     * credential (three in all, under the limit), a revoked credential revoked again, the empty allowlist saved again.
     */
    const requestOf = (
      key: string,
      client: Client,
      id?: string,
    ): { method: Method; url: string; payload?: object; headers?: Record<string, string> } => {
      const [method, path] = key.split(' ') as [Method, string];
      const idOf = {
        order: String(client.order),
        product: String(client.product),
        user: String(client.target.id),
        webhook: String(client.webhook),
        spare: String(client.spares.at(-1)),
        event: client.event,
        wallet: String(client.buyer.walletId),
        credential: String(client.credential),
      };
      const url = path.replace(':id', id ?? (ID_KIND[key] ? idOf[ID_KIND[key]] : ''));
      if (key === 'POST /portal/v1/users') return { method, url, payload: { email: uniqueEmail('matrix'), role: 'viewer' } };
      if (key === 'POST /portal/v1/webhooks') return { method, url, payload: { url: receiver.url('/matrix'), events: ['order.delivered'] } };
      if (key === 'PATCH /portal/v1/webhooks/:id') return { method, url, payload: { description: 'matrix' } };
      if (key === 'POST /portal/v1/webhooks/:id/recover') return { method, url, payload: { since: '2020-01-01' } };
      if (key === 'POST /portal/v1/events/:id/redeliver') return { method, url, payload: { webhook_id: client.webhook } };
      if (key === 'PUT /portal/v1/wallets/:id/low-balance') return { method, url, payload: { threshold: null } };
      if (key === 'PATCH /portal/v1/users/:id') return { method, url, payload: { role: 'viewer' } };
      if (key === 'POST /portal/v1/orders/:id/reveal') return { method, url, payload: { password: PASSWORD } };
      if (key === 'POST /portal/v1/products/:id/quote') return { method, url, payload: { denomination: 10, quantity: 1 } };
      if (key === 'POST /portal/v1/orders') {
        return { method, url, payload: { product_id: client.product, denomination: 10, quantity: 1 }, headers: { 'idempotency-key': randomUUID() } };
      }
      if (key === 'POST /portal/v1/credentials') return { method, url, payload: { name: 'matrix' } };
      if (key === 'POST /portal/v1/ip-allowlist/preview' || key === 'PUT /portal/v1/ip-allowlist') return { method, url, payload: { entries: [] } };
      return { method, url };
    };
    const send = async (session: Session, request: { method: Method; url: string; payload?: object; headers?: Record<string, string> }) => {
      const response = await call.withCookie(session, request.method, request.url.replace('/portal/v1', ''), {
        payload: request.payload,
        headers: request.headers,
      });
      // A spare endpoint deleted: the next DELETE row takes another.
      if (request.method === 'DELETE' && response.statusCode === 204)
        for (const client of [a, b]) client.spares = client.spares.filter((id) => !request.url.endsWith(`/${id}`));
      return response;
    };

    before(async () => {
      receiver = await WebhookReceiver.start();
      ({ store, call } = await startPortalStore(engine, {
        onRoute: (route: RouteOptions) => {
          for (const method of [route.method].flat()) routes.push({ method, url: route.url, permission: route.config?.permission });
        },
      }));
      a = await setUp('A', ROLES);
      b = await setUp('B', ['owner']);
      await store.container.catalog.blacklistProduct(a.id, b.product);
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
    });

    test('every portal route but sign-in, invitations and resets needs the session; those that need a permission are the table', () => {
      const portal = routes.filter((route) => route.url.startsWith('/portal/v1/') && route.method !== 'HEAD' && route.url !== '/portal/v1/*');
      const open = portal.filter((route) => route.permission === undefined).map((route) => `${route.method} ${route.url}`);
      assert.deepEqual(open.sort(), [
        'POST /portal/v1/invitations/accept',
        'POST /portal/v1/password-reset',
        'POST /portal/v1/password-reset/confirm',
        'POST /portal/v1/session',
      ]);
      const permissioned = portal.filter((route) => typeof route.permission === 'string');
      assert.deepEqual(permissioned.map((route) => `${route.method} ${route.url}`).sort(), Object.keys(EXPECTED).sort());
      for (const route of permissioned) {
        const allowed = ROLES.filter((role) => PORTAL_PERMISSIONS[role].has(route.permission as never));
        assert.deepEqual(allowed, EXPECTED[`${route.method} ${route.url}`], `${route.method} ${route.url} (${String(route.permission)})`);
      }
    });

    test('/portal/v1 itself and an address under it that is no route: 404 Route not found (not a page of the web app)', async () => {
      for (const url of ['/portal/v1/no/such/route', '/portal/v1', '/portal/v1/']) {
        for (const method of ['GET', 'POST', 'DELETE'] as const) {
          const response = await call.inject({ method, url });
          assert.deepEqual(
            [response.statusCode, errorOf(response)],
            [404, { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Route not found' }],
            `${method} ${url}`,
          );
        }
      }
      assert.equal((await call.inject({ method: 'GET', url: '/portal/sign-in' })).statusCode, 200, 'the web pages are still at /portal');
    });

    test('every signed-in portal route without the session cookie: 401, also with a client access token or an operator token', async () => {
      const signedIn = routes.filter((route) => route.url.startsWith('/portal/v1/') && route.permission !== undefined && route.method !== 'HEAD');
      assert.ok(signedIn.length >= 15, `${signedIn.length} signed-in routes`);
      const accessToken = (await loginOk(store, await createClient(store))).access_token;
      for (const route of signedIn) {
        const url = route.url.replace(/:\w+/g, '1');
        for (const headers of [
          {},
          { authorization: `Bearer ${accessToken}` },
          { authorization: `Bearer ${ADMIN_TOKEN}` },
          { cookie: 'prs_portal=' },
        ]) {
          const response = await call.inject({
            method: route.method as 'GET',
            url,
            headers,
            payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
          });
          assert.deepEqual(
            [response.statusCode, errorOf(response)],
            [401, UNAUTHORIZED],
            `${route.method} ${route.url} with ${JSON.stringify(headers)}`,
          );
        }
      }
    });

    test('every permissioned route × every role: allowed (2xx) or 403 PERMISSION_DENIED; the session routes for every role', async () => {
      for (const [key, allowed] of Object.entries(EXPECTED)) {
        for (const role of ROLES) {
          const response = await send(a.members[role].session, requestOf(key, a));
          const where = `${key} as ${role}: ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (allowed.includes(role)) assert.ok(response.statusCode >= 200 && response.statusCode < 300, where);
          else assert.deepEqual([response.statusCode, errorOf(response)], [403, PERMISSION_DENIED], where);
        }
      }
      for (const role of ROLES) {
        for (const url of ['/session', '/sessions'])
          assert.equal((await call.withCookie(a.members[role].session, 'GET', url)).statusCode, 200, `${url} ${role}`);
      }
    });

    test("every route with an id × every role, given another client's id: 404 as for an id nobody has (403 where the role may not)", async () => {
      const others = {
        order: String(b.order),
        product: String(b.product),
        user: String(b.target.id),
        webhook: String(b.webhook),
        spare: String(b.spares[0]),
        event: b.event,
        wallet: String(b.buyer.walletId),
        credential: String(b.credential),
      };
      for (const [key, kind] of Object.entries(ID_KIND)) {
        for (const role of ROLES) {
          const session = a.members[role].session;
          const theirs = await send(session, requestOf(key, a, others[kind]));
          const missing = await send(session, requestOf(key, a, kind === 'event' ? 'evt_ffffffffffffffffffffffff' : NO_SUCH_ID));
          const where = `${key} as ${role} with client B's ${kind}`;
          if (!EXPECTED[key]!.includes(role)) {
            assert.equal(theirs.statusCode, 403, where);
            continue;
          }
          assert.equal(theirs.statusCode, 404, `${where}: ${theirs.statusCode} ${theirs.body}`);
          assert.equal(errorOf(theirs).code, 'NOT_FOUND');
          assert.deepEqual(errorOf(theirs), errorOf(missing), `${where}: looks like no id at all`);
        }
      }
      const bTarget = (await call.admin('GET', `/clients/${b.id}/users`)).json().find((user: { id: number }) => user.id === b.target.id);
      assert.equal(bTarget.role, 'viewer', "B's user is unchanged");
      const bHooks = (await clientCall(store, b.buyer.token, 'GET', '/api/v1/webhooks')).json() as { id: number; description: string | null }[];
      assert.equal(bHooks.length, 1 + ROLES.length, "B's endpoints are all there");
      assert.ok(
        bHooks.every((hook) => hook.description === null),
        'and unchanged',
      );
      assert.equal((await getOrder(store, b.buyer.token, b.order)).statusCode, 200);
      const ownSession = (await call.withCookie(b.members.owner.session, 'GET', '/sessions')).json()[0].id;
      assert.equal((await call.withCookie(a.members.owner.session, 'DELETE', `/sessions/${ownSession}`)).statusCode, 404, "another user's session");
      assert.equal((await call.withCookie(b.members.owner.session, 'GET', '/session')).statusCode, 200, "B's session lives on");
    });

    test("the lists hold the session's client's rows only", async () => {
      const get = async (url: string) => {
        const response = await call.withCookie(a.members.owner.session, 'GET', url);
        assert.equal(response.statusCode, 200, response.body);
        return response.json() as { id: number; client_id?: number }[];
      };
      assert.deepEqual(
        (await get('/wallets')).map((wallet) => wallet.id),
        [a.buyer.walletId],
      );
      const apiOrders = await store.app.inject({ method: 'GET', url: '/api/v1/orders', headers: { authorization: `Bearer ${a.buyer.token}` } });
      const orders = (await get('/orders')).map((order) => order.id);
      assert.ok(orders.includes(a.order) && !orders.includes(b.order), 'orders.includes(a.order) && !orders.includes(b.order)');
      assert.deepEqual(
        orders,
        apiOrders.json().map((order: { id: number }) => order.id),
        "the client API's list of the client",
      );
      const transactions = (await get('/transactions')) as unknown as { wallet_id: number }[];
      assert.ok(transactions.length >= 2, `${transactions.length} transactions`);
      assert.deepEqual([...new Set(transactions.map((t) => t.wallet_id))], [a.buyer.walletId]);
      const hooks = await get('/webhooks');
      const own = (await clientCall(store, a.buyer.token, 'GET', '/api/v1/webhooks?limit=100')).json() as { id: number }[];
      assert.deepEqual(hooks.map((hook) => hook.id).sort(), own.map((hook) => hook.id).sort());
      assert.ok(!hooks.some((hook) => hook.id === b.webhook), '!hooks.some((hook) => hook.id === b.webhook)');
      const events = (await get('/events?limit=1000')) as unknown as { id: string; data: { wallet_id?: number } }[];
      assert.ok(
        events.some((event) => event.id === a.event),
        'events.some((event) => event.id === a.event)',
      );
      assert.ok(!events.some((event) => event.id === b.event), '!events.some((event) => event.id === b.event)');
      assert.deepEqual(
        (await get('/low-balance')).map((wallet) => (wallet as unknown as { wallet_id: number }).wallet_id),
        [a.buyer.walletId],
      );
      const users = await get('/users');
      assert.ok(users.length >= 6, `${users.length} users`);
      assert.deepEqual([...new Set(users.map((user) => user.client_id))], [a.id]);
      const audit = await get('/audit');
      assert.ok(audit.length > 0, 'entries');
      assert.deepEqual([...new Set(audit.map((entry) => entry.client_id))], [a.id]);
      assert.ok(
        (audit as unknown as { action: string }[]).every((entry) => entry.action.startsWith('portal.')),
        'the portal trail only',
      );
    });

    test('an order in the portal has no codes; a reveal asks the password again: wrong 403 INVALID_PASSWORD and not audited, right the codes, audited', async () => {
      const developer = a.members.developer;
      const shown = await call.withCookie(developer.session, 'GET', `/orders/${a.order}`);
      assert.equal(shown.statusCode, 200);
      assert.equal('vouchers' in shown.json(), false);
      const codes = orderOf(await getOrder(store, a.buyer.token, a.order)).vouchers;
      assert.equal(codes.length, 2);
      const secrets = codes.flatMap((voucher) => [voucher.card_number, voucher.pin_code]).filter((s): s is string => !!s);
      for (const secret of secrets) assert.ok(!shown.body.includes(secret), 'no code in the order');

      const reveals = () => call.audit({ action: 'portal.codes.reveal', target: `order:${a.order}` });
      const before = (await reveals()).length;
      const wrong = await call.withCookie(developer.session, 'POST', `/orders/${a.order}/reveal`, { payload: { password: 'not the password' } });
      assert.deepEqual(
        [wrong.statusCode, errorOf(wrong)],
        [403, { name: 'ForbiddenError', code: 'INVALID_PASSWORD', message: 'The password is not correct' }],
      );
      assert.equal((await reveals()).length, before, 'a refused reveal is not audited');
      assert.equal((await call.withCookie(developer.session, 'POST', `/orders/${a.order}/reveal`, { payload: {} })).statusCode, 400);

      const revealed = await call.withCookie(developer.session, 'POST', `/orders/${a.order}/reveal`, { payload: { password: PASSWORD } });
      assert.equal(revealed.statusCode, 200, revealed.body);
      assert.equal(revealed.headers['cache-control'], 'no-store');
      assert.deepEqual(revealed.json(), { order_id: a.order, vouchers: codes });
      const entries = await reveals();
      assert.equal(entries.length, before + 1);
      const entry = entries.at(-1)!;
      assert.deepEqual([entry.actor, entry.client_id], [`client_user:${developer.id}`, a.id]);
      assert.deepEqual(entry.details, { user_id: developer.id, email: developer.email, delivered_quantity: 2 });
      // As JSON strings: a six-digit PIN would otherwise match digits of a timestamp in the logs.
      const logs = store.logs.text();
      for (const secret of secrets.map((value) => JSON.stringify(value))) {
        assert.ok(!JSON.stringify(entries).includes(secret), 'no code in the audit log');
        assert.ok(!logs.includes(secret), 'no code in the logs');
      }
      const bOwner = b.members.owner.session;
      const elsewhere = await call.withCookie(bOwner, 'POST', `/orders/${a.order}/reveal`, { payload: { password: PASSWORD } });
      assert.equal(elsewhere.statusCode, 404, "another client's order, with the right password");
    });

    test('team: owners manage everyone; admins invite and change all but owners; the account keeps an active owner; deactivation ends sessions', async () => {
      const client = await setUpTeam();
      const { owner, admin } = client;
      const patch = (session: Session, id: number, payload: object) => call.withCookie(session, 'PATCH', `/users/${id}`, { payload });
      const invite = (session: Session, role: Role) => call.withCookie(session, 'POST', '/users', { payload: { email: uniqueEmail('team'), role } });

      assert.deepEqual(errorOf(await invite(admin.session, 'owner')), PERMISSION_DENIED, 'an admin invites no owner');
      const invitedAdmin = await invite(admin.session, 'admin');
      assert.equal(invitedAdmin.statusCode, 201, invitedAdmin.body);
      assert.equal(invitedAdmin.json().invited_by, `client_user:${admin.id}`);
      assert.deepEqual(errorOf(await patch(admin.session, owner.id, { active: false })), PERMISSION_DENIED, 'an admin cannot touch an owner');
      assert.deepEqual(errorOf(await patch(admin.session, owner.id, { role: 'viewer' })), PERMISSION_DENIED);
      assert.deepEqual(errorOf(await patch(admin.session, invitedAdmin.json().id, { role: 'owner' })), PERMISSION_DENIED, 'nor make one');
      assert.equal((await patch(admin.session, invitedAdmin.json().id, { role: 'finance' })).json().role, 'finance');

      const lastOwner = { name: 'ConflictError', code: 'LAST_OWNER', message: 'The account must keep at least one active owner' };
      assert.deepEqual(errorOf(await patch(owner.session, owner.id, { role: 'admin' })), lastOwner);
      assert.deepEqual(errorOf(await patch(owner.session, owner.id, { active: false })), lastOwner);
      const promoted = await patch(owner.session, admin.id, { role: 'owner' });
      assert.equal(promoted.json().role, 'owner');
      const demoted = await patch(owner.session, owner.id, { role: 'viewer' });
      assert.equal(demoted.statusCode, 200, 'with another owner, an owner may step down');
      assert.equal((await call.withCookie(owner.session, 'GET', '/session')).json().user.role, 'viewer', 'the new role applies to the next request');
      assert.deepEqual(errorOf(await invite(owner.session, 'viewer')), PERMISSION_DENIED);

      const deactivated = await patch(admin.session, owner.id, { active: false });
      assert.equal(deactivated.json().status, 'inactive');
      assert.equal((await call.withCookie(owner.session, 'GET', '/session')).statusCode, 401, 'its sessions ended at once');
      const actions = (await call.audit({ target: `client_user:${owner.id}` })).map((entry) => entry.action);
      assert.deepEqual(actions.slice(-3), ['portal.session.sign_in', 'portal.user.role', 'portal.user.deactivate']);
      assert.equal((await patch(admin.session, 2147483647, { role: 'viewer' })).statusCode, 404);
      assert.equal(errorOf(await patch(admin.session, 0, { role: 'viewer' })).message, 'Invalid user ID');
      assert.equal((await patch(admin.session, admin.id, { role: 'emperor' })).statusCode, 400);
    });

    /** A client with one owner and one admin (the shared fixture's roles stay as they are). */
    async function setUpTeam() {
      const clientId = (await store.container.clients.createClient({ name: 'Team' })).client_id;
      return { owner: await call.member(clientId, 'owner'), admin: await call.member(clientId, 'admin') };
    }
  });
}
