import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, errorOf, loginOk, UNAUTHORIZED } from '../helpers/api.ts';
import { ENGINES, openTestDatabase, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, BAD_IDS, badRequest, createWallet, notFound, topUp } from '../helpers/wallets.ts';
import { clientCall, createWebhook, WEBHOOK_TEST_ENV, type CreatedWebhook } from '../helpers/webhooks.ts';
import { closedPort, WebhookReceiver } from '../helpers/webhook-receiver.ts';
import { verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';

const WEBHOOK_KEYS = [
  'active',
  'created_at',
  'description',
  'disabled_at',
  'disabled_by',
  'disabled_reason',
  'events',
  'failing_since',
  'id',
  'last_failure_at',
  'last_success_at',
  'previous_secret_expires_at',
  'updated_at',
  'url',
];
const validation = (message: string) => ({ name: 'ValidationException', code: 'VALIDATION_FAILURE', message });
const PUBLIC_URL = 'https://93.184.215.14/hooks'; // a public address: no DNS needed

for (const engine of ENGINES) {
  describe(`webhooks: client and admin API [${engine}]`, () => {
    let database: TestDatabase;
    let store: TestStore;
    let receiver: WebhookReceiver;
    let tokenA: string;
    let tokenB: string;
    let clientA: number;
    let hookA: CreatedWebhook;

    before(async () => {
      database = await openTestDatabase(engine);
      store = await startTestStore(engine, { database, env: { ...WEBHOOK_TEST_ENV, ADMIN_TOKEN, LOG_LEVEL: 'warn' }, webhooks: { timeoutMs: 1000 } });
      receiver = await WebhookReceiver.start();
      const a = await createClient(store, { name: 'A' });
      const b = await createClient(store, { name: 'B' });
      clientA = a.client_id;
      tokenA = (await loginOk(store, a)).access_token;
      tokenB = (await loginOk(store, b)).access_token;
      hookA = await createWebhook(store, tokenA, { url: receiver.url('/a'), events: ['wallet.credited', 'order.delivered'], description: 'Main' });
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
      await database?.drop();
    });

    test('POST /webhooks answers 201 with the secret once; it is stored encrypted and never shown again', async () => {
      const response = await clientCall(store, tokenA, 'POST', '/api/v1/webhooks', {
        url: PUBLIC_URL,
        events: ['order.failed', 'order.failed'],
        description: '  Ops  ',
      });
      assert.equal(response.statusCode, 201, response.body);
      const created = response.json();
      assert.deepEqual(Object.keys(created).sort(), [...WEBHOOK_KEYS, 'secret'].sort());
      assert.match(created.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
      assert.deepEqual(
        { ...created, id: 0, secret: '', created_at: '', updated_at: '' },
        {
          id: 0,
          url: PUBLIC_URL,
          events: ['order.failed'],
          description: 'Ops',
          active: true,
          disabled_at: null,
          disabled_reason: null,
          disabled_by: null,
          failing_since: null,
          last_success_at: null,
          last_failure_at: null,
          previous_secret_expires_at: null,
          created_at: '',
          updated_at: '',
          secret: '',
        },
      );
      const shown = await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${created.id}`);
      assert.equal(shown.statusCode, 200);
      assert.deepEqual(Object.keys(shown.json()).sort(), WEBHOOK_KEYS);
      const row = await store.container.database.db
        .selectFrom('webhook_endpoints')
        .select('secret')
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      assert.ok(!row.secret.includes(created.secret) && row.secret.startsWith('v1:'), 'sealed at rest');
      assert.equal(store.container.voucherCipher.decrypt(row.secret), created.secret);
      assert.ok(!store.logs.text().includes(created.secret), 'never logged');
      assert.equal((await clientCall(store, tokenA, 'DELETE', `/api/v1/webhooks/${created.id}`)).statusCode, 204);
    });

    test('bad bodies are 400 with the reason', async () => {
      // Schema failures: "Request validation failed" with the field in details; rule failures say why.
      const schemaCases: [unknown, string][] = [
        [{ events: ['*'] }, 'url'],
        [{ url: PUBLIC_URL }, 'events'],
        [{ url: PUBLIC_URL, events: [] }, 'events'],
        [{ url: PUBLIC_URL, events: 'order.failed' }, 'events'],
        [{ url: 5, events: ['*'] }, 'url'],
        [{ url: PUBLIC_URL, events: ['*'], active: 'yes' }, 'active'],
      ];
      for (const [payload, field] of schemaCases) {
        const response = await clientCall(store, tokenA, 'POST', '/api/v1/webhooks', payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        const error = response.json().error;
        assert.deepEqual([error.code, error.message], ['VALIDATION_FAILURE', 'Request validation failed'], JSON.stringify(payload));
        assert.ok(JSON.stringify(error.details).includes(field), `${JSON.stringify(payload)}: ${JSON.stringify(error.details)}`);
      }
      const cases: [unknown, { name: string; code: string; message: string }][] = [
        [
          { url: PUBLIC_URL, events: ['order.shipped'] },
          validation(
            'Invalid events: unknown event type "order.shipped" (one of order.delivered, order.partially_delivered, order.failed, order.cancelled, wallet.credited, wallet.debited, wallet.low_balance, or *)',
          ),
        ],
        [{ url: 'not a url', events: ['*'] }, validation('Invalid url: must be an absolute URL')],
        [{ url: 'ftp://93.184.215.14/x', events: ['*'] }, validation('Invalid url: must be an https:// URL')],
        [{ url: 'http://93.184.215.14/x', events: ['*'] }, validation('Invalid url: must be an https:// URL')],
        [{ url: 'https://user:pw@93.184.215.14/x', events: ['*'] }, validation('Invalid url: must not contain a user name or password')],
        [
          { url: 'https://169.254.169.254/latest', events: ['*'] },
          validation('Invalid url: is a link-local, multicast or otherwise non-public address'),
        ],
        [{ url: 'https://no-such-host.invalid/x', events: ['*'] }, validation('Invalid url: host could not be resolved')],
        [
          { url: `${PUBLIC_URL}/${'é'.repeat(2000)}`, events: ['*'] },
          validation('Invalid url: must be at most 2048 characters written as a URL (a character that is not ASCII takes several)'),
        ],
        [{ url: PUBLIC_URL, events: ['*'], description: 'x'.repeat(256) }, validation('Invalid description: at most 255 characters')],
        [{ url: PUBLIC_URL, events: ['*'], description: '😀'.repeat(256) }, validation('Invalid description: at most 255 characters')],
      ];
      for (const [payload, expected] of cases) {
        const response = await clientCall(store, tokenA, 'POST', '/api/v1/webhooks', payload);
        assert.equal(response.statusCode, 400, JSON.stringify(payload));
        const error = errorOf(response);
        assert.deepEqual({ name: error.name, code: error.code, message: error.message }, expected, JSON.stringify(payload));
      }
      // Characters are counted as the schemas count them (code points): an emoji is one, not two.
      const emoji = await clientCall(store, tokenA, 'POST', '/api/v1/webhooks', { url: PUBLIC_URL, events: ['*'], description: '😀'.repeat(255) });
      assert.equal(emoji.statusCode, 201, emoji.body);
      assert.equal(emoji.json().description, '😀'.repeat(255));
      assert.equal((await clientCall(store, tokenA, 'DELETE', `/api/v1/webhooks/${emoji.json().id}`)).statusCode, 204);
      const extra = await clientCall(store, tokenA, 'POST', '/api/v1/webhooks', { url: PUBLIC_URL, events: ['*'], secret: 'mine' });
      assert.equal(extra.statusCode, 400, 'a client cannot choose the secret');
      const notJson = await store.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks',
        headers: { authorization: `Bearer ${tokenA}`, 'content-type': 'application/json' },
        payload: '{"url":',
      });
      assert.equal(notJson.statusCode, 400);
      assert.equal(errorOf(notJson).code, 'SYNTAX_ERROR');
    });

    test('list, show, patch, delete: the client’s own webhooks; page headers', async () => {
      const second = await createWebhook(store, tokenA, { url: PUBLIC_URL, events: ['wallet.debited'] });
      const list = await clientCall(store, tokenA, 'GET', '/api/v1/webhooks?limit=1');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(
        list.json().map((w: { id: number }) => w.id),
        [second.id],
      );
      assert.equal(list.headers['x-total-count'], '2');
      assert.equal(list.headers['x-has-more'], 'true');
      assert.equal((await clientCall(store, tokenA, 'GET', '/api/v1/webhooks?limit=0')).statusCode, 400);

      const patched = await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${second.id}`, {
        events: ['*'],
        description: null,
        url: 'https://93.184.215.14/v2',
      });
      assert.equal(patched.statusCode, 200, patched.body);
      assert.deepEqual([patched.json().events, patched.json().description, patched.json().url], [['*'], null, 'https://93.184.215.14/v2']);
      const unchanged = await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${second.id}`, {});
      assert.equal(unchanged.json().url, 'https://93.184.215.14/v2');
      const badUrl = await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${second.id}`, { url: 'https://10.1.2.3/' });
      assert.equal(badUrl.statusCode, 200, 'private targets are allowed in this store');
      const badEvents = await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${second.id}`, { events: ['nope'] });
      assert.equal(badEvents.statusCode, 400);

      assert.equal((await clientCall(store, tokenA, 'DELETE', `/api/v1/webhooks/${second.id}`)).statusCode, 204);
      assert.deepEqual(errorOf(await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${second.id}`)), notFound('Webhook not found'));
      assert.deepEqual(errorOf(await clientCall(store, tokenA, 'DELETE', `/api/v1/webhooks/${second.id}`)), notFound('Webhook not found'));
    });

    test('path ids that are not integers are 400 Invalid webhook ID; unknown ids 404', async () => {
      for (const id of BAD_IDS) {
        for (const [method, suffix] of [
          ['GET', ''],
          ['PATCH', ''],
          ['DELETE', ''],
          ['POST', '/rotate-secret'],
          ['POST', '/test'],
          ['GET', '/attempts'],
        ] as const) {
          const response = await clientCall(store, tokenA, method, `/api/v1/webhooks/${id}${suffix}`, method === 'PATCH' ? {} : undefined);
          assert.equal(response.statusCode, 400, `${method} ${id}${suffix}`);
          assert.deepEqual(errorOf(response), badRequest('Invalid webhook ID'));
        }
      }
      assert.deepEqual(errorOf(await clientCall(store, tokenA, 'GET', '/api/v1/webhooks/999999')), notFound('Webhook not found'));
    });

    test('client B can neither see, change, test, rotate nor read the attempts of A’s webhook', async () => {
      const list = await clientCall(store, tokenB, 'GET', '/api/v1/webhooks');
      assert.deepEqual(list.json(), []);
      for (const [method, suffix, body] of [
        ['GET', '', undefined],
        ['PATCH', '', { active: false }],
        ['DELETE', '', undefined],
        ['POST', '/rotate-secret', undefined],
        ['POST', '/test', undefined],
        ['GET', '/attempts', undefined],
      ] as const) {
        const response = await clientCall(store, tokenB, method, `/api/v1/webhooks/${hookA.id}${suffix}`, body);
        assert.equal(response.statusCode, 404, `${method} ${suffix}`);
        assert.deepEqual(errorOf(response), notFound('Webhook not found'));
      }
      const still = await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${hookA.id}`);
      assert.equal(still.json().active, true);
      assert.equal(receiver.requests.length, 0, 'B’s test did not send anything');
      // No token: 401 on every webhook route.
      const anonymous = await store.app.inject({ method: 'GET', url: '/api/v1/webhooks' });
      assert.deepEqual(errorOf(anonymous), UNAUTHORIZED);
    });

    test('POST /webhooks/:id/test sends a signed ping now and answers with the outcome', async () => {
      const from = receiver.requests.length;
      const response = await clientCall(store, tokenA, 'POST', `/api/v1/webhooks/${hookA.id}/test`);
      assert.equal(response.statusCode, 200, response.body);
      const result = response.json();
      assert.deepEqual(
        { ...result, event_id: '', delivery_id: 0, duration_ms: 0 },
        { event_id: '', delivery_id: 0, success: true, status_code: 200, error: null, duration_ms: 0 },
      );
      const [ping] = receiver.requests.slice(from);
      assert.equal(ping!.headers['x-event-type'], 'ping');
      assert.equal(ping!.headers['x-event-id'], result.event_id);
      assert.deepEqual(JSON.parse(ping!.rawBody).data, { webhook_id: hookA.id });
      assert.equal(verifySignatureV2(ping!.rawBody, ping!.headers['x-signature-v2'], [hookA.secret]), true);
      // Pings are not events of the account.
      assert.deepEqual(errorOf(await clientCall(store, tokenA, 'GET', `/api/v1/events/${result.event_id}`)), notFound('Event not found'));
      const events = (await clientCall(store, tokenA, 'GET', '/api/v1/events')).json() as { type: string }[];
      assert.ok(
        events.every((event) => event.type !== 'ping'),
        "events.every((event) => event.type !== 'ping')",
      );
      // The attempt shows in the client's and the operator's attempt lists.
      const attempts = (await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${hookA.id}/attempts`)).json();
      assert.equal(attempts[0].kind, 'test');
      assert.equal(attempts[0].success, true);

      // A receiver that is down: the outcome says why; no retry is queued, health is untouched.
      const down = await createWebhook(store, tokenA, { url: `http://127.0.0.1:${await closedPort()}/x`, events: ['*'] });
      const failed = (await clientCall(store, tokenA, 'POST', `/api/v1/webhooks/${down.id}/test`)).json();
      assert.deepEqual([failed.success, failed.status_code, failed.error], [false, null, 'connection refused']);
      const view = (await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${down.id}`)).json();
      assert.equal(view.failing_since, null);
      const delivery = await store.container.database.db
        .selectFrom('webhook_deliveries')
        .select(['status', 'attempts'])
        .where('endpoint_id', '=', down.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(delivery, { status: 'failed', attempts: 1 });
      await clientCall(store, tokenA, 'DELETE', `/api/v1/webhooks/${down.id}`);
    });

    test('a client has at most 20 webhooks', async () => {
      const c = await createClient(store, { name: 'Many' });
      const token = (await loginOk(store, c)).access_token;
      for (let i = 0; i < 20; i++) await createWebhook(store, token, { url: PUBLIC_URL });
      const response = await clientCall(store, token, 'POST', '/api/v1/webhooks', { url: PUBLIC_URL, events: ['*'] });
      assert.deepEqual(errorOf(response), badRequest('A client can have at most 20 webhooks'));
    });

    test('operator: list, show, disable with a reason the client sees, enable; audited; attempts', async () => {
      const list = await admin(store, 'GET', `/webhooks?client_id=${clientA}`);
      assert.equal(list.statusCode, 200);
      assert.ok(
        list.json().every((w: { client_id: number }) => w.client_id === clientA),
        'list.json().every((w: { client_id: number }) => w.client_id === clientA)',
      );
      assert.ok(
        list.json().some((w: { id: number }) => w.id === hookA.id),
        'list.json().some((w: { id: number }) => w.id === hookA.id)',
      );
      assert.ok(!list.body.includes('whsec_'), 'no secret in the admin view');
      assert.equal((await admin(store, 'GET', '/webhooks')).json().length >= list.json().length, true);

      // Each endpoint with its client's name, read with it; the client's own view is the contract's, without it.
      assert.ok(
        list.json().every((w: { client_name: string }) => w.client_name === 'A'),
        list.body,
      );
      assert.equal((await admin(store, 'GET', `/webhooks/${hookA.id}`)).json().client_name, 'A');

      const disabled = await admin(store, 'POST', `/webhooks/${hookA.id}/disable`, { reason: 'Abuse report #12' });
      assert.equal(disabled.statusCode, 200, disabled.body);
      assert.deepEqual(
        [disabled.json().disabled_reason, disabled.json().disabled_by, disabled.json().client_name],
        ['Abuse report #12', 'operator:admin-token', 'A'],
      );
      const seen = (await clientCall(store, tokenA, 'GET', `/api/v1/webhooks/${hookA.id}`)).json();
      assert.deepEqual([seen.disabled_reason, seen.disabled_by], ['Abuse report #12', 'operator']);
      assert.ok(!('client_name' in seen), JSON.stringify(seen));
      // The client cannot lift an operator's disable; nothing is sent meanwhile.
      const resumed = await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${hookA.id}`, { active: true });
      assert.equal(resumed.json().disabled_by, 'operator');
      const wallet = await createWallet(store, clientA, 'EUR');
      await topUp(store, wallet.id, '5');
      const queued = await store.container.database.db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('endpoint_id', '=', hookA.id)
        .where('kind', '=', 'event')
        .execute();
      assert.equal(queued.length, 0);

      const enabled = await admin(store, 'POST', `/webhooks/${hookA.id}/enable`);
      assert.deepEqual(
        [enabled.json().disabled_at, enabled.json().disabled_reason, enabled.json().disabled_by, enabled.json().client_name],
        [null, null, null, 'A'],
      );
      const audit = await store.container.database.db
        .selectFrom('audit_log')
        .select(['actor', 'action'])
        .where('target', '=', `webhook:${hookA.id}`)
        .orderBy('id')
        .execute();
      assert.deepEqual(audit, [
        { actor: 'operator:admin-token', action: 'webhook.disable' },
        { actor: 'operator:admin-token', action: 'webhook.enable' },
      ]);

      const attempts = await admin(store, 'GET', `/webhooks/${hookA.id}/attempts?limit=5`);
      assert.equal(attempts.statusCode, 200);
      assert.ok(attempts.json().length >= 1, 'attempts.json().length >= 1');
      assert.equal(attempts.headers['x-total-count'], undefined, 'without page: no page headers');
      const every = (await admin(store, 'GET', `/webhooks/${hookA.id}/attempts?limit=1000`)).json() as { id: number }[];
      const paged = await admin(store, 'GET', `/webhooks/${hookA.id}/attempts?limit=1&page=${every.length}`);
      assert.equal(paged.statusCode, 200, paged.body);
      assert.deepEqual(
        (paged.json() as { id: number }[]).map((attempt) => attempt.id),
        [every.at(-1)!.id],
        'the last page of one: the oldest attempt',
      );
      assert.deepEqual(
        [paged.headers['x-page'], paged.headers['x-total-count'], paged.headers['x-has-more']],
        [String(every.length), String(every.length), 'false'],
      );
      for (const bad of ['page=0', 'page=x']) {
        assert.equal((await admin(store, 'GET', `/webhooks/${hookA.id}/attempts?${bad}`)).statusCode, 400, bad);
      }

      assert.deepEqual(errorOf(await admin(store, 'POST', '/webhooks/999999/disable', {})), notFound('Webhook not found'));
      assert.deepEqual(errorOf(await admin(store, 'GET', '/webhooks/abc')), badRequest('Invalid webhook ID'));
      assert.equal((await admin(store, 'GET', '/webhooks', undefined, tokenA)).statusCode, 401, 'a client token opens no admin route');
    });
  });

  describe(`webhooks: where they may point (SSRF) [${engine}]`, () => {
    let production: TestStore;
    let sandbox: TestStore;
    let receiver: WebhookReceiver;

    before(async () => {
      production = await startTestStore(engine, { env: { STORE_MODE: 'production', LOG_LEVEL: 'warn' } });
      sandbox = await startTestStore(engine, { env: { STORE_MODE: 'sandbox', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', LOG_LEVEL: 'warn' } });
      receiver = await WebhookReceiver.start();
    });
    after(async () => {
      await production?.close();
      await sandbox?.close();
      await receiver?.close();
    });

    test('production refuses http:// and every private, loopback, link-local or unique-local target', async () => {
      const token = (await loginOk(production, await createClient(production))).access_token;
      const refused: [string, string][] = [
        ['http://127.0.0.1:8080/x', 'must be an https:// URL'],
        ['https://127.0.0.1/x', 'is a private or loopback address'],
        ['https://localhost/x', 'resolves to a private or loopback address'],
        ['https://10.0.0.8/x', 'is a private or loopback address'],
        ['https://192.168.1.1/x', 'is a private or loopback address'],
        ['https://172.16.0.1/x', 'is a private or loopback address'],
        ['https://100.64.0.1/x', 'is a private or loopback address'],
        ['https://[::1]/x', 'is a private or loopback address'],
        ['https://[fd00::1]/x', 'is a private or loopback address'],
        ['https://[::ffff:127.0.0.1]/x', 'is a private or loopback address'],
        ['https://169.254.169.254/x', 'is a link-local, multicast or otherwise non-public address'],
        ['https://[fe80::1]/x', 'is a link-local, multicast or otherwise non-public address'],
        ['https://0.0.0.0/x', 'is a link-local, multicast or otherwise non-public address'],
        ['https://224.0.0.1/x', 'is a link-local, multicast or otherwise non-public address'],
        ['https://2130706433/x', 'is a private or loopback address'], // 127.0.0.1 in decimal
      ];
      for (const [url, reason] of refused) {
        const response = await clientCall(production, token, 'POST', '/api/v1/webhooks', { url, events: ['*'] });
        assert.equal(response.statusCode, 400, url);
        assert.equal(errorOf(response).message, `Invalid url: ${reason}`, url);
      }
      assert.equal((await clientCall(production, token, 'POST', '/api/v1/webhooks', { url: PUBLIC_URL, events: ['*'] })).statusCode, 201);
    });

    test('sandbox allows http://; the address is checked again at delivery time (a host that now resolves to loopback is refused)', async () => {
      const token = (await loginOk(sandbox, await createClient(sandbox))).access_token;
      const literal = await clientCall(sandbox, token, 'POST', '/api/v1/webhooks', { url: receiver.url(), events: ['*'] });
      assert.equal(errorOf(literal).message, 'Invalid url: is a private or loopback address');
      assert.equal((await clientCall(sandbox, token, 'POST', '/api/v1/webhooks', { url: 'http://93.184.215.14/x', events: ['*'] })).statusCode, 201);

      // Registered while the host was fine; at delivery it resolves to a loopback address
      // (rebinding): the connection is refused before any byte is sent.
      const id = (await clientCall(sandbox, token, 'POST', '/api/v1/webhooks', { url: 'http://93.184.215.14/x', events: ['*'] })).json().id;
      await sandbox.container.database.db
        .updateTable('webhook_endpoints')
        .set({ url: `http://localhost:${receiver.port}/rebound` })
        .where('id', '=', id)
        .execute();
      const result = (await clientCall(sandbox, token, 'POST', `/api/v1/webhooks/${id}/test`)).json();
      assert.deepEqual([result.success, result.error], [false, 'refused: host resolves to a private or loopback address']);
      await sandbox.container.database.db
        .updateTable('webhook_endpoints')
        .set({ url: `http://127.0.0.1:${receiver.port}/rebound` })
        .where('id', '=', id)
        .execute();
      const literalResult = (await clientCall(sandbox, token, 'POST', `/api/v1/webhooks/${id}/test`)).json();
      assert.deepEqual([literalResult.success, literalResult.error], [false, 'refused: URL is a private or loopback address']);
      assert.equal(receiver.requests.length, 0);
    });
  });
}
