import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { TestClock } from '../../src/infra/clock.ts';
import { claimDueDeliveries } from '../../src/webhooks/webhooks.repository.ts';
import { createClient, loginOk } from '../helpers/api.ts';
import { ENGINES, openTestDatabase, startTestStore, type TestDatabase, type TestStore } from '../helpers/store.ts';
import { admin, ADMIN_TOKEN, createWallet, topUp } from '../helpers/wallets.ts';
import { clientCall, createWebhook, WEBHOOK_TEST_ENV, type CreatedWebhook } from '../helpers/webhooks.ts';
import { closedPort, WebhookReceiver, type ReceivedRequest } from '../helpers/webhook-receiver.ts';
// The verification code of docs/webhooks.md, exactly as a client would copy it.
import { verifySignature, verifySignatureV2 } from '../../docs/examples/verify-webhook.mjs';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const TIMEOUT_MS = 400;

interface Attempt {
  attempt: number;
  delivery_id: number;
  event_id: string;
  started_at: string;
  status_code: number | null;
  success: boolean;
  error: string | null;
  delivery_status: string;
  next_attempt_at: string | null;
}

for (const engine of ENGINES) {
  describe(`webhook delivery [${engine}]`, () => {
    let database: TestDatabase;
    let store: TestStore;
    let clock: TestClock;
    let receiver: WebhookReceiver;
    let token: string;
    let clientId: number;
    let walletId: number;

    before(async () => {
      database = await openTestDatabase(engine);
      clock = new TestClock();
      store = await startTestStore(engine, {
        database,
        clock,
        env: { ...WEBHOOK_TEST_ENV, ADMIN_TOKEN, LOG_LEVEL: 'warn' },
        webhooks: { timeoutMs: TIMEOUT_MS, stopGraceMs: 200 },
      });
      receiver = await WebhookReceiver.start();
      const client = await createClient(store, { name: 'Hooked' });
      clientId = client.client_id;
      token = (await loginOk(store, client)).access_token;
      walletId = (await createWallet(store, clientId, 'USD')).id;
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
      await database?.drop();
    });

    /** A fresh receiver-side view: requests from now on, for one webhook. */
    const requestsOf = (hook: CreatedWebhook, from = 0) => receiver.requests.slice(from).filter((r) => r.headers['x-webhook-id'] === String(hook.id));
    const attemptsOf = async (hook: CreatedWebhook): Promise<Attempt[]> => {
      const response = await admin(store, 'GET', `/webhooks/${hook.id}/attempts?limit=1000`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as Attempt[]).reverse();
    };
    const deactivate = (hook: CreatedWebhook) => clientCall(store, token, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: false });

    test('a wallet credit is delivered signed: both signatures verify over the raw body with the docs code', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/wallets'), events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      await worker.start();
      try {
        const from = receiver.requests.length;
        const credit = await topUp(store, walletId, '125.50', 'Funding');
        const [request] = await receiver.waitFor(from + 1).then((all) => all.slice(from));
        const r = request as ReceivedRequest;
        assert.equal(r.method, 'POST');
        assert.equal(r.path, '/wallets');
        assert.equal(r.headers['content-type'], 'application/json');
        assert.equal(r.headers['x-webhook-id'], String(hook.id));
        assert.equal(r.headers['x-event-type'], 'wallet.credited');
        assert.match(String(r.headers['x-event-id']), /^evt_[0-9a-f]{24}$/);
        assert.match(String(r.headers['x-timestamp']), /^\d{10}$/);
        const body = JSON.parse(r.rawBody);
        assert.deepEqual(Object.keys(body), ['id', 'type', 'created_at', 'data']);
        assert.equal(body.id, r.headers['x-event-id']);
        assert.equal(body.type, 'wallet.credited');
        assert.match(body.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        assert.deepEqual(body.data, {
          wallet_id: walletId,
          currency: 'USD',
          amount: 125.5,
          balance: 125.5,
          transaction_id: credit.id,
          order_id: null,
        });

        // X-Signature: hex HMAC-SHA256 of the raw body; V2: t=<X-Timestamp>,v1=HMAC("<t>.<raw body>").
        assert.match(String(r.headers['x-signature']), /^[0-9a-f]{64}$/);
        assert.equal(r.headers['x-signature-v2'], `t=${r.headers['x-timestamp']},v1=${String(r.headers['x-signature-v2']).split('v1=')[1]}`);
        assert.equal(verifySignature(r.rawBody, r.headers['x-signature'], [hook.secret]), true);
        assert.equal(verifySignatureV2(r.rawBody, r.headers['x-signature-v2'], [hook.secret]), true);
        // Any change to the bytes, another secret, or a stale timestamp fails.
        const reserialised = JSON.stringify(JSON.parse(r.rawBody), null, 1);
        assert.equal(verifySignature(reserialised, r.headers['x-signature'], [hook.secret]), false);
        assert.equal(verifySignatureV2(reserialised, r.headers['x-signature-v2'], [hook.secret]), false);
        assert.equal(verifySignatureV2(r.rawBody, r.headers['x-signature-v2'], ['whsec_other']), false);
        assert.equal(verifySignatureV2(r.rawBody, r.headers['x-signature-v2'], [hook.secret], { now: Date.now() + 3600_000 }), false);
        // The secret itself is never sent.
        assert.ok(
          !JSON.stringify(r.headers).includes(hook.secret) && !r.rawBody.includes(hook.secret),
          '!JSON.stringify(r.headers).includes(hook.secret) && !r.rawBody.includes(hook.secret)',
        );

        await worker.idle();
        const [attempt] = await attemptsOf(hook);
        assert.equal(attempt!.success, true);
        assert.equal(attempt!.status_code, 200);
        assert.equal(attempt!.delivery_status, 'succeeded');
      } finally {
        await worker.stop();
        await deactivate(hook);
      }
    });

    test('retries after 500, a timeout and a refused connection, with growing delays, then delivers; attempts in order', async () => {
      const port = await closedPort();
      const hook = await createWebhook(store, token, { url: `http://127.0.0.1:${port}/down`, events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      try {
        const from = receiver.requests.length;
        await topUp(store, walletId, '1');
        await worker.runUntilIdle(); // 1: connection refused
        await worker.runUntilIdle(); // not due yet: nothing happens
        let attempts = await attemptsOf(hook);
        assert.equal(attempts.length, 1);
        assert.equal(attempts[0]!.error, 'connection refused');
        assert.equal(attempts[0]!.delivery_status, 'pending');
        const firstDelay = Date.parse(attempts[0]!.next_attempt_at!) - Date.parse(attempts[0]!.started_at);
        assert.ok(firstDelay >= 7_000 && firstDelay <= 13_000, `first retry after ~10 s (±25 %), got ${firstDelay} ms`);

        // The receiver comes up, answers 500, then stalls past the timeout, then 200.
        assert.equal((await clientCall(store, token, 'PATCH', `/api/v1/webhooks/${hook.id}`, { url: receiver.url('/retry') })).statusCode, 200);
        receiver.reply({ status: 500 }, { delayMs: TIMEOUT_MS * 4 });
        for (let i = 0; i < 3; i++) {
          clock.advance(3 * HOUR);
          await worker.runUntilIdle();
        }
        attempts = await attemptsOf(hook);
        assert.deepEqual(
          attempts.map((a) => [a.attempt, a.success, a.status_code, a.error]),
          [
            [1, false, null, 'connection refused'],
            [2, false, 500, 'HTTP 500'],
            [3, false, null, `timed out after ${TIMEOUT_MS / 1000} s`],
            [4, true, 200, null],
          ],
        );
        assert.ok(
          attempts.every((a) => a.delivery_id === attempts[0]!.delivery_id && a.event_id === attempts[0]!.event_id),
          'attempts.every((a) => a.delivery_id === attempts[0]!.delivery_id && a.event_id === attempts[0]!.e...',
        );
        assert.equal(attempts.at(-1)!.delivery_status, 'succeeded');
        const starts = attempts.map((a) => Date.parse(a.started_at));
        assert.ok(
          starts.every((t, i) => i === 0 || t > starts[i - 1]!),
          'attempts are made one after the other',
        );

        const received = requestsOf(hook, from);
        assert.deepEqual(
          received.map((r) => r.headers['x-delivery-attempt']),
          ['2', '3', '4'],
        );
        assert.equal(new Set(received.map((r) => r.headers['x-event-id'])).size, 1);
        assert.equal(new Set(received.map((r) => r.rawBody)).size, 1, 'every attempt sends the same body');
        // Each attempt is signed afresh, with the time it was made.
        assert.ok(
          received.every((r) =>
            verifySignatureV2(r.rawBody, r.headers['x-signature-v2'], [hook.secret], { now: Number(r.headers['x-timestamp']) * 1000 }),
          ),
          "received.every((r) => verifySignatureV2(r.rawBody, r.headers['x-signature-v2'], [hook.secret], { ...",
        );
        assert.equal(new Set(received.map((r) => r.headers['x-timestamp'])).size, 3);
        // Nothing more is sent once it succeeded.
        clock.advance(DAY);
        await worker.runUntilIdle();
        assert.equal(requestsOf(hook, from).length, 3);
      } finally {
        await deactivate(hook);
      }
    });

    test('redirects are not followed: a 3xx is a failed attempt', async () => {
      const elsewhere = await WebhookReceiver.start();
      const hook = await createWebhook(store, token, { url: receiver.url('/moved'), events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      try {
        receiver.reply({ status: 301, location: elsewhere.url('/new') }, { status: 307, location: elsewhere.url('/new') });
        await topUp(store, walletId, '1');
        await worker.runUntilIdle();
        clock.advance(HOUR);
        await worker.runUntilIdle();
        const attempts = await attemptsOf(hook);
        assert.deepEqual(
          attempts.slice(0, 2).map((a) => [a.status_code, a.success, a.error]),
          [
            [301, false, 'redirect not followed (HTTP 301)'],
            [307, false, 'redirect not followed (HTTP 307)'],
          ],
        );
        assert.equal(elsewhere.requests.length, 0);
      } finally {
        await elsewhere.close();
        await deactivate(hook);
      }
    });

    test('an endpoint failing for 5 days is disabled with the reason; each delivery is retried for 3 days', async () => {
      const hookReceiver = await WebhookReceiver.start();
      hookReceiver.always({ status: 503 });
      const hook = await createWebhook(store, token, { url: hookReceiver.url('/broken'), events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      try {
        const started = clock.now().getTime();
        await topUp(store, walletId, '1');
        await worker.runUntilIdle();
        // A new event every 6 hours; every due retry is made at each step.
        let disabledAfter = 0;
        for (let step = 1; step <= 24; step++) {
          clock.advance(6 * HOUR);
          const view = (await clientCall(store, token, 'GET', `/api/v1/webhooks/${hook.id}`)).json();
          if (view.disabled_at) {
            disabledAfter = step;
            break;
          }
          await topUp(store, walletId, '1');
          await worker.runUntilIdle();
        }
        const view = (await clientCall(store, token, 'GET', `/api/v1/webhooks/${hook.id}`)).json();
        assert.equal(disabledAfter, 21, 'disabled by the first failure 5 days after the first one');
        assert.equal(view.disabled_by, 'system');
        assert.match(view.disabled_reason, /^Disabled after failing for 5 days \(every attempt since .+ failed; last: HTTP 503\)$/);
        assert.ok(Math.abs(Date.parse(view.failing_since) - started) < 2000, 'failing since the first failed attempt');
        assert.equal(view.active, true);

        const attempts = await attemptsOf(hook);
        const first = attempts.filter((a) => a.delivery_id === attempts[0]!.delivery_id);
        assert.equal(first.at(-1)!.delivery_status, 'failed');
        const span = Date.parse(first.at(-1)!.started_at) - Date.parse(first[0]!.started_at);
        assert.ok(span >= 3 * DAY && span < 3 * DAY + 6 * HOUR + 60_000, `retried for 3 days, got ${span / HOUR} h`);
        assert.ok(
          attempts.every((a) => a.delivery_status !== 'pending'),
          'pending deliveries are given up when disabled',
        );

        // Disabled: new events are not queued for it.
        const before = hookReceiver.requests.length;
        await topUp(store, walletId, '1');
        clock.advance(DAY);
        await worker.runUntilIdle();
        assert.equal(hookReceiver.requests.length, before);
        const audit = await store.container.database.db
          .selectFrom('audit_log')
          .select(['actor', 'action'])
          .where('target', '=', `webhook:${hook.id}`)
          .execute();
        assert.deepEqual(audit, [{ actor: 'system', action: 'webhook.disabled' }]);

        // The client fixes its receiver and switches the webhook back on.
        hookReceiver.always({ status: 200 });
        const resumed = await clientCall(store, token, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: true });
        assert.equal(resumed.statusCode, 200);
        assert.deepEqual([resumed.json().disabled_at, resumed.json().disabled_reason, resumed.json().failing_since], [null, null, null]);
        await topUp(store, walletId, '1');
        await worker.runUntilIdle();
        assert.equal(hookReceiver.requests.length, before + 1);
      } finally {
        await hookReceiver.close();
        await deactivate(hook);
      }
    });

    test('a restart in the middle of a retry schedule carries on; a dead worker’s lease runs out', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/restart'), events: ['wallet.credited'] });
      const from = receiver.requests.length;
      receiver.reply({ status: 500 }, { status: 500 });
      const first = store.container.createWebhookWorker();
      await topUp(store, walletId, '1');
      await first.runUntilIdle();
      clock.advance(HOUR);
      await first.runUntilIdle();
      await first.stop();

      // Another "process" on the same database, after the first one is gone.
      const second = await startTestStore(engine, { database, clock, env: { ...WEBHOOK_TEST_ENV, LOG_LEVEL: 'warn' } });
      try {
        const worker = second.container.createWebhookWorker();
        await worker.runUntilIdle();
        assert.equal(requestsOf(hook, from).length, 2, 'the next retry is not due yet');
        clock.advance(HOUR);
        await worker.runUntilIdle();
        const received = requestsOf(hook, from);
        assert.deepEqual(
          received.map((r) => r.headers['x-delivery-attempt']),
          ['1', '2', '3'],
        );
        assert.equal(new Set(received.map((r) => r.headers['x-event-id'])).size, 1);
        assert.deepEqual(
          (await attemptsOf(hook)).map((a) => [a.attempt, a.success]),
          [
            [1, false],
            [2, false],
            [3, true],
          ],
        );

        // A worker claims the next delivery and dies before sending it: nobody sends it while
        // its lease holds; after the lease another worker does.
        await topUp(store, walletId, '1');
        const claimed = await claimDueDeliveries(store.container.database.db, {
          now: clock.now(),
          leaseUntil: new Date(clock.now().getTime() + 60_000),
          token: randomBytes(12).toString('hex'),
          limit: 10,
        });
        assert.equal(claimed.length, 1);
        await worker.runUntilIdle();
        assert.equal(requestsOf(hook, from).length, 3);
        clock.advance(61_000);
        await worker.runUntilIdle();
        assert.equal(requestsOf(hook, from).length, 4);
        assert.equal(requestsOf(hook, from)[3]!.headers['x-delivery-attempt'], '1');
      } finally {
        await second.close();
        await deactivate(hook);
      }
    });

    test('a worker stopped mid-attempt gives the delivery back uncounted; the next one sends it at once', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/slow'), events: ['wallet.credited'] });
      const from = receiver.requests.length;
      receiver.reply({ delayMs: 5_000 });
      const worker = store.container.createWebhookWorker({ timeoutMs: 10_000, stopGraceMs: 100 });
      try {
        await worker.start();
        await topUp(store, walletId, '1');
        await receiver.waitFor(from + 1);
        await worker.stop();
        const delivery = await store.container.database.db
          .selectFrom('webhook_deliveries')
          .select(['status', 'attempts', 'lock_token'])
          .where('endpoint_id', '=', hook.id)
          .executeTakeFirstOrThrow();
        assert.deepEqual(delivery, { status: 'pending', attempts: 0, lock_token: null });
        const next = store.container.createWebhookWorker();
        await next.runUntilIdle();
        assert.deepEqual(
          requestsOf(hook, from).map((r) => r.headers['x-delivery-attempt']),
          ['1', '1'],
        );
        assert.deepEqual(
          (await attemptsOf(hook)).map((a) => [a.attempt, a.success]),
          [[1, true]],
        );
      } finally {
        await worker.stop();
        await deactivate(hook);
      }
    });

    test('several workers at once send every delivery exactly once; one endpoint, one worker slot: event order', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/many'), events: ['wallet.credited'] });
      const from = receiver.requests.length;
      const workers = [1, 2, 3].map(() => store.container.createWebhookWorker({ concurrency: 4, idleDelayMs: 50 }));
      try {
        for (let i = 0; i < 30; i++) await topUp(store, walletId, '1');
        for (const worker of workers) await worker.start();
        await receiver.waitFor(from + 30);
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        await Promise.all(workers.map((worker) => worker.stop()));
      }
      const received = requestsOf(hook, from);
      assert.equal(received.length, 30);
      assert.equal(new Set(received.map((r) => r.headers['x-event-id'])).size, 30);
      assert.ok(
        received.every((r) => r.headers['x-delivery-attempt'] === '1'),
        "received.every((r) => r.headers['x-delivery-attempt'] === '1')",
      );

      // With a single slot, deliveries go out in the order the events happened.
      const ordered = store.container.createWebhookWorker({ concurrency: 1 });
      const start = receiver.requests.length;
      const events: string[] = [];
      for (let i = 0; i < 5; i++) {
        await topUp(store, walletId, '1');
      }
      const listed = (await clientCall(store, token, 'GET', '/api/v1/events?type=wallet.credited&limit=10000')).json() as { id: string }[];
      events.push(...listed.slice(-5).map((e) => e.id));
      await ordered.runUntilIdle();
      assert.deepEqual(
        requestsOf(hook, start).map((r) => r.headers['x-event-id']),
        events,
      );
      await deactivate(hook);
    });

    test('after a secret rotation both secrets sign for 24 hours, then only the new one', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/rotate'), events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      try {
        const rotated = await clientCall(store, token, 'POST', `/api/v1/webhooks/${hook.id}/rotate-secret`);
        assert.equal(rotated.statusCode, 200);
        const newSecret = rotated.json().secret as string;
        assert.notEqual(newSecret, hook.secret);
        assert.match(newSecret, /^whsec_[A-Za-z0-9_-]{43}$/);

        let from = receiver.requests.length;
        await topUp(store, walletId, '1');
        await worker.runUntilIdle();
        let [r] = requestsOf(hook, from);
        assert.equal(String(r!.headers['x-signature-v2']).split(',').length, 3, 't=…,v1=<new>,v1=<old>');
        assert.equal(verifySignatureV2(r!.rawBody, r!.headers['x-signature-v2'], [newSecret], { now: clock.now().getTime() }), true);
        assert.equal(verifySignatureV2(r!.rawBody, r!.headers['x-signature-v2'], [hook.secret], { now: clock.now().getTime() }), true);
        assert.equal(
          verifySignature(r!.rawBody, r!.headers['x-signature'], [hook.secret]),
          true,
          'X-Signature keeps the old secret during the overlap',
        );
        assert.equal(verifySignature(r!.rawBody, r!.headers['x-signature'], [newSecret, hook.secret]), true);

        clock.advance(24 * HOUR + 1000);
        from = receiver.requests.length;
        await topUp(store, walletId, '1');
        await worker.runUntilIdle();
        [r] = requestsOf(hook, from);
        const now = clock.now().getTime();
        assert.equal(String(r!.headers['x-signature-v2']).split(',').length, 2);
        assert.equal(verifySignatureV2(r!.rawBody, r!.headers['x-signature-v2'], [newSecret], { now }), true);
        assert.equal(verifySignatureV2(r!.rawBody, r!.headers['x-signature-v2'], [hook.secret], { now }), false);
        assert.equal(verifySignature(r!.rawBody, r!.headers['x-signature'], [newSecret]), true);
        assert.equal(verifySignature(r!.rawBody, r!.headers['x-signature'], [hook.secret]), false);
      } finally {
        await deactivate(hook);
      }
    });

    test('a delivery whose endpoint was deactivated meanwhile is given up without sending', async () => {
      const hook = await createWebhook(store, token, { url: receiver.url('/off'), events: ['wallet.credited'] });
      const worker = store.container.createWebhookWorker();
      const from = receiver.requests.length;
      receiver.reply({ status: 500 });
      await topUp(store, walletId, '1');
      await worker.runUntilIdle();
      await deactivate(hook);
      clock.advance(HOUR);
      await worker.runUntilIdle();
      assert.equal(requestsOf(hook, from).length, 1);
      const delivery = await store.container.database.db
        .selectFrom('webhook_deliveries')
        .select(['status', 'last_error'])
        .where('endpoint_id', '=', hook.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(delivery, { status: 'failed', last_error: 'webhook deactivated' });
    });

    test(
      'an endpoint deleted while an attempt is being recorded: the recording holds none of its deliveries while it waits, and the deletion answers 204',
      { skip: engine === 'postgres' ? false : 'needs a second connection at once' },
      async () => {
        const hook = await createWebhook(store, token, { url: receiver.url('/deleted-meanwhile'), events: ['wallet.credited'] });
        const worker = store.container.createWebhookWorker();
        await topUp(store, walletId, '1');
        await worker.runUntilIdle(); // a success: the next one leaves the endpoint's health row alone
        await topUp(store, walletId, '1');
        const db = store.container.database.db;
        const pending = await db
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('endpoint_id', '=', hook.id)
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow();
        const from = receiver.requests.length;
        let running: Promise<unknown> | null = null;
        let deletion: Promise<{ statusCode: number; body: string }> | null = null;
        // A transaction that holds the endpoint as a deletion does, while the attempt is made and recorded.
        await db.connection().execute(async (connection) => {
          await sql`begin`.execute(connection);
          await sql`select id from webhook_endpoints where id = ${hook.id} for update`.execute(connection);
          running = worker.runUntilIdle();
          await receiver.waitFor(from + 1);
          await new Promise((resolve) => setTimeout(resolve, 300)); // the recording is waiting now
          const probe = await db.transaction().execute(async (trx) =>
            sql`select id from webhook_deliveries where id = ${pending.id} for update nowait`.execute(trx).then(
              () => 'free',
              (error: { code?: string }) => error.code,
            ),
          );
          assert.equal(probe, 'free', 'the delivery is not held while the recording waits for its endpoint');
          deletion = clientCall(store, token, 'DELETE', `/api/v1/webhooks/${hook.id}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          await sql`rollback`.execute(connection);
        });
        const deleted = await deletion!;
        assert.equal(deleted.statusCode, 204, deleted.body);
        await running;
        assert.equal(await db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', hook.id).executeTakeFirst(), undefined);
      },
    );

    test("fair delivery: one client's endpoints that never answer do not hold up another client's delivery", async () => {
      const silent = await WebhookReceiver.start();
      silent.always({ delayMs: 10_000 });
      const noisy = await createClient(store, { name: 'Silent receivers' });
      const noisyToken = (await loginOk(store, noisy)).access_token;
      const noisyWallet = (await createWallet(store, noisy.client_id, 'USD')).id;
      const hooks = [];
      for (let i = 0; i < 4; i++) hooks.push(await createWebhook(store, noisyToken, { url: silent.url(`/never-${i}`), events: ['wallet.credited'] }));
      const other = await createClient(store, { name: 'Waiting client' });
      const otherToken = (await loginOk(store, other)).access_token;
      const otherWallet = (await createWallet(store, other.client_id, 'USD')).id;
      const otherHook = await createWebhook(store, otherToken, { url: receiver.url('/waiting'), events: ['wallet.credited'] });
      for (let i = 0; i < 16; i++) await topUp(store, noisyWallet, '1'); // 64 deliveries that hang for 3 s each
      await topUp(store, otherWallet, '1'); // due after all of them
      const from = receiver.requests.length;
      // 8 slots: an endpoint has 1 of them, a client 2 (more only while 2 stay free).
      const worker = store.container.createWebhookWorker({ concurrency: 8, timeoutMs: 3000, idleDelayMs: 50, stopGraceMs: 100 });
      const started = Date.now();
      try {
        await worker.start();
        await receiver.waitFor(from + 1);
        const waited = Date.now() - started;
        assert.ok(waited < 2500, `the other client's delivery waited ${waited} ms (the silent endpoints hold a slot for 3 s)`);
        assert.equal(requestsOf(otherHook, from).length, 1);
        assert.ok(silent.requests.length <= 6, `${silent.requests.length} attempts to the silent endpoints at once (at most 8 − 2 kept free)`);
        assert.equal(new Set(silent.requests.map((r) => r.path)).size, silent.requests.length, 'one attempt per silent endpoint at a time');
      } finally {
        await worker.stop();
        for (const hook of hooks) await clientCall(store, noisyToken, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: false });
        await silent.close();
      }
    });
  });
}
