import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { createContainer } from '../../src/container.ts';
import { openStoreDatabase } from '../../src/infra/db/open.ts';
import type { AdminOrderView } from '../../src/orders/orders.views.ts';
import { clientScope } from '../helpers/api.ts';
import { tempDataDir } from '../helpers/processes.ts';
import { runMain } from '../helpers/cli-in-process.ts';
import { orderableProduct } from '../orders/setup.ts';

/** Two spawns only (each costs seconds); the admin routes and both backends are tested in test/orders/admin-orders.test.ts. */
describe('popup-store orders on the embedded database, no server running', () => {
  let env: Record<string, string>;
  let clientId: number;
  let productId: number;
  let delivered: number;
  let pending: { id: number; total_payable: number };

  before(async () => {
    // Sandbox mode: the orders are delivered by the sandbox supplier, to an ordinary client.
    env = { DATA_DIR: await tempDataDir({ migrated: true }), STORE_MODE: 'sandbox' };
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
    const { database, lock } = await openStoreDatabase(config, 'test');
    const container = await createContainer(config, database, pino({ level: 'silent' }));
    try {
      productId = await orderableProduct({ container }, { name: 'CLI Card' });
      clientId = (await container.clients.createClient({ name: 'Orders CLI', features: ['vouchers'] })).client_id;
      const wallet = await container.wallets.createWallet({ client_id: clientId, currency: 'USD' });
      await container.wallets.creditWallet(wallet.id, { amount: '500.00' });
      const scope = await clientScope({ container }, clientId);
      const place = async (quantity: number) => {
        const result = await container.orders.createOrder(scope, { product_id: productId, denomination: 10, quantity });
        assert.equal(result.kind, 'order');
        return result.kind === 'order' ? result.order : assert.fail();
      };
      delivered = (await place(2)).id;
      pending = await place(6);
    } finally {
      await container.close();
      await lock?.release();
    }
  });

  test('orders cancel --json: the pending order, refunded in full; orders list shows it', async () => {
    const cancel = await runMain(['orders', 'cancel', String(pending.id), '--remarks', 'Customer asked', '--json'], env);
    assert.equal(cancel.code, 0, cancel.stderr);
    const lines = cancel.stdout.trim().split('\n');
    assert.equal(lines.length, 1, cancel.stdout);
    const order = JSON.parse(lines[0]!) as AdminOrderView;
    assert.equal(order.id, pending.id);
    assert.equal(order.status, 'CANCELLED');
    assert.equal(order.refunded_amount, pending.total_payable);
    assert.equal(order.failure_reason, 'Cancelled by the operator', 'the client is told only who cancelled');
    assert.equal(order.operator_remarks, 'Customer asked');
    assert.equal((order as unknown as { vouchers?: unknown }).vouchers, undefined);

    const list = await runMain(['orders', 'list', '--client', String(clientId)], env);
    assert.equal(list.code, 0, list.stderr);
    const [header, ...rows] = list.stdout.trim().split('\n');
    assert.match(header!, /^ID\s+CREATED\s+CLIENT\s+STATUS\s+DELIVERED\s+PAID\s+PRODUCT$/);
    assert.equal(rows.length, 2, list.stdout);
    // The client and the product by their IDs and names.
    const client = `${clientId} \\(Orders CLI\\)`;
    const product = `${productId} \\(CLI Card\\)`;
    assert.match(rows[0]!, new RegExp(`^${pending.id}\\s+\\S+\\s+${client}\\s+CANCELLED\\s+0/6\\s+USD 60\\.00\\s+${product}$`));
    assert.match(rows[1]!, new RegExp(`^${delivered}\\s+\\S+\\s+${client}\\s+DELIVERED\\s+2/2\\s+USD 20\\.00\\s+${product}$`));

    const show = await runMain(['orders', 'show', String(pending.id)], env);
    assert.equal(show.code, 0, show.stderr);
    assert.match(show.stdout, new RegExp(`^order ${pending.id}: CANCELLED\\n {2}client: +Orders CLI \\(client ${clientId}\\)\\n`));
    assert.match(show.stdout, new RegExp(`^ {2}product: +CLI Card \\(product ${productId}, supplier \\w+\\)$`, 'm'));
    assert.match(show.stdout, /^ {2}failure: +CANCELLED: Cancelled by the operator$/m);
    assert.match(show.stdout, /^ {2}remarks: +Customer asked$/m);
    // No retry charged anything again: the refunds alone.
    assert.match(show.stdout, /^ {2}refunded: +USD 60\.00$/m);
  });

  test('a page among several ends with its footer; an empty page says so (orders list, audit)', async () => {
    const first = await runMain(['orders', 'list', '--client', String(clientId), '--limit', '1'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^ID .*\\n${pending.id} .*\\npage 1 of 2 \\(2 orders\\)\\n$`));
    const beyond = await runMain(['orders', 'list', '--client', String(clientId), '--page', '3', '--limit', '1'], env);
    assert.deepEqual([beyond.code, beyond.stdout], [0, 'no orders on page 3 (2 in all)\n']);
    const none = await runMain(['orders', 'list', '--client', '999999'], env);
    assert.deepEqual([none.code, none.stdout], [0, 'no orders\n']);

    const audit = await runMain(['audit', '--limit', '1'], env);
    assert.equal(audit.code, 0, audit.stderr);
    const total = Number(/\npage 1 of (\d+) \(\1 entries\)\n$/.exec(audit.stdout)?.[1]);
    assert.ok(total > 1, audit.stdout);
    const empty = await runMain(['audit', '--page', String(total + 1), '--limit', '1'], env);
    assert.deepEqual([empty.code, empty.stdout], [0, `no audit entries on page ${total + 1} (${total} in all)\n`]);
    const nothing = await runMain(['audit', '--action', 'nothing.here'], env);
    assert.deepEqual([nothing.code, nothing.stdout], [0, 'no audit entries\n']);
  });
});
