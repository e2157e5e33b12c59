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
}

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

    test('a delivered order: placed, paid, delivered, the events, a reveal by a person, completed; no code and no supplier', async () => {
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
      const kinds = entries.map((entry) => entry.kind);
      assert.equal(kinds[0], 'placed');
      assert.equal(entries[0]!.actor, `client:${demo.credentials.client_id}`, 'placed with the API credentials');
      // Not necessarily last: the ledger's times are the database's, the completion's the process's.
      assert.ok(kinds.includes('completed'), kinds.join(' '));
      const summaries = entries.map((entry) => entry.summary);
      assert.ok(
        summaries.some((summary) => /^Paid 49\.00 USD from wallet \d+ \(transaction \d+\)$/.test(summary)),
        summaries.join(' | '),
      );
      const delivery = entries.find((entry) => entry.kind === 'delivery');
      assert.deepEqual([delivery?.summary, delivery?.actor], ['2 vouchers delivered', null], 'the supplier is not named');
      assert.ok(summaries.some((summary) => /^Event order\.delivered \(evt_[0-9a-f]{24}\)$/.test(summary)));
      const revealed = entries.find((entry) => entry.summary === 'Codes revealed in the portal');
      assert.equal(revealed?.actor, `client_user:${owner.id}`, 'the reveal, by whom; not its details');
      const times = entries.map((entry) => entry.at);
      assert.deepEqual(times, [...times].sort(), 'oldest first');
      for (const voucher of order.vouchers) {
        assert.ok(!response.body.includes(voucher.card_number), 'no voucher code');
        if (voucher.pin_code) assert.ok(!response.body.includes(voucher.pin_code), 'no PIN');
      }
      assert.ok(!response.body.includes('sandbox'), 'no supplier');
      assert.ok(!response.body.includes(owner.email), 'no detail of the audit entry');
    });

    test("a cancelled order: the refund and the operator's action without its remarks; a pending delivery without its errors", async () => {
      const order = await place(6);
      assert.equal(order.status, 'PENDING');
      const finance = await call.member(demo.credentials.client_id, 'finance');
      const pending = (await call.withCookie(finance.session, 'GET', `/orders/${order.id}/timeline`)).json().entries as Entry[];
      const next = pending.find((entry) => entry.kind === 'delivery_pending');
      assert.equal(next?.summary, 'Next delivery attempt');

      const cancel = await call.admin('POST', `/orders/${order.id}/cancel`, { remarks: 'Supplier outage, internal ticket 42' });
      assert.equal(cancel.statusCode, 200, cancel.body);
      const response = await call.withCookie(finance.session, 'GET', `/orders/${order.id}/timeline`);
      const entries = response.json().entries as Entry[];
      const kinds = entries.map((entry) => entry.kind);
      for (const kind of ['refund', 'operator', 'completed']) assert.ok(kinds.includes(kind), kind);
      const operator = entries.find((entry) => entry.kind === 'operator');
      assert.deepEqual([operator?.summary, operator?.actor], ['Cancelled by the operator', 'operator:admin-token']);
      assert.ok(!response.body.includes('internal ticket'), "the operator's remarks stay the operator's");
      const refund = entries.find((entry) => entry.kind === 'refund')!;
      assert.match(refund.summary, /^Refunded 147\.00 USD/);

      const adminView = (await call.admin('GET', `/orders/${order.id}/timeline`)).json();
      assert.ok(
        adminView.entries.some(
          (entry: Entry) => entry.summary === 'order.cancel: Supplier outage, internal ticket 42' && entry.actor === 'operator:admin-token',
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
