import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';

const ADMIN_TOKEN = 'timeline-test-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const engine of ENGINES) {
  describe(`GET /admin/v1/orders/:id/timeline [${engine}]`, () => {
    let store: TestStore;
    let auth: Record<string, string>;
    let productId: number;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
      ({ auth, amazonProductId: productId } = await demoClient(store, ADMIN_TOKEN));
    });
    after(() => store.close());

    const place = async (quantity: number) => {
      const response = await store.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: auth,
        payload: { product_id: productId, denomination: 25, quantity },
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json();
    };
    const timeline = (id: number | string, headers: Record<string, string> = admin) =>
      store.app.inject({ method: 'GET', url: `/admin/v1/orders/${id}/timeline`, headers });

    test('a delivered order: placed, paid, delivered, the event sent, completed; never a code', async () => {
      const order = await place(2);
      assert.equal(order.status, 'DELIVERED');
      const response = await timeline(order.id);
      assert.equal(response.statusCode, 200, response.body);
      const { order: view, entries } = response.json();
      assert.equal(view.id, order.id);
      const kinds = entries.map((entry: { kind: string }) => entry.kind);
      assert.equal(kinds[0], 'placed');
      // Completed after it was paid and delivered; the event announcing it may be written in the next second.
      assert.ok(kinds.indexOf('payment') < kinds.indexOf('delivery') && kinds.indexOf('delivery') < kinds.indexOf('completed'), kinds.join(', '));
      assert.deepEqual(
        kinds.slice(kinds.indexOf('completed') + 1).filter((kind: string) => kind !== 'event'),
        [],
        kinds.join(', '),
      );
      const summaries = entries.map((entry: { summary: string }) => entry.summary);
      assert.ok(
        summaries.some((summary: string) => /^Paid 49\.00 USD from wallet \d+ \(transaction \d+\)$/.test(summary)),
        summaries.join(' | '),
      );
      assert.ok(summaries.includes('2 vouchers delivered'));
      for (const type of ['wallet.debited', 'order.delivered']) {
        assert.ok(
          summaries.some((summary: string) => new RegExp(`^Event ${type.replace('.', '\\.')} \\(evt_[0-9a-f]{24}\\)$`).test(summary)),
          type,
        );
      }
      const times = entries.map((entry: { at: string }) => entry.at);
      assert.deepEqual(times, [...times].sort(), 'oldest first');
      for (const voucher of order.vouchers) assert.ok(!response.body.includes(voucher.card_number), 'no voucher code');
    });

    test('a cancelled order: the operator, the refund and the event', async () => {
      const order = await place(6);
      assert.equal(order.status, 'PENDING');
      const pending = (await timeline(order.id)).json().entries.map((entry: { kind: string }) => entry.kind);
      assert.deepEqual(
        pending.filter((kind: string) => kind !== 'event'),
        ['placed', 'payment', 'delivery_pending'],
      );
      const cancel = await store.app.inject({
        method: 'POST',
        url: `/admin/v1/orders/${order.id}/cancel`,
        headers: admin,
        payload: { remarks: 'Asked by the client' },
      });
      assert.equal(cancel.statusCode, 200, cancel.body);
      const { entries } = (await timeline(order.id)).json();
      const kinds = entries.map((entry: { kind: string }) => entry.kind);
      assert.deepEqual(kinds.slice(0, 2), ['placed', 'payment']);
      for (const kind of ['refund', 'operator', 'event', 'completed']) assert.ok(kinds.includes(kind), kind);
      assert.ok(!kinds.includes('delivery_pending'));
      const operator = entries.find((entry: { kind: string }) => entry.kind === 'operator');
      assert.equal(operator.summary, 'order.cancel: Asked by the client');
      assert.equal(operator.actor, 'operator:admin-token');
      assert.match(entries.find((entry: { kind: string }) => entry.kind === 'refund').summary, /^Refunded 147\.00 USD/);
    });

    test('errors: an unknown order, a bad id, no operator token', async () => {
      assert.equal((await timeline(999999)).statusCode, 404);
      assert.equal((await timeline('abc')).statusCode, 400);
      assert.equal((await timeline(1, {})).statusCode, 401);
    });
  });
}
