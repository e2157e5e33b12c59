import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SupplierRegistry } from '../../src/suppliers/registry.ts';
import { SupplierError } from '../../src/suppliers/supplier.ts';
import { TestSupplier } from '../../src/suppliers/test-supplier.ts';
import type { Executor } from '../../src/infra/db/executor.ts';
import { clientScope, createClient } from '../helpers/api.ts';
import { ENGINES, startTestStore } from '../helpers/store.ts';

// The test supplier never touches the database.
const db = null as unknown as Executor;
const request = (quantity: number, delivered = 0, orderId = 7) => ({
  orderId,
  productId: 1,
  denomination: '25.00',
  voucherType: 'CODE_WITH_PIN' as const,
  quantity,
  delivered,
});
const fails = (kind: 'TRANSIENT' | 'PERMANENT', code?: string) => (error: unknown) =>
  error instanceof SupplierError && error.kind === kind && (code === undefined || error.code === code);

describe('the failure-injecting test supplier', () => {
  test('by default it works like the sandbox: TEST- codes, references per unit, reserve = quantity', async () => {
    const supplier = new TestSupplier();
    assert.equal(supplier.name, 'test');
    assert.equal(await supplier.capacity({ productId: 1, denomination: '25.00', quantity: 5000 }), true);
    assert.equal(await supplier.capacity({ productId: 1, denomination: '25.00', quantity: 5001 }), false);
    assert.equal(await supplier.reserve(db, { ...request(3), denomination: '25.00' }), 3);
    const vouchers = await supplier.issue(db, request(2, 3));
    assert.equal(vouchers.length, 2);
    assert.match(vouchers[0]!.card_number!, /^TEST-/);
    assert.match(vouchers[0]!.pin_code!, /^\d{6}$/);
    assert.deepEqual(
      vouchers.map((v) => v.voucher_reference_number),
      ['SBX-7-0004', 'SBX-7-0005'],
    );
    assert.equal(supplier.issuedUnits, 2);
  });

  test('failNextIssues(n): the next n issue calls fail (transient by default, or as told), then it works again', async () => {
    const supplier = new TestSupplier().failNextIssues(2);
    assert.equal(supplier.pendingFailures, 2);
    await assert.rejects(supplier.issue(db, request(1)), fails('TRANSIENT', 'TEST_TRANSIENT'));
    await assert.rejects(supplier.issue(db, request(1)), fails('TRANSIENT'));
    assert.equal((await supplier.issue(db, request(1))).length, 1);
    supplier.failNextIssues(1, { kind: 'PERMANENT', code: 'CARD_DISCONTINUED', message: 'discontinued' });
    await assert.rejects(
      supplier.issue(db, request(1)),
      (error: SupplierError) => fails('PERMANENT', 'CARD_DISCONTINUED')(error) && error.message === 'discontinued',
    );
    const bug = new TypeError('socket hang up');
    supplier.failNextIssues(1, { error: bug });
    await assert.rejects(supplier.issue(db, request(1)), (error) => error === bug);
    assert.equal(supplier.issuedUnits, 1);
    assert.deepEqual(
      supplier.calls.filter((c) => c.method === 'issue').map((c) => c.outcome),
      ['TRANSIENT', 'TRANSIENT', 'ok', 'PERMANENT', 'error'],
    );
  });

  test('failPermanently(): every issue fails until succeed()', async () => {
    const supplier = new TestSupplier().failPermanently();
    for (let i = 0; i < 3; i++) await assert.rejects(supplier.issue(db, request(1)), fails('PERMANENT', 'TEST_PERMANENT'));
    supplier.succeed();
    assert.equal((await supplier.issue(db, request(4))).length, 4);
    supplier.failPermanently({ kind: 'TRANSIENT', code: 'UPSTREAM_DOWN' });
    await assert.rejects(supplier.issue(db, request(1)), fails('TRANSIENT', 'UPSTREAM_DOWN'));
  });

  test('failAfterUnits(k): k more units are issued, then calls fail; a call past the budget fails whole', async () => {
    const supplier = new TestSupplier();
    await supplier.issue(db, request(2));
    supplier.failAfterUnits(3);
    assert.equal((await supplier.issue(db, request(1, 0))).length, 1);
    await assert.rejects(supplier.issue(db, request(3, 1)), fails('TRANSIENT'), '1 + 3 > 3: nothing issued');
    assert.equal((await supplier.issue(db, request(2, 1))).length, 2);
    await assert.rejects(supplier.issue(db, request(1, 3)), fails('TRANSIENT'));
    assert.equal(supplier.issuedUnits, 5);
    supplier.failAfterUnits(0, { kind: 'PERMANENT' });
    await assert.rejects(supplier.issue(db, request(1)), fails('PERMANENT'));
    // A queued failure comes first, then the permanent one, then the budget.
    supplier.succeed().failAfterUnits(10).failPermanently().failNextIssues(1, { kind: 'TRANSIENT', code: 'FIRST' });
    await assert.rejects(supplier.issue(db, request(1)), fails('TRANSIENT', 'FIRST'));
    await assert.rejects(supplier.issue(db, request(1)), fails('PERMANENT'));
  });

  test('setStock(n): capacity and reservations are limited; reset() brings everything back', async () => {
    const supplier = new TestSupplier().setStock(5);
    assert.equal(await supplier.capacity({ productId: 1, denomination: '25.00', quantity: 6 }), false);
    assert.equal(await supplier.capacity({ productId: 1, denomination: '25.00', quantity: 5 }), true);
    assert.equal(await supplier.reserve(db, { orderId: 1, productId: 1, denomination: '25.00', quantity: 3 }), 3);
    assert.equal(await supplier.reserve(db, { orderId: 2, productId: 1, denomination: '25.00', quantity: 3 }), 2);
    await supplier.release(db, 2);
    assert.deepEqual(supplier.calls.at(-1), { method: 'release', orderId: 2, quantity: null, outcome: 'ok' });
    supplier.setDelay(20).failNextIssues(3);
    const started = Date.now();
    await assert.rejects(supplier.issue(db, request(1)));
    assert.ok(Date.now() - started >= 15, 'slow on purpose');
    supplier.reset();
    assert.deepEqual([supplier.pendingFailures, supplier.issuedUnits, supplier.calls.length], [0, 0, 0]);
    assert.equal(await supplier.capacity({ productId: 1, denomination: '25.00', quantity: 5000 }), true);
    assert.equal((await supplier.issue(db, request(1))).length, 1);
  });

  test('not in the default registry', () => {
    assert.equal(SupplierRegistry.withDefaults().has('test'), false);
  });

  for (const engine of ENGINES) {
    test(`[${engine}] registered only with ENABLE_TEST_SUPPLIER=true, and reachable through the container`, async () => {
      const plain = await startTestStore(engine);
      try {
        assert.equal(plain.container.testSupplier, null);
        assert.equal(plain.container.suppliers.has('test'), false);
      } finally {
        await plain.close();
      }
      const store = await startTestStore(engine, { env: { ENABLE_TEST_SUPPLIER: 'true' } });
      try {
        const supplier = store.container.testSupplier!;
        assert.ok(supplier instanceof TestSupplier, 'supplier instanceof TestSupplier');
        assert.equal(store.container.suppliers.get('test'), supplier);
        assert.deepEqual(store.container.suppliers.names(), ['inventory', 'sandbox', 'test']);
        // A product may name it, and the catalog's availability asks it.
        const category = await store.container.reference.createCategory({ name: 'Test' });
        const product = await store.container.catalog.createProduct({
          name: 'Flaky card',
          category_id: category.id,
          country_id: 840,
          currency_id: 840,
          supplier: 'test',
          denominations: [{ min_value: 10, max_value: 10 }],
        });
        supplier.setStock(2);
        const client = await createClient(store, { features: ['vouchers'] });
        const scope = await clientScope(store, client.client_id);
        const available = (quantity: number) => store.container.quotes.availability(scope, product.id, { denomination: 10, quantity });
        assert.equal(await available(2), true);
        assert.equal(await available(3), false);
        assert.deepEqual(
          supplier.calls.map((c) => [c.method, c.quantity]),
          [
            ['capacity', 2],
            ['capacity', 3],
          ],
        );
      } finally {
        await store.close();
      }
    });
  }
});
