import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { EventType } from '../../src/events/event-types.ts';
import { EVENT_ID_PATTERN, newEventId, recordEvent } from '../../src/events/events.repository.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestClock } from '../../src/infra/clock.ts';
import { createClient, errorOf, loginOk } from '../helpers/api.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { badRequest, createWallet, INVALID_QUERY, notFound, topUp } from '../helpers/wallets.ts';
import { clientCall, createWebhook, WEBHOOK_TEST_ENV, type CreatedWebhook } from '../helpers/webhooks.ts';
import { WebhookReceiver } from '../helpers/webhook-receiver.ts';

interface EventJson {
  id: string;
  type: string;
  created_at: string;
  data: Record<string, unknown>;
}

describe('event ids', () => {
  test('evt_ and 24 hex digits, unique, and an id made later sorts after an earlier one', async () => {
    const ids = Array.from({ length: 10_000 }, newEventId);
    assert.ok(
      ids.every((id) => EVENT_ID_PATTERN.test(id)),
      'ids.every((id) => EVENT_ID_PATTERN.test(id))',
    );
    assert.equal(new Set(ids).size, ids.length);
    await sleep(2);
    const later = newEventId();
    assert.ok(
      ids.every((id) => id < later),
      'ids.every((id) => id < later)',
    );
  });
});

const DAY = 24 * 3600_000;
const ORDER_DATA = {
  id: 1234,
  reference_code: 'PO-77',
  status: 'DELIVERED',
  product_name: 'Amazon Gift Card',
  denomination: 25,
  quantity: 2,
  amount: 50,
  delivered_quantity: 2,
  delivered_on: '2025-01-15T10:31:00Z',
  created_at: '2025-01-15T10:30:00Z',
};
const VOUCHER_FIELDS = ['card_number', 'pin_code', 'claim_url', 'vouchers', 'voucher_reference_number'];

for (const engine of ENGINES) {
  describe(`events: recording, the events API, redelivery, retention [${engine}]`, () => {
    let store: TestStore;
    let clock: TestClock;
    let receiver: WebhookReceiver;
    let tokenA: string;
    let tokenB: string;
    let clientA: number;
    let clientB: number;
    let walletA: number;
    let hook: CreatedWebhook;

    const db = () => store.container.database.db;
    const listEvents = async (token: string, query = '') => {
      const response = await clientCall(store, token, 'GET', `/api/v1/events${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return { events: response.json() as EventJson[], headers: response.headers };
    };
    const recordOrderEvent = (clientId: number, type: EventType, data: Record<string, unknown> = ORDER_DATA) =>
      db()
        .transaction()
        .execute((trx) => recordEvent(trx, { clientId, type, data }));

    before(async () => {
      clock = new TestClock();
      store = await startTestStore(engine, { clock, env: { ...WEBHOOK_TEST_ENV, LOG_LEVEL: 'warn' }, webhooks: { timeoutMs: 1000 } });
      receiver = await WebhookReceiver.start();
      const a = await createClient(store, { name: 'A' });
      const b = await createClient(store, { name: 'B' });
      [clientA, clientB] = [a.client_id, b.client_id];
      tokenA = (await loginOk(store, a)).access_token;
      tokenB = (await loginOk(store, b)).access_token;
      walletA = (await createWallet(store, clientA, 'USD')).id;
      hook = await createWebhook(store, tokenA, { url: receiver.url('/events'), events: ['*'] });
    });
    after(async () => {
      await store?.close();
      await receiver?.close();
    });

    test('wallet credits and debits record wallet.credited / wallet.debited with the movement, in its transaction', async () => {
      const { events: before } = await listEvents(tokenA, '?limit=10000');
      const credit = await topUp(store, walletA, '100.25', 'Funding');
      const debit = await store.container.wallets.debitWallet(walletA, { amount: '40', remarks: 'Correction' });
      const order = await store.container.ledger.debitWallet(db(), {
        walletId: walletA,
        amount: 1025n,
        counterAccount: 'REVENUE',
        note: 'Order #77',
        orderId: 77,
        reason: 'ORDER',
        actor: `client:${clientA}`,
      });
      // An order's debit knows the wallet currency: one statement, the balance computed by SQL.
      const knownWallet = (amount: bigint, orderId: number) =>
        store.container.ledger.debitWallet(db(), {
          walletId: walletA,
          clientId: clientA,
          walletCurrency: { id: 840, code: 'USD', minorUnits: 2 },
          amount,
          counterAccount: 'REVENUE',
          note: `Order #${orderId}`,
          orderId,
          reason: 'ORDER',
          actor: `client:${clientA}`,
        });
      const quarter = await knownWallet(25n, 78);
      const rest = await knownWallet(4975n, 79);
      assert.equal(rest.balance_after, 0n);
      assert.equal(rest.remarks, 'USD Wallet debited by amount 49.75 - Order #79');
      const { events } = await listEvents(tokenA, '?limit=10000');
      const fresh = events.slice(before.length);
      assert.deepEqual(
        fresh.map((e) => [e.type, e.data]),
        [
          ['wallet.credited', { wallet_id: walletA, currency: 'USD', amount: 100.25, balance: 100.25, transaction_id: credit.id, order_id: null }],
          ['wallet.debited', { wallet_id: walletA, currency: 'USD', amount: -40, balance: 60.25, transaction_id: debit.id, order_id: null }],
          ['wallet.debited', { wallet_id: walletA, currency: 'USD', amount: -10.25, balance: 50, transaction_id: order.id, order_id: 77 }],
          ['wallet.debited', { wallet_id: walletA, currency: 'USD', amount: -0.25, balance: 49.75, transaction_id: quarter.id, order_id: 78 }],
          ['wallet.debited', { wallet_id: walletA, currency: 'USD', amount: -49.75, balance: 0, transaction_id: rest.id, order_id: 79 }],
        ],
      );
      assert.ok(
        fresh.every((e) => /^evt_[0-9a-f]{24}$/.test(e.id) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(e.created_at)),
        'fresh.every((e) => /^evt_[0-9a-f]{24}$/.test(e.id) && /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$/.te...',
      );

      // No change, no event: a refused debit and a rolled-back movement leave nothing behind.
      await assert.rejects(store.container.wallets.debitWallet(walletA, { amount: '1000' }), /Insufficient wallet balance/);
      await assert.rejects(knownWallet(1n, 80), /Insufficient wallet balance/);
      await assert.rejects(
        db()
          .transaction()
          .execute(async (trx) => {
            await store.container.ledger.creditWallet(trx, {
              walletId: walletA,
              amount: 500n,
              counterAccount: 'FUNDING',
              reason: 'TOP_UP',
              actor: 'test',
            });
            throw new Error('abort');
          }),
        /abort/,
      );
      assert.equal((await listEvents(tokenA, '?limit=10000')).events.length, events.length);
      const deliveries = await db()
        .selectFrom('webhook_deliveries')
        .select(({ fn }) => fn.countAll<bigint>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(deliveries.n), events.length, 'one delivery per committed event, none for the rolled-back one');
    });

    test('order events carry the order data of api.md 7 and never a voucher field; a leak is refused and rolls back', async () => {
      const from = receiver.requests.length;
      const recorded = await recordOrderEvent(clientA, 'order.delivered');
      const shown = await clientCall(store, tokenA, 'GET', `/api/v1/events/${recorded.id}`);
      assert.equal(shown.statusCode, 200);
      assert.deepEqual(shown.json().data, ORDER_DATA);

      const worker = store.container.createWebhookWorker();
      await worker.runUntilIdle();
      const delivered = receiver.requests.slice(from).find((r) => r.headers['x-event-id'] === recorded.id)!;
      assert.deepEqual(JSON.parse(delivered.rawBody), {
        id: recorded.id,
        type: 'order.delivered',
        created_at: shown.json().created_at,
        data: ORDER_DATA,
      });
      for (const field of VOUCHER_FIELDS) assert.ok(!delivered.rawBody.includes(field), field);

      const leaks = [
        { ...ORDER_DATA, vouchers: [{ card_number: '4111', pin_code: '1234' }] },
        { ...ORDER_DATA, card_number: '4111' },
        { ...ORDER_DATA, items: [{ unit: 1, detail: { PIN_CODE: '1' } }] },
        { ...ORDER_DATA, claim_url: 'https://claim.example/x' },
      ];
      const { events: before } = await listEvents(tokenA, '?limit=10000');
      for (const data of leaks) {
        await assert.rejects(
          db()
            .transaction()
            .execute(async (trx) => {
              await sql`update clients set name = 'changed' where id = ${clientA}`.execute(trx);
              await recordEvent(trx, { clientId: clientA, type: 'order.delivered', data });
            }),
          /event data must not carry voucher fields/,
        );
      }
      assert.equal((await listEvents(tokenA, '?limit=10000')).events.length, before.length);
      const client = await db().selectFrom('clients').select('name').where('id', '=', clientA).executeTakeFirstOrThrow();
      assert.equal(client.name, 'A', 'the change rolled back with the refused event');

      await assert.rejects(recordEvent(db(), { clientId: clientA, type: 'order.failed', data: ORDER_DATA }), /pass the transaction of the change/);
      await assert.rejects(recordOrderEvent(clientA, 'order.shipped' as EventType), /unknown event type/);
    });

    test('GET /events: oldest first after a cursor, type filter, limit, headers; bad queries are 400', async () => {
      for (const type of ['order.failed', 'order.cancelled', 'order.partially_delivered'] as const)
        await recordOrderEvent(clientA, type, { ...ORDER_DATA, status: type });
      const { events: all, headers } = await listEvents(tokenA, '?limit=10000');
      assert.equal(headers['x-total-count'], String(all.length));
      assert.equal(headers['x-has-more'], 'false');
      assert.equal(headers['x-next-cursor'], all.at(-1)!.id);

      const first = await listEvents(tokenA, '?limit=2');
      assert.deepEqual(
        first.events.map((e) => e.id),
        all.slice(0, 2).map((e) => e.id),
      );
      assert.equal(first.headers['x-has-more'], 'true');
      assert.equal(first.headers['x-per-page'], '2');
      assert.equal(first.headers['x-page-size'], '2');
      const next = await listEvents(tokenA, `?limit=2&after=${first.headers['x-next-cursor']}`);
      assert.deepEqual(
        next.events.map((e) => e.id),
        all.slice(2, 4).map((e) => e.id),
      );
      assert.equal(next.headers['x-total-count'], String(all.length - 2));
      const end = await listEvents(tokenA, `?after=${all.at(-1)!.id}`);
      assert.deepEqual(end.events, []);
      assert.equal(end.headers['x-next-cursor'], undefined);

      const orders = await listEvents(tokenA, '?type=order.failed,order.cancelled&limit=10000');
      assert.deepEqual(
        orders.events.map((e) => e.type),
        ['order.failed', 'order.cancelled'],
      );
      const debits = await listEvents(tokenA, '?type=wallet.debited');
      assert.ok(
        debits.events.length > 0 && debits.events.every((e) => e.type === 'wallet.debited'),
        "debits.events.length > 0 && debits.events.every((e) => e.type === 'wallet.debited')",
      );

      const otherClientEvent = await recordOrderEvent(clientB, 'order.failed');
      for (const query of [
        '?limit=0',
        '?limit=10001',
        '?limit=abc',
        '?type=order.shipped',
        '?type=ping',
        '?after=evt_x',
        `?after=evt_${'0'.repeat(24)}`,
        `?after=${otherClientEvent.id}`,
      ]) {
        const response = await clientCall(store, tokenA, 'GET', `/api/v1/events${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.deepEqual(errorOf(response), INVALID_QUERY, query);
      }
    });

    test('client B sees, fetches and redelivers none of A’s events, and cannot aim a redelivery at A’s webhook', async () => {
      const { events: aEvents } = await listEvents(tokenA, '?limit=10000');
      const { events: bEvents } = await listEvents(tokenB, '?limit=10000');
      assert.ok(
        bEvents.every((e) => !aEvents.some((a) => a.id === e.id)),
        'bEvents.every((e) => !aEvents.some((a) => a.id === e.id))',
      );
      const target = aEvents[0]!.id;
      assert.deepEqual(errorOf(await clientCall(store, tokenB, 'GET', `/api/v1/events/${target}`)), notFound('Event not found'));
      assert.deepEqual(errorOf(await clientCall(store, tokenB, 'POST', `/api/v1/events/${target}/redeliver`)), notFound('Event not found'));
      const own = bEvents[0]!.id;
      assert.deepEqual(
        errorOf(await clientCall(store, tokenB, 'POST', `/api/v1/events/${own}/redeliver`, { webhook_id: hook.id })),
        notFound('Webhook not found'),
      );
      assert.deepEqual(
        errorOf(await clientCall(store, tokenB, 'POST', `/api/v1/events/${own}/redeliver`)),
        badRequest('No active webhook is subscribed to this event type'),
      );
      for (const id of ['abc', '1', 'evt_', 'evt_XYZ', `evt_${'A'.repeat(24)}`, `evt_${'0'.repeat(25)}`]) {
        assert.deepEqual(errorOf(await clientCall(store, tokenA, 'GET', `/api/v1/events/${id}`)), badRequest('Invalid event ID'), id);
        assert.deepEqual(errorOf(await clientCall(store, tokenA, 'POST', `/api/v1/events/${id}/redeliver`)), badRequest('Invalid event ID'), id);
      }
    });

    test('POST /events/:id/redeliver sends the same event again as a new delivery', async () => {
      const event = await recordOrderEvent(clientA, 'order.delivered');
      const worker = store.container.createWebhookWorker();
      await worker.runUntilIdle();
      const from = receiver.requests.length;
      const response = await clientCall(store, tokenA, 'POST', `/api/v1/events/${event.id}/redeliver`);
      assert.equal(response.statusCode, 202, response.body);
      const { event_id, deliveries } = response.json();
      assert.equal(event_id, event.id);
      assert.deepEqual(
        deliveries.map((d: { webhook_id: number }) => d.webhook_id),
        [hook.id],
      );
      await worker.runUntilIdle();
      const [again] = receiver.requests.slice(from);
      assert.equal(again!.headers['x-event-id'], event.id);
      assert.equal(again!.headers['x-delivery-id'], String(deliveries[0].id));
      const first = receiver.requests.find((r) => r.headers['x-event-id'] === event.id)!;
      assert.equal(again!.rawBody, first.rawBody, 'the same event, byte for byte');

      const targeted = await clientCall(store, tokenA, 'POST', `/api/v1/events/${event.id}/redeliver`, { webhook_id: hook.id });
      assert.equal(targeted.statusCode, 202);
      await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: false });
      assert.deepEqual(
        errorOf(await clientCall(store, tokenA, 'POST', `/api/v1/events/${event.id}/redeliver`, { webhook_id: hook.id })),
        badRequest('The webhook is not active'),
      );
      await clientCall(store, tokenA, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: true });
      const badBody = await clientCall(store, tokenA, 'POST', `/api/v1/events/${event.id}/redeliver`, { webhook_id: 'x' });
      assert.equal(badBody.statusCode, 400);
    });

    test('events older than the retention (30 days) are deleted with their deliveries; newer ones stay', async () => {
      const old = await recordOrderEvent(clientA, 'order.failed');
      const kept = await recordOrderEvent(clientA, 'order.cancelled');
      const worker = store.container.createWebhookWorker();
      await worker.runUntilIdle();
      const age = (id: string, days: number) =>
        sql`update events set created_at = now() - make_interval(days => ${days}) where public_id = ${id}`.execute(db());
      await age(old.id, 29);
      await age(kept.id, 29);
      assert.equal(await worker.sweep(), 0, 'kept for 30 days');
      clock.advance(1 * DAY + 60_000);
      assert.equal(await worker.sweep(), 2, 'both are past 30 days now');
      const younger = await recordOrderEvent(clientA, 'order.cancelled');
      await age(younger.id, 10);
      assert.equal(await worker.sweep(), 0);
      assert.deepEqual(errorOf(await clientCall(store, tokenA, 'GET', `/api/v1/events/${old.id}`)), notFound('Event not found'));
      assert.equal((await clientCall(store, tokenA, 'GET', `/api/v1/events/${younger.id}`)).statusCode, 200);
      const deliveries = await db().selectFrom('webhook_deliveries').select('event_id').execute();
      const events = await db().selectFrom('events').select('id').execute();
      assert.ok(
        deliveries.every((d) => events.some((e) => e.id === d.event_id)),
        'deliveries went with their events',
      );
      const attempts = await db().selectFrom('webhook_attempts').select('delivery_id').execute();
      assert.ok(attempts.length > 0, 'attempts.length > 0');
    });
  });
}
