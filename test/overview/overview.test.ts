import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { demoClient } from '../helpers/demo.ts';
import { ENGINES, startTestStore, type TestStore } from '../helpers/store.ts';
import { LOW_STOCK_LISTED } from '../../src/overview/overview.service.ts';
import type { ReconciliationReport } from '../../src/ledger/reconcile.ts';
import { recordReconciliation } from '../../src/ledger/reconciliation-record.ts';

const ADMIN_TOKEN = 'overview-test-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

for (const engine of ENGINES) {
  describe(`GET /admin/v1/overview [${engine}]`, () => {
    let store: TestStore;
    before(async () => {
      store = await startTestStore(engine, { env: { ADMIN_TOKEN } });
    });
    after(() => store.close());

    const overview = async () => {
      const response = await store.app.inject({ method: 'GET', url: '/admin/v1/overview', headers: admin });
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    test('an empty store: nothing to show, nothing reconciled yet', async () => {
      const view = await overview();
      assert.deepEqual(view.wallet_balances, []);
      assert.deepEqual(view.orders_today, []);
      assert.equal(view.pending_too_long, 0);
      assert.deepEqual(view.webhooks, { failing: 0, disabled: 0 });
      assert.equal(view.last_reconciliation, null);
      assert.deepEqual(view.orders_per_hour, []);
    });

    test('low stock: only values below their threshold, the fewest available first, at most LOW_STOCK_LISTED, and how many there are', async () => {
      const category = await store.container.reference.as('operator:overview').createCategory({ name: 'Overview shelf' });
      // An inventory product with 30 fixed values and no codes: 30 empty shelves, each low stock.
      const shelf = await store.container.catalog.createProduct({
        name: 'Overview Shelf Card',
        category_id: category.id,
        country_id: 840,
        currency_id: 840,
        supplier: 'inventory',
        denominations: Array.from({ length: 30 }, (_, index) => ({ min_value: index + 1, max_value: index + 1 })),
      });
      const low = await store.app.inject({ method: 'GET', url: '/admin/v1/inventory/stock?low_stock=true', headers: admin });
      const expected = low.json() as { available: number }[];
      assert.ok(expected.length >= 30, 'expected.length >= 30');
      const view = await overview();
      assert.equal(view.low_stock_count, expected.length);
      assert.equal(view.low_stock.length, LOW_STOCK_LISTED);
      const available = view.low_stock.map((row: { available: number }) => row.available);
      assert.deepEqual(
        available,
        [...available].sort((a, b) => a - b),
        'fewest available first',
      );
      assert.ok(
        view.low_stock.every((row: { product_id: number; available: number; threshold: number | null }) => row.available < (row.threshold ?? 1)),
        'view.low_stock.every((row: { product_id: number; available: number; threshold: number | null }) =...',
      );
      assert.ok(
        view.low_stock.some((row: { product_id: number }) => row.product_id === shelf.id),
        'view.low_stock.some((row: { product_id: number }) => row.product_id === shelf.id)',
      );
      await store.container.catalog.setProductActive(shelf.id, false);
    });

    test('a failed reconciliation names its failed checks in words, in the order of their names', async () => {
      const db = store.container.database.db;
      await recordReconciliation(db, {
        ok: false,
        checked_at: '2026-12-06T10:00:00Z',
        summary: { wallets: 1, transactions: 2, entries: 4, accounts: 3, currencies: 1 },
        checks: [
          { name: 'wallet_balance_matches_entries', description: '', ok: false, breaks: 2 },
          { name: 'transactions_balanced', description: '', ok: true, breaks: 0 },
          { name: 'prepaid_not_negative', description: '', ok: false, breaks: 1 },
        ],
        breaks: [],
      } as unknown as ReconciliationReport);
      try {
        const { last_reconciliation: outcome } = await overview();
        assert.equal(outcome.ok, false);
        assert.equal(outcome.breaks, 3);
        assert.deepEqual(outcome.failed_checks, ['wallet_balance_matches_entries', 'prepaid_not_negative']);
        assert.deepEqual(outcome.failed_check_descriptions, [
          "every wallet balance equals the sum of the entries on the wallet's ledger account",
          'no PREPAID wallet is below zero',
        ]);
      } finally {
        await db.deleteFrom('settings').where('key', '=', 'ledger.last_reconciliation').execute();
      }
    });

    test('balances, orders and revenue, low stock, an old PENDING order and the last reconciliation', async () => {
      const { auth, amazonProductId } = await demoClient(store, ADMIN_TOKEN);
      for (const quantity of [1, 2]) {
        const order = await store.app.inject({
          method: 'POST',
          url: '/api/v1/orders',
          headers: auth,
          payload: { product_id: amazonProductId, denomination: 25, quantity },
        });
        assert.equal(order.statusCode, 201, order.body);
      }
      // The ledger is reconciled before an order is made to look stuck (which reconcile would flag).
      const reconciliation = await store.app.inject({ method: 'GET', url: '/admin/v1/ledger/reconciliation', headers: admin });
      assert.equal(reconciliation.json().ok, true);
      // An order left PENDING for an hour: placed, then dated back in the database.
      const pending = await store.container.database.db
        .updateTable('orders')
        .set({ status: 'PENDING', created_at: sql`now() - interval '1 hour'` })
        .where('id', '=', 1)
        .returning(['id', 'created_at'])
        .execute();
      assert.equal(pending.length, 1);
      // In the first hour of a UTC day the order dated back is yesterday's.
      const stillToday = pending[0]!.created_at.toISOString().slice(0, 10) === new Date().toISOString().slice(0, 10);
      const stock: { product_id: number; denomination: number }[] = (
        await store.app.inject({ method: 'GET', url: '/admin/v1/inventory/stock', headers: admin })
      ).json();
      const threshold = await store.app.inject({
        method: 'PUT',
        url: '/admin/v1/inventory/thresholds',
        headers: admin,
        payload: { product_id: stock[0]!.product_id, denomination: stock[0]!.denomination, threshold: 1_000_000 },
      });
      assert.equal(threshold.statusCode, 200, threshold.body);

      const view = await overview();
      const usd = view.wallet_balances.find((row: { currency: string }) => row.currency === 'USD');
      assert.deepEqual(usd, { currency: 'USD', wallets: 1, balance: 10000 - 24.5 - 49 });
      const today = view.orders_today.find((row: { currency: string }) => row.currency === 'USD');
      assert.equal(today.orders, stillToday ? 2 : 1, `orders today, the order dated back ${stillToday ? 'among them' : 'on the day before'}`);
      assert.equal(today.charged, stillToday ? 24.5 + 49 : 49);
      assert.equal(view.pending_too_long, 1);
      assert.ok(
        view.low_stock.some((row: { product_id: number }) => row.product_id === stock[0]!.product_id),
        'view.low_stock.some((row: { product_id: number }) => row.product_id === stock[0]!.product_id)',
      );
      assert.equal(view.last_reconciliation.ok, true);
      assert.deepEqual(view.last_reconciliation.failed_checks, []);
      assert.deepEqual(view.last_reconciliation.failed_check_descriptions, []);
      assert.equal(
        view.orders_per_hour.reduce((sum: number, row: { orders: number }) => sum + row.orders, 0),
        2,
      );
      assert.match(view.orders_per_hour[0].hour, /^\d{4}-\d\d-\d\dT\d\d:00:00Z$/);
      const revenue = view.revenue_per_day.filter((row: { currency: string }) => row.currency === 'USD');
      assert.equal(
        revenue.reduce((sum: number, row: { charged: number }) => sum + row.charged, 0),
        73.5,
      );
      const funding = view.operator_accounts.filter((row: { kind: string; currency: string }) => row.kind === 'FUNDING' && row.currency === 'USD');
      assert.equal(funding.length, 1, 'the demo funding shows on the FUNDING account');
      assert.equal(funding[0].balance, -10000);
    });

    test('operators only', async () => {
      const response = await store.app.inject({ method: 'GET', url: '/admin/v1/overview' });
      assert.equal(response.statusCode, 401);
    });
  });
}
