import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient } from '../helpers/api.ts';
import type { DemoClient } from '../helpers/demo.ts';
import { ENGINES, type TestStore } from '../helpers/store.ts';
import { errorOf, PASSWORD, startDemoPortal, type DemoPortal, type PortalApi } from './setup.ts';

interface Entry {
  at: string;
  kind: string;
  summary: string;
  actor: string | null;
  transaction?: { id: number; wallet_id: number; transaction_type: string; amount: number; currency_code: string };
  event?: { id: string; type: string };
  action?: string;
  remarks?: string;
}

/** The entries as steps: the kind, an event with its type, an action in the client's words. */
const steps = (entries: Entry[]) =>
  entries.map((entry) =>
    entry.kind === 'event' ? `event ${/^Event (\S+)/.exec(entry.summary)![1]}` : entry.kind === 'operator' ? entry.summary : entry.kind,
  );

for (const engine of ENGINES) {
  describe(`GET /portal/v1/orders/:id/timeline [${engine}]`, () => {
    let store: TestStore;
    let call: PortalApi;
    let demo: DemoClient;
    let place: DemoPortal['place'];

    before(async () => {
      ({ store, call, demo, place } = await startDemoPortal(engine));
    });
    after(() => store?.close());

    test('a delivered order: placed, paid, delivered, the events, a reveal by a person, completed; no code, no supplier, no id in words', async () => {
      const order = await place(2);
      assert.equal(order.status, 'DELIVERED');
      const owner = await call.member(demo.credentials.client_id, 'owner');
      const reveal = await call.withCookie(owner.session, 'POST', `/orders/${order.id}/reveal`, { payload: { password: PASSWORD } });
      assert.equal(reveal.statusCode, 200, reveal.body);

      const viewer = await call.member(demo.credentials.client_id, 'viewer');
      const response = await call.withCookie(viewer.session, 'GET', `/orders/${order.id}/timeline`);
      assert.equal(response.statusCode, 200, response.body);
      const { order_id, entries } = response.json() as { order_id: number; entries: Entry[] };
      assert.equal(order_id, order.id);
      assert.deepEqual(steps(entries), [
        'placed',
        'payment',
        'delivery',
        'event wallet.debited',
        'event order.delivered',
        'completed',
        'Codes revealed in the portal',
      ]);
      assert.equal(entries[0]!.actor, `client:${demo.credentials.client_id}`, 'placed with the API credentials');
      const summaries = entries.map((entry) => entry.summary);
      const payment = entries.find((entry) => entry.kind === 'payment')!;
      assert.equal(payment.summary, 'Paid 49.00 USD');
      const debit = (await call.withCookie(owner.session, 'GET', `/transactions?transaction_type=DEBIT`)).json() as {
        id: number;
        wallet_id: number;
      }[];
      assert.deepEqual(
        payment.transaction,
        { id: order.transaction_id, wallet_id: order.wallet_id, transaction_type: 'DEBIT', amount: 49, currency_code: 'USD' },
        'the statement line the payment is',
      );
      assert.ok(
        debit.some((line) => line.id === order.transaction_id && line.wallet_id === order.wallet_id),
        "a line of the client's statement",
      );
      for (const summary of summaries) assert.doesNotMatch(summary, /transaction \d|wallet \d|evt_/, 'no id in the words');
      const delivery = entries.find((entry) => entry.kind === 'delivery');
      assert.deepEqual([delivery?.summary, delivery?.actor], ['2 vouchers delivered', null], 'the supplier is not named');
      const event = entries.find((entry) => entry.summary === 'Event order.delivered');
      assert.equal(event?.event?.type, 'order.delivered');
      assert.match(event.event.id, /^evt_[0-9a-f]{24}$/);
      const adminSummaries = ((await call.admin('GET', `/orders/${order.id}/timeline`)).json().entries as Entry[]).map((entry) => entry.summary);
      for (const wording of [/^Paid 49\.00 USD from wallet \d+ \(transaction \d+\)$/, /^Event order\.delivered \(evt_[0-9a-f]{24}\)$/]) {
        assert.ok(
          adminSummaries.some((summary) => wording.test(summary)),
          `the operator reads the ids: ${wording}`,
        );
      }
      const revealed = entries.find((entry) => entry.summary === 'Codes revealed in the portal');
      assert.equal(revealed?.actor, `client_user:${owner.id}`, 'the reveal, by whom; not its details');
      for (const voucher of order.vouchers) {
        assert.ok(!response.body.includes(voucher.card_number), 'no voucher code');
        if (voucher.pin_code) assert.ok(!response.body.includes(voucher.pin_code), 'no PIN');
      }
      assert.ok(!response.body.includes('sandbox'), 'no supplier');
      assert.ok(!response.body.includes(owner.email), 'no detail of the audit entry');
    });

    test('an order placed in the portal: placed by the person, the action in words, paid, delivered, its events, completed', async () => {
      const finance = await call.member(demo.credentials.client_id, 'finance');
      const placed = await call.withCookie(finance.session, 'POST', '/orders', {
        payload: { product_id: demo.amazonProductId, denomination: 25, quantity: 2 },
        headers: { 'idempotency-key': randomUUID() },
      });
      assert.equal(placed.statusCode, 201, placed.body);
      const entries = (await call.withCookie(finance.session, 'GET', `/orders/${placed.json().id}/timeline`)).json().entries as Entry[];
      assert.deepEqual(steps(entries), [
        'placed',
        'Placed in the portal',
        'payment',
        'delivery',
        'event wallet.debited',
        'event order.delivered',
        'completed',
      ]);
      assert.deepEqual(
        entries.slice(0, 3).map((entry) => entry.actor),
        Array(3).fill(`client_user:${finance.id}`),
      );
    });

    test("a cancelled order: the refund and the operator's action without its remarks; a pending delivery without its errors", async () => {
      const order = await place(6);
      assert.equal(order.status, 'PENDING');
      const finance = await call.member(demo.credentials.client_id, 'finance');
      const pending = (await call.withCookie(finance.session, 'GET', `/orders/${order.id}/timeline`)).json().entries as Entry[];
      assert.deepEqual(steps(pending), ['placed', 'payment', 'event wallet.debited', 'delivery_pending']);
      assert.equal(pending.at(-1)!.summary, 'Next delivery attempt');

      const cancel = await call.admin('POST', `/orders/${order.id}/cancel`, { remarks: 'Supplier outage, internal ticket 42' });
      assert.equal(cancel.statusCode, 200, cancel.body);
      const response = await call.withCookie(finance.session, 'GET', `/orders/${order.id}/timeline`);
      const entries = response.json().entries as Entry[];
      assert.deepEqual(steps(entries), [
        'placed',
        'payment',
        'event wallet.debited',
        'Cancelled by the operator',
        'refund',
        'event wallet.credited',
        'event order.cancelled',
        'completed',
      ]);
      const operator = entries.find((entry) => entry.kind === 'operator');
      assert.deepEqual([operator?.summary, operator?.actor, operator?.action], ['Cancelled by the operator', 'operator:admin-token', 'order.cancel']);
      assert.ok(operator && !('remarks' in operator), 'no remarks for the client');
      assert.ok(!response.body.includes('internal ticket'), "the operator's remarks stay the operator's");
      const refund = entries.find((entry) => entry.kind === 'refund')!;
      assert.match(refund.summary, /^Refunded 147\.00 USD/);

      const adminView = (await call.admin('GET', `/orders/${order.id}/timeline`)).json();
      assert.ok(
        adminView.entries.some(
          (entry: Entry) =>
            entry.summary === 'order.cancel: Supplier outage, internal ticket 42' &&
            entry.remarks === 'Supplier outage, internal ticket 42' &&
            entry.actor === 'operator:admin-token',
        ),
        'the operator still reads them',
      );
    });

    test("another client's order and an unknown one are 404; a bad id 400; without a session 401", async () => {
      const order = await place(1);
      const other = await call.member((await createClient(store, { name: 'Not Acme' })).client_id, 'owner');
      for (const id of [order.id, 2147483647]) {
        const response = await call.withCookie(other.session, 'GET', `/orders/${id}/timeline`);
        assert.deepEqual([response.statusCode, errorOf(response).message], [404, 'Order not found'], String(id));
      }
      for (const id of ['abc', '0', '2147483648']) {
        const response = await call.withCookie(other.session, 'GET', `/orders/${id}/timeline`);
        assert.deepEqual([response.statusCode, errorOf(response).message], [400, 'Invalid order ID'], id);
      }
      const anonymous = await call.inject({ method: 'GET', url: `/portal/v1/orders/${order.id}/timeline` });
      assert.equal(anonymous.statusCode, 401);
    });
  });
}
