import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENGINES, dropSchema } from '../helpers/store.ts';
import { startServerProcess, tempDataDir, type ServerProcess } from '../helpers/processes.ts';

const ADMIN_TOKEN = 'crash-test-admin-token-0123456789abcdef';
const QUANTITY = 1000;

async function call(server: ServerProcess, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** Client, product, funded wallet and a token, all through the HTTP APIs of a running server. */
async function setUp(server: ServerProcess) {
  const admin = (method: string, path: string, body?: unknown) => call(server, method, `/admin/v1${path}`, ADMIN_TOKEN, body);
  const client = await admin('POST', '/clients', { name: 'Crash client', features: ['vouchers'] });
  const category = await admin('POST', '/categories', { name: 'Crash' });
  const product = await admin('POST', '/products', {
    name: 'Crash Card',
    category_id: category.id,
    country_id: 840,
    currency_id: 840,
    supplier: 'sandbox',
    denominations: [{ min_value: 5, max_value: 5, discount: 0 }],
  });
  const wallet = await admin('POST', '/wallets', { client_id: client.client_id, currency: 'USD' });
  await admin('POST', `/wallets/${wallet.id}/credit`, { amount: '6000.00' });
  const login = await fetch(`${server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: client.username, password: client.password }),
  });
  const token = ((await login.json()) as { data: { access_token: string } }).data.access_token;
  return { product: product.id as number, wallet: wallet.id as number, token };
}

for (const engine of ENGINES) {
  describe(`a worker killed (SIGKILL) in the middle of a ${QUANTITY}-voucher order [${engine}]`, () => {
    const schema = `crash_${process.pid}_${randomBytes(3).toString('hex')}`;
    after(async () => {
      if (engine === 'postgres') await dropSchema(process.env.DATABASE_URL!, schema);
    });

    test('after a restart the order completes: every unit once, exact debit, reconcile passes', async () => {
      const dataDir = await tempDataDir({ migrated: true });
      const env = {
        DATA_DIR: dataDir,
        ADMIN_TOKEN,
        // The order is delivered by the sandbox supplier, to an ordinary client.
        STORE_MODE: 'sandbox',
        // Small steps and a short lease, so the kill lands mid-order and the restart takes over fast.
        FULFILMENT_BATCH_SIZE: '10',
        FULFILMENT_LEASE_SECONDS: '2',
        RATE_LIMIT_ORDERS: '100000',
        RATE_LIMIT_READ: '100000',
        ...(engine === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL!, DATABASE_SCHEMA: schema } : {}),
      };
      let server = await startServerProcess(env);
      let restarted: ServerProcess | null = null;
      try {
        const { product, wallet, token } = await setUp(server);
        const order = await call(server, 'POST', '/api/v1/orders', token, { product_id: product, denomination: 5, quantity: QUANTITY });
        assert.equal(order.status, 'PENDING');

        // Wait until delivery is under way, then kill the process without any chance to clean up.
        let seen = 0;
        for (let i = 0; i < 500 && seen < 50; i++) {
          seen = (await call(server, 'GET', `/api/v1/orders/${order.id}`, token)).delivered_quantity;
          if (seen < 50) await sleep(10);
        }
        assert.ok(seen >= 50, `delivery did not start (${seen})`);
        // Steps of 10 units: the rest (≥ 900 units, ≥ 90 transactions) cannot finish before the kill.
        assert.ok(seen <= QUANTITY / 2, `too late to interrupt (${seen})`);
        await server.stop('SIGKILL');

        restarted = await startServerProcess(env);
        server = restarted;
        let done = await call(server, 'GET', `/api/v1/orders/${order.id}`, token);
        for (let i = 0; i < 600 && done.status === 'PENDING'; i++) {
          await sleep(50);
          done = await call(server, 'GET', `/api/v1/orders/${order.id}`, token);
        }
        assert.equal(done.status, 'DELIVERED', JSON.stringify({ ...done, vouchers: done.vouchers.length }));
        assert.equal(done.delivered_quantity, QUANTITY);
        assert.equal(done.vouchers.length, QUANTITY);
        assert.equal(new Set(done.vouchers.map((v: { card_number: string }) => v.card_number)).size, QUANTITY);
        const refs = done.vouchers.map((v: { voucher_reference_number: string }) => v.voucher_reference_number);
        assert.equal(new Set(refs).size, QUANTITY, 'every unit exactly once');

        const walletView = await call(server, 'GET', `/admin/v1/wallets/${wallet}`, ADMIN_TOKEN);
        assert.equal(walletView.amount, 1000);
        const report = await call(server, 'GET', '/admin/v1/ledger/reconciliation', ADMIN_TOKEN);
        assert.equal(report.ok, true, JSON.stringify(report.breaks));
      } finally {
        await server.stop('SIGTERM');
      }
    });
  });
}
